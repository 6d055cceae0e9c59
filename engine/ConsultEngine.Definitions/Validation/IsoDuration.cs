using System.Globalization;
using System.Text.RegularExpressions;

namespace ConsultEngine.Definitions.Validation;

/// <summary>ISO 8601 durations as definitions use them for due dates and waits: <c>P10D</c>, <c>P2W</c>, <c>PT48H</c>, <c>P1M</c>.</summary>
public readonly partial record struct IsoDuration(int Years, int Months, int Weeks, int Days, int Hours, int Minutes, int Seconds)
{
    public bool IsZero => this == default;

    public static bool TryParse(string? text, out IsoDuration duration)
    {
        duration = default;
        var match = text is null ? Match.Empty : Pattern().Match(text);
        if (!match.Success || match.Groups.Values.Skip(1).All(g => !g.Success) || text!.EndsWith('T'))
        {
            return false;
        }

        try
        {
            duration = new IsoDuration(Part(match, "y"), Part(match, "mo"), Part(match, "w"), Part(match, "d"), Part(match, "h"), Part(match, "mi"), Part(match, "s"));
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    /// <summary>Adds the duration to a moment, calendar-aware for years and months.</summary>
    public DateTimeOffset AddTo(DateTimeOffset start) =>
        start.AddYears(Years).AddMonths(Months).AddDays((Weeks * 7) + Days).AddHours(Hours).AddMinutes(Minutes).AddSeconds(Seconds);

    private static int Part(Match match, string group) =>
        match.Groups[group].Success ? int.Parse(match.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture) : 0;

    [GeneratedRegex(@"^P(?:(?<y>\d{1,4})Y)?(?:(?<mo>\d{1,4})M)?(?:(?<w>\d{1,4})W)?(?:(?<d>\d{1,5})D)?(?:T(?:(?<h>\d{1,6})H)?(?:(?<mi>\d{1,7})M)?(?:(?<s>\d{1,9})S)?)?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Pattern();
}
