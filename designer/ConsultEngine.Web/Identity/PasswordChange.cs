using Microsoft.AspNetCore.Identity;

namespace ConsultEngine.Web.Identity;

/// <summary>Changes a password and, when it succeeds, lifts the pending one-time-password change.</summary>
internal static class PasswordChange
{
    public static async Task<IdentityResult> ApplyAsync(UserManager<ConsultUser> users, ConsultUser user, string current, string next)
    {
        if (string.Equals(current, next, StringComparison.Ordinal))
        {
            return IdentityResult.Failed(new IdentityError { Code = "PasswordUnchanged", Description = "The new password must differ from the current one." });
        }

        var result = await users.ChangePasswordAsync(user, current, next).ConfigureAwait(false);
        if (!result.Succeeded || !user.MustChangePassword)
        {
            return result;
        }

        user.MustChangePassword = false;
        return await users.UpdateAsync(user).ConfigureAwait(false);
    }
}
