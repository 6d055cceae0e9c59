using ConsultEngine.Reporting.Documents;
using Snapshooter.Xunit;

namespace ConsultEngine.Reporting.Tests.Demo;

/// <summary>
/// The structure of the example consultation's report, normalised: the header, the data basis, and
/// per section its numbered heading, its tables with every figure, and its charts (titles, how
/// many); then the same for the explanation register's counts. Ids and free paragraphs are left
/// out: the snapshot is what a reader checks against the analysis.
/// </summary>
[Collection(SharedDemo.Name)]
public sealed class DemoReportSnapshotTests(DemoReport demo)
{
    [Fact]
    public async Task TheReportsStructure_ForTheExampleConsultation_MatchesItsSnapshot()
    {
        var report = await demo.Reports.BuildReportAsync(demo.InstanceId);

        Snapshot.Match(new
        {
            report.Document.Header,
            Basis = new { report.Basis.InputsStored, report.Basis.InputsCounted, report.Basis.People },
            Sections = report.Document.Sections.Select(Normalised),
        });
    }

    private static object Normalised(DocumentSection section) => new
    {
        Heading = section.NumberedHeading,
        Tables = section.Blocks.OfType<TableBlock>().Select(t => new { t.Caption, Columns = t.Columns.Select(c => c.Header), t.Rows }),
        Charts = section.Blocks.OfType<ChartBlock>().Count(),
        ChartTitles = section.Blocks.OfType<ChartBlock>().Select(c => c.Chart.Title),
        Sections = section.Sections.Select(Normalised),
    };
}
