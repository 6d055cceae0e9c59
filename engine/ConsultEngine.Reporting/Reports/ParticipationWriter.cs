using ConsultEngine.Reporting.Analysis;
using ConsultEngine.Reporting.Documents;

namespace ConsultEngine.Reporting.Reports;

/// <summary>The consultation-wide participation as the report prints it: totals, by tool step, by channel and by each respondent attribute that has values, with a chart of people and opinions by step.</summary>
internal sealed class ParticipationWriter(ReportText text, Func<string, string> stepTitle)
{
    private string Language => text.Language;

    public IEnumerable<DocumentBlock> Write(ConsultationAnalysis analysis)
    {
        yield return new TextBlock(text.T(
            $"Tổng cộng {ReportLanguage.Count(analysis.Total.People, Language)} người đã tham gia với {ReportLanguage.Count(analysis.Total.Opinions, Language)} ý kiến được tính qua các công cụ tham vấn. Một người vừa bỏ phiếu vừa góp ý được tính là một người và hai ý kiến; ý kiến không gắn mã định danh được tính là một người.",
            $"In all {ReportLanguage.Count(analysis.Total.People, Language)} people took part with {ReportLanguage.Count(analysis.Total.Opinions, Language)} counted opinions through the consultation tools. A person who votes and comments is one person and two opinions; an opinion without an identifying key counts as one person."));

        if (analysis.BySteps.Count == 0)
        {
            yield return new TextBlock(text.NoInputs) { Style = TextStyle.Note };
            yield break;
        }

        yield return Table(text.T("Bảng. Mức độ tham gia theo công cụ", "Table. Participation by tool"), text.Step,
            analysis.BySteps.Select(s => (stepTitle(s.StepId), new Participation(s.People, s.Opinions))).Append((text.T("Tổng cộng", "Total"), analysis.Total)));
        yield return new ChartBlock(new BarChart(
            text.T("Số ý kiến theo công cụ", "Opinions by tool"),
            [.. analysis.BySteps.Select(s => new Bar(stepTitle(s.StepId), s.Opinions))]));
        yield return Table(text.T("Bảng. Mức độ tham gia theo kênh", "Table. Participation by channel"), text.Channel,
            analysis.ByChannel.Where(c => c.Value.Opinions > 0).Select(c => (text.Channels(c.Key), c.Value)));
        foreach (var attribute in analysis.ByAttribute.Where(a => a.Values.Count > 0))
        {
            var rows = attribute.Values.Select(v => (v.Key, v.Value));
            if (attribute.Unknown.Opinions > 0)
            {
                rows = rows.Append((text.Unknown, attribute.Unknown));
            }

            yield return Table(text.T($"Bảng. Mức độ tham gia theo {text.Attribute(attribute.Attribute).ToLowerInvariant()}", $"Table. Participation by {text.Attribute(attribute.Attribute).ToLowerInvariant()}"), text.Attribute(attribute.Attribute), rows);
        }
    }

    private TableBlock Table(string caption, string heading, IEnumerable<(string Label, Participation Count)> rows) => new(
        [new TableColumn(heading, 3), new TableColumn(text.People, 1) { Alignment = ColumnAlignment.Right }, new TableColumn(text.Opinions, 1) { Alignment = ColumnAlignment.Right }],
        [.. rows.Select(r => (IReadOnlyList<string>)[r.Label, ReportLanguage.Count(r.Count.People, Language), ReportLanguage.Count(r.Count.Opinions, Language)])])
    {
        Caption = caption,
    };
}
