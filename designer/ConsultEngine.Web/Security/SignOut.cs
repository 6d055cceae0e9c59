using ConsultEngine.Web.Identity;
using Microsoft.AspNetCore.Identity;

namespace ConsultEngine.Web.Security;

/// <summary>
/// Signing out revokes: the user's security stamp changes, so every bearer token and every cookie
/// issued before stops authenticating (<see cref="SessionRevocation"/>), not only this browser's cookie.
/// A bearer token cannot be deleted from a client; changing the stamp is the only way to end it early.
/// </summary>
internal static class SignOut
{
    public static async Task EverywhereAsync(HttpContext http, SignInManager<ConsultUser> signIn)
    {
        if (await signIn.UserManager.GetUserAsync(http.User).ConfigureAwait(false) is { } user)
        {
            await signIn.UserManager.UpdateSecurityStampAsync(user).ConfigureAwait(false);
        }

        await signIn.SignOutAsync().ConfigureAwait(false);
    }
}
