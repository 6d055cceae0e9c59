using System.Text.RegularExpressions;

namespace ConsultEngine.Web.Testing;

/// <summary>Reads the first-run administrator's one-time password out of what the host printed.</summary>
public static partial class FirstRunOutput
{
    public static IReadOnlyList<string> Passwords(string output) =>
        [.. PasswordLine().Matches(output).Select(m => m.Groups["password"].Value)];

    // The banner is bilingual: "Mật khẩu / Password:   <password>".
    [GeneratedRegex(@"^\s*Mật khẩu / Password:\s+(?<password>\S+)\s*$", RegexOptions.Multiline)]
    private static partial Regex PasswordLine();
}
