using System.Security.Claims;
using ConsultEngine.Definitions.Model;
using ConsultEngine.Hosting.Definitions;
using ConsultEngine.Persistence.Definitions;
using ConsultEngine.Web.Designer;
using ConsultEngine.Web.Designer.Versions;
using ConsultEngine.Web.Tenancy;
using ConsultEngine.Web.Testing;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultEngine.Web.Tests.Designer;

/// <summary>
/// The designer's own services refuse a province's change of a definition it does not own (CE8400), even
/// when the page's hidden buttons are bypassed by a forged circuit event; nothing stored changes. The
/// national level, with the same calls, succeeds.
/// </summary>
public sealed class DesignerWritesOfAnotherProvinceTests : IAsyncLifetime
{
    private const string Standard = "hdnd.standard";
    private const int Next = 3;
    private const string HaNoi = "01";

    private TestWebHost _host = null!;

    private IDefinitionLibrary Store => _host.Services.GetRequiredService<IDefinitionLibrary>();

    public async Task InitializeAsync() => _host = await TestWebHost.StartAsync();

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _host.Folder.Dispose();
    }

    [Fact]
    public async Task AProvincesSaveAndPublishOfTheNationalStandard_AreCE8400_AndTheDraftStaysAsItWas()
    {
        var national = Page("lan", province: null);
        var draft = await national.DraftFromAsync(Standard, 1);
        var province = Page("minh", HaNoi);
        var opened = await province.OpenAsync(Standard, Next);

        var saved = await province.SaveDraftAsync(opened!.Definition with { Title = new LocalizedText { Vi = "Sửa trái phép" } });
        var published = await province.PublishAsync(Standard, Next);
        var kept = await Store.GetDraftAsync(Standard);

        Assert.Equal(TenancyCodes.DefinitionOfAnotherProvince, Assert.Single(saved.Problems).Code);
        Assert.Equal(TenancyCodes.DefinitionOfAnotherProvince, Assert.Single(published.Problems).Code);
        Assert.Equal((1L, "lan"), (kept.Draft.Revision, kept.Draft.SavedBy));
        Assert.DoesNotContain("Sửa trái phép", kept.Json, StringComparison.Ordinal);
        Assert.True((await national.PublishAsync(Standard, Next)).Succeeded);
        Assert.NotNull(draft);
    }

    [Fact]
    public async Task AProvincesDraftFromTheNationalStandard_IsNotMade()
    {
        var made = await Page("minh", HaNoi).DraftFromAsync(Standard, 1);

        Assert.Null(made);
        Assert.Null((await Store.FindAsync(Standard))!.Draft);
        Assert.NotNull(await Page("lan", province: null).DraftFromAsync(Standard, 1));
    }

    [Fact]
    public async Task AProvincesImportOfADefinitionItDoesNotOwn_IsCE8400_AndNothingIsStored()
    {
        var json = (await Store.GetJsonAsync(Standard, 1)).Replace($"\"{Standard}\"", "\"hdnd.standard-copy\"", StringComparison.Ordinal);

        var refused = await Page("minh", HaNoi).ImportAsync(json);
        var afterRefusal = await Store.FindAsync("hdnd.standard-copy");
        var imported = await Page("lan", province: null).ImportAsync(json);

        Assert.Equal(TenancyCodes.DefinitionOfAnotherProvince, Assert.Single(refused.Problems).Code);
        Assert.Null(afterRefusal);
        Assert.True(imported.Succeeded, string.Join(", ", imported.Problems.Select(p => p.Code)));
    }

    [Fact]
    public async Task AProvincesRetireOfTheNationalStandard_IsCE8400_AndTheVersionStaysPublished()
    {
        var refusal = await Versions("minh", HaNoi).RetireAsync(Standard, 1);

        Assert.Equal(TenancyCodes.DefinitionOfAnotherProvince, refusal?.Code);
        Assert.Equal(DefinitionVersionState.Published, (await Store.FindAsync(Standard))!.Versions.Single(v => v.Version == 1).State);
        Assert.Null(await Versions("lan", province: null).RetireAsync(Standard, 1));
    }

    private DesignerDefinitions Page(string user, string? province) =>
        new(Store, new ProvinceUser(user, province), _host.Services.GetRequiredService<IDefinitionOwnership>());

    private DesignerVersions Versions(string user, string? province) =>
        new(Store, new ProvinceUser(user, province), _host.Services.GetRequiredService<IDefinitionOwnership>());

    /// <summary>A signed-in staff member of one province (or national when <c>province</c> is null).</summary>
    private sealed class ProvinceUser(string name, string? province) : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync()
        {
            List<Claim> claims = [new(ClaimTypes.Name, name)];
            if (province is not null)
            {
                claims.Add(new Claim(StaffProvince.ClaimType, province));
            }

            return Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity(claims, "test"))));
        }
    }
}
