using System.Reflection;
using System.Security.Claims;
using ConsultEngine.Web.Identity;
using ConsultEngine.Web.Security;
using ConsultEngine.Web.Tenancy;
using ConsultEngine.Web.Tests.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using static ConsultEngine.Web.Tests.Tenancy.ProvinceSiteFixture;

namespace ConsultEngine.Web.Tests.Tenancy;

/// <summary>
/// The province rule of pages reached inside an open circuit (no HTTP request, so no gate): the check the
/// router's <c>ProvinceRouteView</c> makes, with each cross-province page row's own page type and route
/// values, for the real signed-in principals of Council Office staff of each province.
/// </summary>
[Collection(ProvincePagesGroup.Name)]
public sealed class ProvincePagesInCircuitTests(ProvinceSiteFixture site)
{
    public static TheoryData<string> ConsultationRoutes() => Routes(CrossProvinceRows.ConsultationPageRows());

    public static TheoryData<string> DefinitionRoutes() => Routes(CrossProvinceRows.DefinitionPageRows());

    [Theory]
    [MemberData(nameof(ConsultationRoutes))]
    public async Task AnotherProvincesConsultation_NavigatedToInTheCircuit_ShowsNotFound(string route)
    {
        var values = new Dictionary<string, object?> { ["Id"] = site.InstanceId, ["StepId"] = "run-survey" };

        Assert.Equal(PageVerdict.NotFound, await CheckAsync(route, values, Other));
        Assert.Equal(PageVerdict.Shown, await CheckAsync(route, values, Home));
        Assert.Equal(PageVerdict.Shown, await CheckAsync(route, values, National));
    }

    [Theory]
    [MemberData(nameof(DefinitionRoutes))]
    public async Task AnotherProvincesDefinition_NavigatedToInTheCircuit_ShowsForbidden(string route)
    {
        var values = new Dictionary<string, object?> { ["Id"] = CrossProvinceRows.ProvinceDefinition, ["Version"] = 1, ["From"] = 1, ["To"] = 0 };

        Assert.Equal(PageVerdict.Forbidden, await CheckAsync(route, values, Home));
        Assert.Equal(PageVerdict.Shown, await CheckAsync(route, values, Other));
        Assert.Equal(PageVerdict.Shown, await CheckAsync(route, values, National));
    }

    [Fact]
    public async Task APageTheRolesDoNotOpen_IsLeftToTheAuthorizationView()
    {
        // Roles come first, as on HTTP: a signed-in user with no role gets the authorization view's refusal, not the province's.
        var values = new Dictionary<string, object?> { ["Id"] = site.InstanceId, ["StepId"] = "run-survey" };
        var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "nobody"), new Claim(StaffProvince.ClaimType, Other)], "test"));

        Assert.Equal((PageVerdict.Shown, false), await JudgeAsync("/console/consultations/{Id:guid}", values, principal));
    }

    [Fact]
    public async Task AVerdictSaysTheConsultationIsSeen_OnlyWhenTheProvinceRuleLookedAndPassed()
    {
        // What lets the router show the consultation's other pages without another look-up.
        var values = new Dictionary<string, object?> { ["Id"] = site.InstanceId, ["StepId"] = "run-survey" };
        const string route = "/console/consultations/{Id:guid}";

        Assert.Equal((PageVerdict.Shown, true), await JudgeAsync(route, values, await PrincipalAsync(Home)));
        Assert.Equal((PageVerdict.NotFound, false), await JudgeAsync(route, values, await PrincipalAsync(Other)));
        Assert.Equal((PageVerdict.Shown, true), await JudgeAsync(route, values, await PrincipalAsync(National)));
    }

    private async Task<PageVerdict> CheckAsync(string route, IReadOnlyDictionary<string, object?> values, string province) =>
        (await JudgeAsync(route, values, await PrincipalAsync(province))).Verdict;

    private async Task<ClaimsPrincipal> PrincipalAsync(string province)
    {
        await using var scope = site.Host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ConsultUser>>();
        var user = await users.FindByNameAsync(UserName(Roles.CouncilOffice, province));
        Assert.NotNull(user);
        return await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<ConsultUser>>().CreateAsync(user);
    }

    private async Task<(PageVerdict Verdict, bool TargetSeen)> JudgeAsync(string route, IReadOnlyDictionary<string, object?> values, ClaimsPrincipal principal)
    {
        var page = typeof(ProvinceGate).Assembly.GetTypes().Single(t => t.GetCustomAttributes<RouteAttribute>().Any(r => r.Template == route));
        await using var scope = site.Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ProvincePages>().JudgeAsync(page, values, principal);
    }

    private static TheoryData<string> Routes(IEnumerable<PageAccessRow> rows)
    {
        var data = new TheoryData<string>();
        foreach (var row in rows)
        {
            data.Add(row.Route);
        }

        return data;
    }
}
