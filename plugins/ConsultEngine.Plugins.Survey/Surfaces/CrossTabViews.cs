using System.Globalization;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.Survey.Surfaces;

/// <summary>
/// The survey's cross-tabs as tables, as the console has shown them: a row per value of the respondent attribute,
/// how many answered, each option's share with its 95% interval; under it Pearson's χ² test (statistic, degrees of
/// freedom, p, Cramér's V, n) and the small-cell caution, or why there is no test.
/// </summary>
internal static class CrossTabViews
{
    private const double Significance = 0.05;

    public static IReadOnlyList<SurfaceView> From(ToolAnalysis analysis)
    {
        var titles = analysis.Questions.ToDictionary(q => q.Id, q => q.Title ?? Same(q.Id), StringComparer.Ordinal);
        return [.. analysis.CrossTabs.Select(t => Table(t, titles.GetValueOrDefault(t.QuestionId) ?? Same(t.QuestionId)))];
    }

    private static TableView Table(CrossTab table, LocalText question)
    {
        var options = table.Rows.SelectMany(r => r.Options).GroupBy(o => o.Value, StringComparer.Ordinal).Select(g => g.First()).ToList();
        var attribute = SurveyForms.AttributeLabel(table.Attribute);
        return new TableView
        {
            Id = $"crosstab-{table.QuestionId}-{table.Attribute}",
            Title = new LocalText($"{question.Vi} × {attribute.Vi}", $"{question.En} × {attribute.En}"),
            Columns = [attribute, new LocalText("Số trả lời", "Answered"), .. options.Select(o => o.Label ?? Same(o.Value))],
            Rows =
            [
                .. table.Rows.Select(row => (IReadOnlyList<LocalText>)
                [
                    Same(row.AttributeValue),
                    Same(row.Answered.ToString(CultureInfo.InvariantCulture)),
                    .. options.Select(o => row.Options.FirstOrDefault(s => s.Value == o.Value) is { } share
                        ? Same($"{Percent(share.Share)} ({Percent(share.Ci95.Low)}–{Percent(share.Ci95.High)})")
                        : Same("—")),
                ]),
            ],
            Note = Note(table.ChiSquare),
        };
    }

    private static LocalText Note(ChiSquareResult? test)
    {
        if (test is null)
        {
            return new LocalText(
                "Không có kiểm định χ² (cần ít nhất hai nhóm và hai phương án trả lời; không áp dụng cho câu hỏi nhiều lựa chọn).",
                "No χ² test (it needs two groups and two answers at least; it does not apply to multiple-choice questions).");
        }

        var p = test.PValue < 0.0001 ? "< 0.0001" : "= " + Number(test.PValue, 4);
        var significant = test.PValue < Significance;
        var vi = $"Kiểm định χ²: χ² = {Number(test.Statistic, 2)}, bậc tự do = {test.DegreesOfFreedom}, p {p}, hệ số Cramér's V = {Number(test.CramersV, 2)} (n = {test.Total}). "
            + (significant ? "Khác biệt có ý nghĩa thống kê (p < 0,05)." : "Khác biệt không có ý nghĩa thống kê (p ≥ 0,05).");
        var en = $"χ² test: χ² = {Number(test.Statistic, 2)}, df = {test.DegreesOfFreedom}, p {p}, Cramér's V = {Number(test.CramersV, 2)} (n = {test.Total}). "
            + (significant ? "The difference is significant (p < 0.05)." : "The difference is not significant (p ≥ 0.05).");
        if (test.SmallCellWarning)
        {
            vi += $" Cảnh báo: {test.SmallExpectedCells}/{test.Cells} ô ({Percent(test.SmallExpectedShare)}) có tần số kỳ vọng dưới 5 (nhỏ nhất {Number(test.MinExpected, 2)}); giá trị p chỉ là xấp xỉ, nên gộp nhóm hoặc đọc kết quả thận trọng.";
            en += $" Caution: {test.SmallExpectedCells} of {test.Cells} cells ({Percent(test.SmallExpectedShare)}) expect fewer than 5 (smallest {Number(test.MinExpected, 2)}); the p-value is approximate: merge categories or read it with care.";
        }

        return new LocalText(vi, en);
    }

    private static string Number(double value, int decimals) => value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private static string Percent(double share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    private static LocalText Same(string text) => new(text, text);
}
