using ConsultEngine.Persistence.Reports;
using ConsultEngine.Reporting.Versions;

namespace ConsultEngine.Reporting.Tests.Demo;

/// <summary>
/// The example as <c>consult demo</c> and <c>--demo</c> leave it: the report the Standing Committee
/// approved is stored as version 1 with the data basis it was built from, and the published
/// explanation register as version 2.
/// </summary>
[Collection(SharedDemo.Name)]
public sealed class DemoReportVersionsTests(DemoReport demo)
{
    [Fact]
    public async Task TheExample_StoresTheApprovedReport_AndTheExplanationRegister_WithTheirDataBasis()
    {
        await using var store = await SqliteReportVersionStore.OpenAsync(demo.DatabasePath);
        var versions = await ReportVersioning.Create(demo.Services, store).ListAsync(demo.InstanceId);
        var analysis = await demo.Reports.AnalyseAsync(demo.InstanceId);

        Assert.Equal([(1, "report", ReportVersionStatus.Approved), (2, "explanation", ReportVersionStatus.Draft)],
            versions.OrderBy(v => v.Number).Select(v => (v.Number, v.Kind, v.Status)));
        var report = versions.Single(v => v.Number == 1);
        Assert.Equal((analysis.Total.People, analysis.Total.Opinions), (report.Basis.People, report.Basis.Opinions));
        Assert.NotEmpty(report.Sections);
        Assert.True(report.DocxBytes > 0 && report.HtmlBytes > 0);
        Assert.True(report.Basis.Dispositions is { Complete: true }, "the example's register is complete when its report is stored");
    }
}
