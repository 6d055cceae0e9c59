using System.Net;
using System.Text.RegularExpressions;
using ConsultEngine.Web.Localization;
using ConsultEngine.Web.Security;
using ConsultEngine.Web.StaffConsole;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultEngine.Web.Tests.Console;

/// <summary>
/// The consultation page's timeline on a Vietnamese page: each step's type in words (the built-in type's or
/// the tool's title, never <c>tool:survey@1</c>), each role by the definition's name for it (never its id),
/// and every moment in Vietnam's time, as the portal writes it.
/// </summary>
[Collection(AnalysisReportGroup.Name)]
public sealed partial class TimelineTextTests(AnalysisReportSite site)
{
    [Fact]
    public async Task TheTimeline_SaysStepTypesAndRolesInWords()
    {
        var detail = await site.Host.Services.GetRequiredService<Consultations>().GetAsync(site.InstanceId);
        var steps = detail.Phases.SelectMany(p => p.Steps).ToList();
        Assert.Contains(steps, s => s.Type.StartsWith("tool:", StringComparison.Ordinal));
        Assert.Contains(steps, s => s.Role is not null);
        using var browser = await site.BrowserAsync(Roles.CouncilOffice);

        var html = WebUtility.HtmlDecode(await browser.GetPageAsync($"/console/consultations/{site.InstanceId}"));

        var types = TypeCaption().Matches(html).Select(m => (Type: m.Groups[1].Value, Shown: m.Groups[2].Value.Trim())).ToList();
        Assert.Equal(steps.Count, types.Count);
        Assert.DoesNotContain(types, t => t.Shown.Length == 0 || t.Shown == t.Type || t.Shown.Contains('@', StringComparison.Ordinal));
        var tools = site.Host.Services.GetRequiredService<ToolTitles>();
        using (new Codes.UiCulture("vi"))
        {
            Assert.Contains(types, t => t.Type == "tool:survey@1" && t.Shown == tools.Title("survey"));
        }

        var roles = RoleCell().Matches(html).Select(m => (Role: m.Groups[1].Value, Shown: m.Groups[2].Value.Trim())).ToList();
        Assert.NotEmpty(roles);
        Assert.DoesNotContain(roles, r => r.Shown == r.Role);
    }

    [Fact]
    public async Task TheTimeline_WritesWhenStepsWereDone_InVietnamsTime()
    {
        var detail = await site.Host.Services.GetRequiredService<Consultations>().GetAsync(site.InstanceId);
        var done = detail.Phases.SelectMany(p => p.Steps).Where(s => s.CompletedAt is not null).ToList();
        Assert.NotEmpty(done);
        using var browser = await site.BrowserAsync(Roles.CouncilOffice);

        var html = WebUtility.HtmlDecode(await browser.GetPageAsync($"/console/consultations/{site.InstanceId}"));

        Assert.All(done, step => Assert.Contains($"<td>{MomentText.When(step.CompletedAt!.Value, "vi")}", html, StringComparison.Ordinal));
    }

    [GeneratedRegex("data-type=\"([^\"]+)\"[^>]*>([^<]*)<")]
    private static partial Regex TypeCaption();

    [GeneratedRegex("<td data-role=\"([^\"]+)\">([^<]*)</td>")]
    private static partial Regex RoleCell();
}
