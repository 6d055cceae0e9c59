using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ConsultEngine.Web.Identity;

/// <summary>
/// Adds to the sign-in the claims the web host decides on: a pending password change, a pending two-factor
/// enrolment (<see cref="TwoFactorRule"/>), the organisation, the province.
/// </summary>
internal sealed class ConsultClaimsFactory(UserManager<ConsultUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ConsultUser, IdentityRole>(users, roles, options)
{
    public const string MustChangePassword = "ce:must_change_password";
    public const string Organisation = "ce:organisation";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ConsultUser user)
    {
        var identity = await base.GenerateClaimsAsync(user).ConfigureAwait(false);
        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(MustChangePassword, "true"));
        }

        if (!await UserManager.GetTwoFactorEnabledAsync(user).ConfigureAwait(false)
            && TwoFactorRule.AppliesTo(identity.FindAll(Options.ClaimsIdentity.RoleClaimType).Select(c => c.Value)))
        {
            identity.AddClaim(new Claim(TwoFactorRule.EnrolmentRequiredClaim, "true"));
        }

        if (user.Organisation is { Length: > 0 } organisation)
        {
            identity.AddClaim(new Claim(Organisation, organisation));
        }

        // A national user carries no province claim: absent means "every province".
        if (user.Province is { Length: > 0 } province)
        {
            identity.AddClaim(new Claim(Tenancy.StaffProvince.ClaimType, province));
        }

        return identity;
    }
}
