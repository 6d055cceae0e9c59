using ConsultEngine.Definitions.Diagnostics;
using ConsultEngine.Definitions.Model;

namespace ConsultEngine.Definitions.Editing.Rules;

/// <summary>
/// The markers the rule editor shows for one script: its own precise markers (<see cref="RuleChecker"/>)
/// and every other validator diagnostic reported at the script's pointer, placed on the script's
/// first line across its whole width (the validator knows the script, not the place in it).
/// </summary>
public static class RuleMarkers
{
    private static readonly HashSet<string> CheckedPrecisely =
    [
        DiagnosticCodes.ScriptSyntaxError.Code, DiagnosticCodes.EmptyScript.Code, DiagnosticCodes.UnknownRule.Code, DiagnosticCodes.UnknownStepInScript.Code,
    ];

    public static IReadOnlyList<RuleMarker> For(string source, string path, ProcessDefinition definition, IEnumerable<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var markers = new List<RuleMarker>(RuleChecker.Check(source, definition));
        var firstLine = (source ?? string.Empty).Split('\n')[0].TrimEnd('\r');
        markers.AddRange(diagnostics
            .Where(d => d.Path == path && !CheckedPrecisely.Contains(d.Code))
            .Select(d => new RuleMarker(d.Code, d.Severity, d.Message, 1, 1, 1, firstLine.Length + 1)));
        return markers;
    }
}
