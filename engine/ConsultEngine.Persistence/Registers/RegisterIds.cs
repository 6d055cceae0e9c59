using System.Globalization;
using System.Text.RegularExpressions;

namespace ConsultEngine.Persistence.Registers;

/// <summary>The shape of register ids (<c>KN-01</c>, <c>QD-03</c>) and the next number of a prefix.</summary>
internal static partial class RegisterIds
{
    public const string RecommendationPrefix = "KN-";
    public const string DecisionPrefix = "QD-";

    public static string Check(string id, Guid instanceId) =>
        Shape().IsMatch(id) ? id : throw new RegisterException(RegisterCodes.RequestInvalid, $"'{id}' is not a register id: letters, digits, '.', '_' or '-', at most 32.", instanceId, id);

    /// <summary>The prefix and the number after the highest one taken, two digits at least.</summary>
    public static string Next(string prefix, IEnumerable<string> taken)
    {
        var highest = 0;
        foreach (var id in taken)
        {
            if (id.StartsWith(prefix, StringComparison.Ordinal) && int.TryParse(id.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                highest = Math.Max(highest, number);
            }
        }

        return prefix + (highest + 1).ToString("00", CultureInfo.InvariantCulture);
    }

    public static string Text(string? text, string what, Guid instanceId) =>
        string.IsNullOrWhiteSpace(text) ? throw new RegisterException(RegisterCodes.RequestInvalid, $"The {what} is empty.", instanceId) : text.Trim();

    [GeneratedRegex(@"^[\p{L}\p{N}][\p{L}\p{N}._-]{0,31}$")]
    private static partial Regex Shape();
}
