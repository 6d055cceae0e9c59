using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Identity;

namespace ConsultEngine.Web.Identity;

/// <summary>
/// A staff member's authenticator: the shared key (made on first need), its <c>otpauth://</c> address for
/// the QR code, the confirmation that turns two-factor sign-in on and returns the recovery codes, and the
/// check of a code. Everything is Identity's own (<see cref="UserManager{TUser}"/>: the key and the recovery
/// codes live in <c>AspNetUserTokens</c>); this class only puts the steps in order.
/// </summary>
internal sealed class TwoFactorEnrolment(UserManager<ConsultUser> users, IUserStore<ConsultUser> store)
{
    /// <summary>The name authenticator apps show beside the account.</summary>
    public const string Issuer = "ConsultEngine";

    public const int RecoveryCodeCount = 10;

    /// <summary>
    /// The user's authenticator key, made when the user has none yet. Making it leaves the security stamp as it
    /// is (unlike <see cref="UserManager{TUser}.ResetAuthenticatorKeyAsync"/>, which the administrators' reset uses):
    /// a key not yet confirmed signs nobody in, and opening the page must not end the user's other sign-ins.
    /// </summary>
    public async Task<string> KeyAsync(ConsultUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user).ConfigureAwait(false);
        if (!string.IsNullOrEmpty(key))
        {
            return key;
        }

        var keys = store as IUserAuthenticatorKeyStore<ConsultUser>
            ?? throw new InvalidOperationException("The user store keeps no authenticator keys.");
        await keys.SetAuthenticatorKeyAsync(user, users.GenerateNewAuthenticatorKey(), CancellationToken.None).ConfigureAwait(false);
        UserAdministrationException.ThrowIfFailed(await users.UpdateAsync(user).ConfigureAwait(false));
        return await users.GetAuthenticatorKeyAsync(user).ConfigureAwait(false)
            ?? throw new InvalidOperationException("The user store kept no authenticator key.");
    }

    /// <summary>Whether <paramref name="code"/> is the authenticator's current code for the user (spaces and dashes ignored).</summary>
    public Task<bool> VerifyAsync(ConsultUser user, string? code) =>
        users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, AuthenticatorCode(code));

    /// <summary>
    /// Turns two-factor sign-in on when <paramref name="code"/> is right, and returns the new recovery codes
    /// (shown once); <c>null</c> when the code is wrong, nothing changed.
    /// </summary>
    public async Task<IReadOnlyList<string>?> ConfirmAsync(ConsultUser user, string? code)
    {
        if (!await VerifyAsync(user, code).ConfigureAwait(false))
        {
            return null;
        }

        UserAdministrationException.ThrowIfFailed(await users.SetTwoFactorEnabledAsync(user, true).ConfigureAwait(false));
        var recovery = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount).ConfigureAwait(false);
        return [.. recovery ?? []];
    }

    /// <summary>The key in groups of four, as people type it into an app.</summary>
    public static string Format(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            if (i > 0)
            {
                text.Append(' ');
            }

            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i)));
        }

        return text.ToString().ToLowerInvariant();
    }

    /// <summary>The key URI format authenticator apps read from the QR code.</summary>
    public static string AuthenticatorUri(string userName, string key) => string.Format(
        CultureInfo.InvariantCulture,
        "otpauth://totp/{0}:{1}?secret={2}&issuer={0}&digits=6",
        Uri.EscapeDataString(Issuer),
        Uri.EscapeDataString(userName),
        key);

    /// <summary>A code as typed, without spaces (a recovery code keeps its dash: Identity compares it as issued).</summary>
    public static string Normalize(string? code) => (code ?? "").Replace(" ", "", StringComparison.Ordinal);

    /// <summary>An authenticator's code as typed: without the spaces and dashes some apps show.</summary>
    public static string AuthenticatorCode(string? code) => Normalize(code).Replace("-", "", StringComparison.Ordinal);

    /// <summary>Whether a code looks like an authenticator's (six digits) rather than a recovery code.</summary>
    public static bool IsAuthenticatorCode(string code) => code.Length == 6 && code.All(char.IsAsciiDigit);
}
