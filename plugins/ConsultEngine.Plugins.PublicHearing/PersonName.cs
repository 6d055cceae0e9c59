using System.Globalization;

namespace ConsultEngine.Plugins.PublicHearing;

/// <summary>
/// The name a hearing keeps of a person: the initials of the family and middle names and the given
/// name in full (Vietnamese order: "Nguyễn Thị Mai" is kept as "N. T. Mai"). Enough for staff to
/// find someone at check-in with their registration number; not a full name to keep.
/// </summary>
internal static class PersonName
{
    public const int MaxLength = 120;

    public static string? Display(string? fullName)
    {
        if (string.IsNullOrWhiteSpace(fullName) || fullName.Length > MaxLength)
        {
            return null;
        }

        var words = fullName.Normalize(System.Text.NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var initials = words[..^1].Select(w => StringInfo.GetNextTextElement(w).ToUpper(CultureInfo.InvariantCulture) + ".");
        return string.Join(' ', initials.Append(words[^1]));
    }
}
