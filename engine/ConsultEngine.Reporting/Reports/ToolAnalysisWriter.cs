using ConsultEngine.Abstractions;
using ConsultEngine.Reporting.Documents;

namespace ConsultEngine.Reporting.Reports;

/// <summary>
/// A tool step's analysis as the report prints it: its basis, one table of every question's options
/// (count, share, 95% interval), a bar chart per choice question with the intervals as whiskers, the
/// tool's own figures, and the coded themes with a few passages each.
/// </summary>
internal sealed class ToolAnalysisWriter(ReportText text)
{
    private const int QuotesPerTheme = 2;

    private string Language => text.Language;

    public IEnumerable<DocumentBlock> Write(ToolAnalysis analysis, string stepTitle)
    {
        var basis = analysis.Basis;
        yield return new TextBlock(text.T(
            $"Số ý kiến được tính: {ReportLanguage.Count(basis.Counted, Language)} (trên {ReportLanguage.Count(basis.Stored, Language)} ý kiến lưu; loại {ReportLanguage.Count(basis.ExcludedPilot, Language)} thử nghiệm, {ReportLanguage.Count(basis.ExcludedDuplicate, Language)} trùng lặp, {ReportLanguage.Count(basis.ExcludedWithdrawn, Language)} rút lại); số người: {ReportLanguage.Count(basis.People, Language)}.",
            $"Inputs counted: {ReportLanguage.Count(basis.Counted, Language)} (of {ReportLanguage.Count(basis.Stored, Language)} stored; left out {ReportLanguage.Count(basis.ExcludedPilot, Language)} pilot, {ReportLanguage.Count(basis.ExcludedDuplicate, Language)} duplicate, {ReportLanguage.Count(basis.ExcludedWithdrawn, Language)} withdrawn); people: {ReportLanguage.Count(basis.People, Language)}."));

        var questions = analysis.Questions.Where(q => q.Options.Count > 0 || q.Numeric is not null).ToList();
        if (questions.Count > 0)
        {
            yield return new TableBlock(
                [new TableColumn(text.Question, 2.4), new TableColumn(text.Option, 2.2), new TableColumn(text.Count, 0.9) { Alignment = ColumnAlignment.Right }, new TableColumn(text.Share, 0.9) { Alignment = ColumnAlignment.Right }, new TableColumn(text.Interval, 1.6) { Alignment = ColumnAlignment.Center }],
                [.. questions.SelectMany(Rows)])
            {
                Caption = text.T($"Kết quả {stepTitle}", $"Results of {stepTitle}"),
            };
            foreach (var question in questions.Where(q => q.Options.Count > 0))
            {
                yield return new ChartBlock(Chart(question));
            }
        }

        if (analysis.Figures.Count > 0)
        {
            yield return new TableBlock(
                [new TableColumn(text.Figure, 3), new TableColumn(text.Value, 1) { Alignment = ColumnAlignment.Right }],
                [.. analysis.Figures.Select(f => (IReadOnlyList<string>)[ReportLanguage.Of(f.Label, Language, f.Name), (f.Value is { } value ? ReportLanguage.Number(value, Language) : ReportLanguage.NotApplicable)])]);
        }

        if (analysis.Themes.Count > 0)
        {
            yield return new TableBlock(
                [new TableColumn(text.Theme, 1.4), new TableColumn(text.Passages, 0.8) { Alignment = ColumnAlignment.Right }, new TableColumn(text.Examples, 3.6)],
                [.. analysis.Themes.Select(t => (IReadOnlyList<string>)[t.Theme, ReportLanguage.Count(t.Count, Language), string.Join(" | ", t.Passages.Take(QuotesPerTheme).Select(p => $"“{p.Text}”"))])]);
        }

        if (analysis.Uncoded.Count > 0)
        {
            yield return new TextBlock(text.T(
                $"Còn {ReportLanguage.Count(analysis.Uncoded.Count, Language)} đoạn ý kiến chưa được mã hóa theo chủ đề.",
                $"{ReportLanguage.Count(analysis.Uncoded.Count, Language)} passages are not coded to a theme yet.")) { Style = TextStyle.Note };
        }
    }

    private IEnumerable<IReadOnlyList<string>> Rows(QuestionResult question)
    {
        var title = ReportLanguage.Of(question.Title, Language, question.Id);
        var first = true;
        foreach (var option in question.Options)
        {
            yield return [first ? $"{title} (n = {ReportLanguage.Count(question.Answered, Language)})" : string.Empty, Label(option), ReportLanguage.Count(option.Count, Language), ReportLanguage.Percent(option.Share, Language), ReportLanguage.Interval(option.Ci95, Language)];
            first = false;
        }

        if (question.Numeric is { } numeric)
        {
            yield return [first ? $"{title} (n = {ReportLanguage.Count(numeric.Count, Language)})" : string.Empty, text.Mean, ReportLanguage.Count(numeric.Count, Language), ReportLanguage.Number(numeric.Mean, Language), $"{ReportLanguage.Number(numeric.Ci95.Low, Language)} – {ReportLanguage.Number(numeric.Ci95.High, Language)}"];
        }
    }

    private string Label(OptionShare option) => ReportLanguage.Of(option.Label, Language, option.Value);

    private BarChart Chart(QuestionResult question) => new(
        ReportLanguage.Of(question.Title, Language, question.Id),
        [.. question.Options.Select(o => new Bar(Label(o), o.Share) { Interval = new BarInterval(o.Ci95.Low, o.Ci95.High), ValueText = $"{ReportLanguage.Percent(o.Share, Language)} ({ReportLanguage.Count(o.Count, Language)})" })])
    {
        Percent = true,
        Note = text.WhiskerNote,
    };
}
