using ConsultEngine.Reporting.Documents;
using Snapshooter.Xunit;

namespace ConsultEngine.Reporting.Tests;

/// <summary>
/// The report's structure for the fixed data set, normalised: each section's number and heading, and
/// its blocks (text, tables with every cell, charts with their bars). The generation time in the data
/// basis paragraph is scrubbed; everything else is deterministic on the manual clock.
/// </summary>
public sealed class ReportSnapshotTests(StandardConsultation consultation) : IClassFixture<StandardConsultation>
{
    [Fact]
    public async Task TheReportsStructure_MatchesItsSnapshot()
    {
        var report = await consultation.Reports.BuildReportAsync(consultation.InstanceId);

        Snapshot.Match(new
        {
            report.Document.Header,
            Basis = new { report.Basis.InputsStored, report.Basis.InputsCounted, report.Basis.People },
            Sections = report.Document.Sections.Select(Normalised),
            report.Document.Signature,
        });
    }

    private static object Normalised(DocumentSection section) => new
    {
        Heading = section.NumberedHeading,
        section.Level,
        Blocks = section.Blocks.Select(Normalised),
        Sections = section.Sections.Select(Normalised),
    };

    private static object Normalised(DocumentBlock block) => block switch
    {
        TextBlock text => new { Text = text.Text, Style = text.Style.ToString() },
        TableBlock table => new { Table = table.Caption, Columns = table.Columns.Select(c => c.Header), table.Rows },
        ChartBlock chart => new { Chart = chart.Chart.Title, Bars = chart.Chart.Bars.Select(b => $"{b.Label}: {b.ValueText ?? b.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}") },
        _ => block.GetType().Name,
    };
}
