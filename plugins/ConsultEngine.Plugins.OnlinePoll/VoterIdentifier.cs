namespace ConsultEngine.Plugins.OnlinePoll;

/// <summary>
/// Checks the identifier a voter is verified by and gives the form it is hashed in. The identifier
/// itself only passes through: it is hashed into the vote's unique key and never stored, logged or
/// echoed back (not even in a problem's message).
/// </summary>
internal static class VoterIdentifier
{
    public const string Phone = "phone";

    public const string CitizenId = "citizen-id";

    /// <summary>An unverified poll: no identifier is asked, nothing stops a second vote, the results are indicative only.</summary>
    public const string None = "none";

    /// <summary>What the step's config verifies voters by: <see cref="Phone"/> (the default), <see cref="CitizenId"/> or <see cref="None"/>.</summary>
    public static string Of(Abstractions.ToolContext context) => context.ConfigString("verification") ?? Phone;

    /// <summary>The config's <c>confirmBy</c>: <see cref="Abstractions.PersonCheck.SmsCode"/> proves the number by a one-time code; absent or <c>none</c> proves nothing.</summary>
    public const string ConfirmByName = "confirmBy";

    /// <summary>
    /// Whether a web vote counts only with a confirmed code (<c>"verification": "phone"</c> and <c>"confirmBy": "sms-code"</c>).
    /// Anything else is unverified participation: the results say they are indicative only.
    /// </summary>
    public static bool Confirmed(Abstractions.ToolContext context) =>
        Of(context) == Phone && context.ConfigString(ConfirmByName) == Abstractions.PersonCheck.SmsCode;

    /// <summary>
    /// The normalised identifier, or <see langword="null"/> when it is not one of the kind
    /// <paramref name="verification"/> names: a Vietnamese mobile number (10 digits, <c>0</c> then
    /// 3, 5, 7, 8 or 9; <c>+84</c> or <c>84</c> written as <c>0</c>), or a citizen ID number (12 digits).
    /// </summary>
    public static string? Normalise(string verification, string identifier)
    {
        Span<char> buffer = stackalloc char[32];
        var length = 0;
        foreach (var c in identifier.Trim())
        {
            if (c is ' ' or '.' or '-' or '(' or ')')
            {
                continue;
            }

            if (length == buffer.Length)
            {
                return null;
            }

            buffer[length++] = c;
        }

        var value = new string(buffer[..length]);
        return verification == CitizenId ? CitizenIdNumber(value) : MobileNumber(value);
    }

    private static string? MobileNumber(string value)
    {
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

    private static string? CitizenIdNumber(string value) => value.Length == 12 && value.All(char.IsAsciiDigit) ? value : null;
}
