using System.Globalization;
using ConsultEngine.Definitions.Model;

namespace ConsultEngine.Definitions.Editing;

/// <summary>What a diagnostic's JSON Pointer points into, so the designer can select the step or open the script it concerns.</summary>
public static class DiagnosticTargets
{
    /// <summary>The id of the step a JSON Pointer lies in (<c>/phases/1/steps/3/...</c>), or null.</summary>
    public static string? StepOf(ProcessDefinition definition, string? path)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var segments = path is null ? null : SetStepField.Segments(path);
        if (segments is not { Length: >= 4 } || segments[0] != "phases" || segments[2] != "steps"
            || !int.TryParse(segments[1], NumberStyles.None, CultureInfo.InvariantCulture, out var p)
            || !int.TryParse(segments[3], NumberStyles.None, CultureInfo.InvariantCulture, out var s)
            || p >= definition.Phases.Count || s >= definition.Phases[p].Steps.Count)
        {
            return null;
        }

        return definition.Phases[p].Steps[s]?.Id;
    }

    /// <summary>The JSON Pointer of a step, or null when there is no such step.</summary>
    public static string? PointerOf(ProcessDefinition definition, string stepId)
    {
        ArgumentNullException.ThrowIfNull(definition);
        for (var p = 0; p < definition.Phases.Count; p++)
        {
            var s = definition.Phases[p].Steps.ToList().FindIndex(step => step?.Id == stepId);
            if (s >= 0)
            {
                return $"/phases/{p}/steps/{s}";
            }
        }

        return null;
    }
}
