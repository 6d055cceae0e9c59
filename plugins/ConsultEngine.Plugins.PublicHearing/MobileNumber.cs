namespace ConsultEngine.Plugins.PublicHearing;

/// <summary>
/// A Vietnamese mobile number as it is hashed: 10 digits, <c>0</c> then 3, 5, 7, 8 or 9, with
/// <c>+84</c> (or <c>84</c>) written as <c>0</c> and spaces, dots, hyphens and brackets removed. The
/// number only passes through: the hearing keeps its keyed hash, never the number.
/// </summary>
internal static class MobileNumber
{
    /// <summary>The purpose the hearing hashes phone numbers for.</summary>
    public const string HashPurpose = "public-hearing:phone";

    public static string? Normalise(string text)
    {
        var value = new string(text.Trim().Where(c => c is not (' ' or '.' or '-' or '(' or ')')).ToArray());
        if (value.StartsWith("+84", StringComparison.Ordinal))
        {
            value = "0" + value[3..];
        }
        else if (value.StartsWith("84", StringComparison.Ordinal) && value.Length == 11)
        {
            value = "0" + value[2..];
        }

        return value.Length == 10 && value[0] == '0' && value[1] is '3' or '5' or '7' or '8' or '9' && value.All(char.IsAsciiDigit) ? value : null;
    }
}
