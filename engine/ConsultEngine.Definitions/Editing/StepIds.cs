using System.Text.RegularExpressions;
using ConsultEngine.Definitions.StepTypes;

namespace ConsultEngine.Definitions.Editing;

/// <summary>The id rules of the definition language (kebab-case) and unique ids for new steps.</summary>
public static partial class StepIds
{
    public static bool IsValid(string? id) => id is not null && KebabCase().IsMatch(id);

    public static bool IsValidRuleName(string? name) => name is not null && Identifier().IsMatch(name);

    /// <summary>A new id derived from the step type (<c>tool:survey@1</c> gives <c>survey-1</c>, <c>survey-2</c>...) that no step in <paramref name="taken"/> has.</summary>
    public static string Unique(string type, IEnumerable<string> taken)
    {
        var used = new HashSet<string>(taken, StringComparer.Ordinal);
        var stem = StepTypeName.TryParse(type, out var name, out _) ? name.Replace(StepTypeName.ToolPrefix, string.Empty, StringComparison.Ordinal) : "step";
        for (var n = 1; ; n++)
        {
            var candidate = $"{stem}-{n}";
            if (!used.Contains(candidate))
            {
                return candidate;
            }
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex KebabCase();

    [GeneratedRegex("^[A-Za-z_$][A-Za-z0-9_$]*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Identifier();
}
