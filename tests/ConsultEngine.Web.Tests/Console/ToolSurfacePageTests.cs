using System.Net;
using ConsultEngine.Abstractions;
using ConsultEngine.Hosting.Tools;
using ConsultEngine.Web.Security;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultEngine.Web.Tests.Console;

/// <summary>
/// The console's tool page is generic: it shows what the tool's staff surface holds (for a tool without
/// surfaces, its analysis in the shared views), every view by its id and kind, rendered on the server.
/// </summary>
[Collection(AnalysisReportGroup.Name)]
public sealed class ToolSurfacePageTests(AnalysisReportSite site)
{
    [Theory]
    [InlineData(AnalysisReportSite.SurveyStep)]
    [InlineData(AnalysisReportSite.FocusGroupStep)]
    public async Task ToolPage_ShowsEveryResultViewOfTheStaffSurface_ByIdAndKind(string step)
    {
        var surface = await DescribeAsync(step);
        Assert.NotEmpty(surface.Results);
        using var browser = await site.BrowserAsync(Roles.WorkingGroup);

        var html = WebUtility.HtmlDecode(await browser.GetPageAsync($"/console/consultations/{site.InstanceId}/tools/{step}"));

        foreach (var view in surface.Results)
        {
            Assert.Contains($"data-view=\"{view.Id}\" data-kind=\"{Kind(view)}\"", html, StringComparison.Ordinal);
        }

        foreach (var figure in surface.Results.OfType<FiguresView>().SelectMany(v => v.Figures))
        {
            Assert.Contains($"data-figure=\"{figure.Name}\"", html, StringComparison.Ordinal);
        }

        foreach (var item in surface.Results.OfType<SharesView>().SelectMany(v => v.Items))
        {
            Assert.Contains($"<th scope=\"row\">{item.Label.Vi}</th><td>{item.Count}</td>", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task FocusGroupPage_ShowsEachThemeWithItsCount_AndItsQuotes()
    {
        var themes = (await DescribeAsync(AnalysisReportSite.FocusGroupStep)).Results.OfType<ThemesView>().SelectMany(v => v.Themes).ToList();
        Assert.NotEmpty(themes);
        using var browser = await site.BrowserAsync(Roles.WorkingGroup);

        var html = WebUtility.HtmlDecode(await browser.GetPageAsync($"/console/consultations/{site.InstanceId}/tools/{AnalysisReportSite.FocusGroupStep}"));

        foreach (var theme in themes)
        {
            Assert.Contains($"data-theme=\"{theme.Theme}\" data-count=\"{theme.Count}\"", html, StringComparison.Ordinal);
            Assert.All(theme.Quotes, quote => Assert.Contains($"<li data-quote=\"{theme.Theme}\">{quote}</li>", html, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task ClosedStepPage_OffersNoSubmissionEntry()
    {
        using var browser = await site.BrowserAsync(Roles.CouncilOffice);

        var html = await browser.GetPageAsync($"/console/consultations/{site.InstanceId}/tools/{AnalysisReportSite.SurveyStep}");

        Assert.Contains("data-testid=\"tool-title\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-target=\"Submission\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"json-entry\"", html, StringComparison.Ordinal);
    }

    private Task<StaffSurface> DescribeAsync(string step) =>
        site.Host.Services.GetRequiredService<IToolSteps>().DescribeStaffAsync(site.InstanceId, step, ToolCaller.Staff("test"));

    private static string Kind(SurfaceView view) => view switch
    {
        TextView => "text",
        TableView => "table",
        SharesView => "shares",
        ThemesView => "themes",
        FiguresView => "figures",
        _ => "other",
    };
}
