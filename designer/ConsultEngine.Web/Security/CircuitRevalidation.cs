using System.Security.Claims;
using ConsultEngine.Web.Identity;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ConsultEngine.Web.Security;

/// <summary>
/// An open console or designer page (a Blazor circuit) keeps the sign-in it started with, whatever
/// happens to the cookie afterwards: this re-checks the user's security stamp and lockout every
/// <see cref="SessionRevocation.RecheckSetting"/> (at least every ten seconds), so a disabled user, a
/// removed role, a changed password or a sign-out elsewhere ends the open page's sign-in too.
/// </summary>
internal sealed class CircuitRevalidation(ILoggerFactory loggerFactory, IServiceScopeFactory scopes, IOptions<SecurityStampValidatorOptions> stamps, IOptions<IdentityOptions> identity)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval =>
        stamps.Value.ValidationInterval < TimeSpan.FromSeconds(10) ? TimeSpan.FromSeconds(10) : stamps.Value.ValidationInterval;

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ConsultUser>>();
        var principal = authenticationState.User;
        if (await users.GetUserAsync(principal).ConfigureAwait(false) is not { } user || await users.IsLockedOutAsync(user).ConfigureAwait(false))
        {
            return false;
        }

        if (!users.SupportsUserSecurityStamp)
        {
            return true;
        }

        var stamp = principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        return stamp == await users.GetSecurityStampAsync(user).ConfigureAwait(false);
    }
}
