using System.Text.Json;
using ConsultEngine.Definitions.Model;

namespace ConsultEngine.Web.StaffConsole.Prefill;

/// <summary>How a definition asks for a step's form to start filled: <c>"config": { "prefill": "&lt;source&gt;" }</c> on a human step.</summary>
public static class PrefillConfig
{
    /// <summary>The config property naming the source.</summary>
    public const string Property = "prefill";

    /// <summary>The source that proposes figures and findings from the consultation-wide analysis.</summary>
    public const string ConsultationAnalysis = "consultation-analysis";

    /// <summary>The source the step names, or <see langword="null"/> when it declares none.</summary>
    public static string? SourceOf(StepDefinition step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return step.Config is { ValueKind: JsonValueKind.Object } config
            && config.TryGetProperty(Property, out var value)
            && value.ValueKind == JsonValueKind.String
            && value.GetString() is { Length: > 0 } name
                ? name
                : null;
    }
}
