using ConsultEngine.Abstractions;
using ConsultEngine.Reporting.Analysis;
using ConsultEngine.Reporting.Documents;

namespace ConsultEngine.Reporting.Reports;

/// <summary>
/// The consultation codebook as the report prints it: the themes table (opinions coded to each theme by
/// source, most first) with a quote per theme, then the agreement between coders (Cohen's kappa per theme
/// and pooled, with the Landis–Koch reading) and how many disagreements the Working Group has to settle.
/// </summary>
internal sealed class CodebookWriter(ReportText text, Func<string, string> stepTitle)
{
    private string Language => text.Language;

    public IEnumerable<DocumentBlock> Write(CodebookAnalysis? codebook)
    {
        if (codebook is null)
        {
            yield break;
        }

        var table = codebook.Themes;
        yield return new TextBlock(text.T(
            $"Bộ mã chung của đợt tham vấn có {ReportLanguage.Count(table.Themes.Count, Language)} chủ đề; {ReportLanguage.Count(table.Coded, Language)} trong {ReportLanguage.Count(table.Opinions, Language)} ý kiến đã được mã hoá.",
            $"The consultation's shared codebook has {ReportLanguage.Count(table.Themes.Count, Language)} themes; {ReportLanguage.Count(table.Coded, Language)} of {ReportLanguage.Count(table.Opinions, Language)} opinions are coded."));
        List<TableColumn> columns = [new(text.Theme, 3), .. table.Sources.Select(s => new TableColumn(stepTitle(s.StepId), 1) { Alignment = ColumnAlignment.Right }), new(text.T("Tổng cộng", "Total"), 1) { Alignment = ColumnAlignment.Right }];
        yield return new TableBlock(columns, [.. table.Themes.Select(t => (IReadOnlyList<string>)
            [Label(t.Theme.Label), .. table.Sources.Select(s => ReportLanguage.Count(t.BySource.GetValueOrDefault(s.StepId), Language)), ReportLanguage.Count(t.Opinions, Language)])])
        {
            Caption = text.T("Bảng. Số ý kiến theo chủ đề và nguồn ý kiến", "Table. Opinions by theme and source"),
        };

        var quoted = table.Themes.Where(t => t.Quotes.Count > 0).ToList();
        if (quoted.Count > 0)
        {
            yield return new TableBlock([new TableColumn(text.Theme, 1), new TableColumn(text.Examples, 3)],
                [.. quoted.Select(t => (IReadOnlyList<string>)[Label(t.Theme.Label), string.Join(" | ", t.Quotes.Select(q => $"“{q.Text}”"))])])
            {
                Caption = text.T("Bảng. Trích dẫn tiêu biểu theo chủ đề", "Table. Quotes by theme"),
            };
        }

        foreach (var block in Agreement(codebook.Agreement))
        {
            yield return block;
        }
    }

    private IEnumerable<DocumentBlock> Agreement(Hosting.Codebooks.CodebookAgreement agreement)
    {
        var result = agreement.Result;
        if (result.Passages == 0)
        {
            yield break;
        }

        yield return new TextBlock(text.T(
            $"Người mã hoá thứ hai đã mã hoá độc lập {ReportLanguage.Count(result.Passages, Language)} ý kiến được chọn mẫu; còn {ReportLanguage.Count(agreement.Disagreements.Count, Language)} điểm khác nhau để Tổ công tác thống nhất. Mức độ thống nhất đọc theo thang Landis–Koch.",
            $"A second coder coded {ReportLanguage.Count(result.Passages, Language)} sampled opinions blind; {ReportLanguage.Count(agreement.Disagreements.Count, Language)} disagreements remain for the Working Group to settle. Agreement is read on the Landis–Koch scale."));
        var rows = result.Themes.Select(t => Row(Label(agreement.ThemeLabels.GetValueOrDefault(t.Theme) ?? new LocalText(t.Theme, t.Theme)), t.Agreement))
            .Append(Row(text.T("Chung (kappa gộp)", "Overall (pooled kappa)"), result.Overall));
        yield return new TableBlock(
            [new TableColumn(text.Theme, 3), new TableColumn("Kappa", 1) { Alignment = ColumnAlignment.Right }, new TableColumn(text.T("Mức độ thống nhất", "Agreement"), 2)],
            [.. rows])
        {
            Caption = text.T("Bảng. Mức độ thống nhất giữa hai người mã hoá (hệ số kappa của Cohen)", "Table. Agreement between the two coders (Cohen's kappa)"),
        };
    }

    private IReadOnlyList<string> Row(string label, KappaResult kappa) =>
        [label, kappa.Kappa is { } k ? ReportLanguage.Number(k, Language) : "–", kappa.ReadingLabel?.In(Language) ?? text.T("Không xác định", "Undefined")];

    private string Label(LocalText label) => label.In(Language);
}
