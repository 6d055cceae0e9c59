using System.Globalization;
using System.Text.RegularExpressions;

namespace ConsultEngine.Definitions.StepTypes;

/// <summary>Parses step type references: <c>task</c>, <c>task@1</c>, <c>tool:survey@1</c>.</summary>
public static partial class StepTypeName
{
    public const string ToolPrefix = "tool:";

    /// <summary>Splits a reference into name and major version. Built-in types default to major 1; tool types must name it.</summary>
    public static bool TryParse(string? reference, out string name, out int major)
    {
        name = string.Empty;
        major = 0;
        var match = reference is null ? Match.Empty : Pattern().Match(reference);
        if (!match.Success)
        {
            return false;
        }

        name = match.Groups["name"].Value;
        var isTool = name.StartsWith(ToolPrefix, StringComparison.Ordinal);
        if (!match.Groups["major"].Success)
        {
            if (isTool)
            {
                return false;
            }

            major = 1;
            return true;
        }

        return int.TryParse(match.Groups["major"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out major);
    }

    [GeneratedRegex(@"^(?<name>(tool:)?[a-z][a-z0-9]*(-[a-z0-9]+)*)(@(?<major>[1-9][0-9]{0,5}))?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Pattern();
}
