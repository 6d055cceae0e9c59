using ConsultEngine.Web.Identity;
using ConsultEngine.Web.Security;
using ConsultEngine.Web.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using static ConsultEngine.Web.Tests.Tenancy.ProvinceSiteFixture;

namespace ConsultEngine.Web.Tests.Tenancy;

/// <summary>The province goes into the claims at sign-in; national staff carry none.</summary>
[Collection(ProvincePagesGroup.Name)]
public sealed class ProvinceClaimsTests(ProvinceSiteFixture site)
{
    [Fact]
    public async Task SignIn_OfAProvincesStaff_CarriesTheProvinceClaim()
    {
        var principal = await PrincipalAsync(UserName(Roles.CouncilOffice, Other));

        Assert.Equal(Other, principal.FindFirst(StaffProvince.ClaimType)?.Value);
    }

    [Fact]
    public async Task SignIn_OfNationalStaff_CarriesNoProvinceClaim()
    {
        var principal = await PrincipalAsync(UserName(Roles.CouncilOffice, National));

        Assert.Null(principal.FindFirst(StaffProvince.ClaimType));
    }

    [Fact]
    public async Task UserAdministration_RefusesAProvinceCodeThatIsNotOneOfThe34()
    {
        await using var scope = site.Host.Services.CreateAsyncScope();
        var administration = scope.ServiceProvider.GetRequiredService<UserAdministration>();

        var refused = await Assert.ThrowsAsync<UserAdministrationException>(() => administration.AddAsync("p99-user", [Roles.Executive], "Some-Passw0rd-99", province: "99"));
        Assert.Equal((TenancyCodes.UnknownProvince, "99"), (refused.Code, refused.Value));
    }

    [Fact]
    public async Task UserAdministration_KeepsTheProvinceGiven()
    {
        await using var scope = site.Host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<UserAdministration>().AddAsync("p79-user", [Roles.Executive], "Some-Passw0rd-79", province: "79");

        var user = await scope.ServiceProvider.GetRequiredService<UserManager<ConsultUser>>().FindByNameAsync("p79-user");
        Assert.Equal("79", user?.Province);
    }

    private async Task<System.Security.Claims.ClaimsPrincipal> PrincipalAsync(string userName)
    {
        await using var scope = site.Host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ConsultUser>>();
        var user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException($"No user '{userName}'.");
        return await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<ConsultUser>>().CreateAsync(user);
    }
}
