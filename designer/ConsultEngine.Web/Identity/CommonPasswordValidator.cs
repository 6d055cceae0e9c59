using System.Collections.Frozen;
using Microsoft.AspNetCore.Identity;

namespace ConsultEngine.Web.Identity;

/// <summary>
/// Refuses a password that is one of the most common passwords (<see cref="CommonPasswordList"/>), or is
/// one once its decoration is taken off: digits and symbols around it (<c>Password2025!</c>), leetspeak
/// (<c>P@ssw0rd</c>), one character or one listed password repeated (<c>abcabcabcabc</c>). Identity's
/// length rule alone lets <c>password1234</c> through; an attacker tries exactly these first.
/// </summary>
internal sealed class CommonPasswordValidator : IPasswordValidator<ConsultUser>
{
    private static readonly FrozenSet<string> Common =
        CommonPasswordList.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);

    public Task<IdentityResult> ValidateAsync(UserManager<ConsultUser> manager, ConsultUser user, string? password) =>
        Task.FromResult(password is not null && IsCommon(password)
            ? IdentityResult.Failed(new IdentityError { Code = AccessCodes.CommonPassword, Description = "The password is one of the most common passwords." })
            : IdentityResult.Success);

    /// <summary>Whether <paramref name="password"/> or its core is on the list.</summary>
    public static bool IsCommon(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        var lower = password.ToLowerInvariant();
        if (lower.Length == 0 || lower.All(c => c == lower[0]))
        {
            return true;
        }

        var core = lower.Trim(Decoration(lower));
        return Candidates(lower).Concat(Candidates(core)).Any(c => c.Length > 0 && (Common.Contains(c) || IsRepetitionOfCommon(c)));
    }

    private static IEnumerable<string> Candidates(string text)
    {
        yield return text;
        yield return Unleet(text, 'i');
        yield return Unleet(text, 'l');
    }

    private static string Unleet(string text, char one) => string.Create(text.Length, (text, one), static (span, state) =>
    {
        for (var i = 0; i < state.text.Length; i++)
        {
            span[i] = state.text[i] switch
            {
                '0' => 'o',
                '@' or '4' => 'a',
                '3' => 'e',
                '$' or '5' => 's',
                '7' => 't',
                '1' or '!' => state.one,
                var c => c,
            };
        }
    });

    /// <summary>The characters trimmed around the core: everything that is not a letter.</summary>
    private static char[] Decoration(string text) => [.. text.Where(c => !char.IsLetter(c)).Distinct()];

    private static bool IsRepetitionOfCommon(string text)
    {
        for (var unit = 1; unit <= text.Length / 2; unit++)
        {
            if (text.Length % unit == 0 && Common.Contains(text[..unit]) && text.Replace(text[..unit], "", StringComparison.Ordinal).Length == 0)
            {
                return true;
            }
        }

        return false;
    }
}
