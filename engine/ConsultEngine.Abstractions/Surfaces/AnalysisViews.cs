using System.Globalization;

namespace ConsultEngine.Abstractions;

/// <summary>
/// The views of a <see cref="ToolAnalysis"/> in the shared shape: key figures, a shares view per choice
/// question, a table per numeric question, the themes of the free text. A tool's
/// <see cref="IToolSurfaces.DescribeStaffAsync"/> can return them as they are or add its own; the host
/// uses them for tools that describe no surfaces.
/// </summary>
public static class AnalysisViews
{
    /// <summary>How many passages each theme quotes at most.</summary>
    public const int QuotesPerTheme = 3;

    public static IReadOnlyList<SurfaceView> From(ToolAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var views = new List<SurfaceView>
        {
            new FiguresView
            {
                Id = "basis",
                Title = new("Cơ sở số liệu", "Data basis"),
                Figures =
                [
                    new("counted", new("Ý kiến được tính", "Opinions counted"), analysis.Basis.Counted),
                    new("people", new("Số người", "People"), analysis.Basis.People),
                    new("stored", new("Ý kiến đã lưu", "Opinions stored"), analysis.Basis.Stored),
                    .. analysis.Figures,
                ],
            },
        };

        foreach (var question in analysis.Questions)
        {
            if (question.Numeric is { } numeric)
            {
                views.Add(NumericTable(question, numeric));
            }
            else if (question.Options.Count > 0)
            {
                views.Add(new SharesView
                {
                    Id = "question-" + question.Id,
                    Title = question.Title ?? new(question.Id, question.Id),
                    Answered = question.Answered,
                    Items = [.. question.Options.Select(o => new ShareItem(o.Value, o.Label ?? new(o.Value, o.Value), o.Count, o.Share, o.Ci95))],
                });
            }
        }

        if (analysis.Themes.Count > 0 || analysis.Uncoded.Count > 0)
        {
            views.Add(new ThemesView
            {
                Id = "themes",
                Title = new("Chủ đề của ý kiến", "Themes of the opinions"),
                Themes = [.. analysis.Themes.Select(t => new ThemeItem(t.Theme, new(t.Theme, t.Theme), t.Count, [.. t.Passages.Take(QuotesPerTheme).Select(p => p.Text)]))],
                Uncoded = analysis.Uncoded.Count,
            });
        }

        return views;
    }

    private static TableView NumericTable(QuestionResult question, NumericSummary numeric)
    {
        static LocalText Cell(double value) => Same(value.ToString("0.##", CultureInfo.InvariantCulture));
        return new TableView
        {
            Id = "question-" + question.Id,
            Title = question.Title ?? new(question.Id, question.Id),
            Columns = [new("Số trả lời", "Answers"), new("Trung bình", "Mean"), new("Khoảng tin cậy 95%", "95% interval"), new("Nhỏ nhất", "Min"), new("Trung vị", "Median"), new("Lớn nhất", "Max")],
            Rows =
            [
                [
                    Same(numeric.Count.ToString(CultureInfo.InvariantCulture)),
                    Cell(numeric.Mean),
                    Same(string.Create(CultureInfo.InvariantCulture, $"{numeric.Ci95.Low:0.##} – {numeric.Ci95.High:0.##}")),
                    Cell(numeric.Min),
                    Cell(numeric.Median),
                    Cell(numeric.Max),
                ],
            ],
        };
    }

    private static LocalText Same(string text) => new(text, text);
}
