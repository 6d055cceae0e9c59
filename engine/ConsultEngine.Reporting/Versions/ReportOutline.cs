using System.Globalization;
using ConsultEngine.Reporting.Documents;

namespace ConsultEngine.Reporting.Versions;

/// <summary>A table's (or a chart's) figures as text: its title, its column headers and its rows.</summary>
public sealed record OutlineTable(string Title, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows);

/// <summary>One section of a version as text: what review comments are attached to and what two versions compare.</summary>
public sealed record OutlineSection(string Id, string Number, string Heading, int Level, IReadOnlyList<string> Paragraphs, IReadOnlyList<OutlineTable> Tables);

/// <summary>
/// The text of a generated document, section by section: paragraphs, and tables and charts as their
/// figures. Stored beside the rendered files so that versions can be compared and commented without
/// re-reading DOCX, and so that the comparison does not depend on how a renderer draws.
/// </summary>
public sealed record ReportOutline(IReadOnlyList<OutlineSection> Sections)
{
    public static ReportOutline Of(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new([.. document.AllSections().Select(Section)]);
    }

    private static OutlineSection Section(DocumentSection section) => new(
        section.Id,
        section.Number,
        section.Heading,
        section.Level,
        [.. section.Blocks.OfType<TextBlock>().Select(t => t.Text)],
        [.. section.Blocks.Select((block, index) => Table(block, index)).OfType<OutlineTable>()]);

    private static OutlineTable? Table(DocumentBlock block, int index) => block switch
    {
        TableBlock table => new OutlineTable(table.Caption ?? $"#{index + 1}", [.. table.Columns.Select(c => c.Header)], table.Rows),
        ChartBlock chart => new OutlineTable(chart.Chart.Title, [string.Empty, string.Empty], [.. chart.Chart.Bars.Select(Bar)]),
        _ => null,
    };

    private static string[] Bar(Bar bar) => [bar.Label, bar.ValueText ?? bar.Value.ToString("0.####", CultureInfo.InvariantCulture)];
}
