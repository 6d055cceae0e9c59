namespace ConsultEngine.Hosting.Verification;

/// <summary>A Vietnamese mobile number in its normalised form (<c>0</c>, then 3, 5, 7, 8 or 9, then eight digits), the form an SMS is sent to.</summary>
internal static class MobileNumber
{
    public static string? Normalise(string? given)
    {
        if (string.IsNullOrWhiteSpace(given) || given.Length > 32)
        {
            return null;
        }

        var value = new string([.. given.Trim().Where(c => c is not (' ' or '.' or '-' or '(' or ')'))]);
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
