using Microsoft.AspNetCore.Identity;

namespace ConsultEngine.Web.Identity;

/// <summary>
/// An administrator resets another user's two-factor sign-in (a lost phone): two-factor is turned off, the
/// authenticator key replaced and the recovery codes dropped; the new security stamp ends the user's open
/// sign-ins within the re-check interval. A user whose role requires two factors enrols again at the next
/// sign-in. For the API, the console and the <c>users reset-2fa</c> command alike; each reset is logged.
/// </summary>
internal sealed partial class TwoFactorReset(UserManager<ConsultUser> users, ILogger<TwoFactorReset> log)
{
    /// <summary>Resets <paramref name="userName"/>'s two-factor sign-in; a province's administrator reaches only its own province's accounts.</summary>
    public async Task ResetAsync(string userName, string? actor, string? administratorProvince)
    {
        var user = await Tenancy.ProvinceAccounts.FindAsync(users, userName, administratorProvince).ConfigureAwait(false);
        UserAdministrationException.ThrowIfFailed(await users.SetTwoFactorEnabledAsync(user, false).ConfigureAwait(false));
        // A new key: codes from the old app (the lost phone) are worth nothing any more.
        UserAdministrationException.ThrowIfFailed(await users.ResetAuthenticatorKeyAsync(user).ConfigureAwait(false));
        _ = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0).ConfigureAwait(false);
        UserAdministrationException.ThrowIfFailed(await users.UpdateSecurityStampAsync(user).ConfigureAwait(false));
        Reset(log, userName, actor ?? "(shell)");
    }

    /// <summary>Whether the user signs in with two factors.</summary>
    public static bool IsOn(ConsultUser user) => user.TwoFactorEnabled;

    [LoggerMessage(EventId = 8180, Level = LogLevel.Warning, Message = "Two-factor sign-in of user {UserName} was reset by {Actor}.")]
    private static partial void Reset(ILogger logger, string userName, string actor);
}
