using ConsultEngine.Reporting.Versions;
using ConsultEngine.Web.Security;
using ConsultEngine.Web.Tests.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultEngine.Web.Tests.Console;

/// <summary>The reports page lists a consultation's versions with their data basis and downloads, and the consultation page links to it.</summary>
[Collection(StaffSiteGroup.Name)]
public sealed class ReportsPageTests(StaffSiteFixture site)
{
    [Fact]
    public async Task ReportsPage_ListsAStoredVersion_WithItsBasisDownloadsAndSections()
    {
        var versions = site.Host.Services.GetRequiredService<IReportVersions>();
        var version = await versions.GenerateAsync(site.InstanceId, new ReportVersionRequest(), "test");

        var html = await site.PageAsync(Roles.WorkingGroup, $"console/consultations/{site.InstanceId}/reports");

        Assert.Contains("data-testid=\"reports-title\"", html, StringComparison.Ordinal);
        Assert.Contains($"data-version=\"{version.Number}\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"basis\"", html, StringComparison.Ordinal);
        Assert.Contains($"/api/instances/{site.InstanceId}/reports/{version.Number}/docx", html, StringComparison.Ordinal);
        Assert.Contains($"data-section=\"{version.Sections[0].Id}\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"compare\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConsultationPage_LinksToItsReports()
    {
        var html = await site.PageAsync(Roles.WorkingGroup, $"console/consultations/{site.InstanceId}");

        Assert.Contains($"href=\"/console/consultations/{site.InstanceId}/reports\"", html, StringComparison.Ordinal);
    }
}
