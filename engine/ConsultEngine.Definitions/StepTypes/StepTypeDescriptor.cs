using System.Text.Json;
using ConsultEngine.Definitions.Model;

namespace ConsultEngine.Definitions.StepTypes;

/// <summary>How a step of a type is carried out.</summary>
public enum StepKind
{
    /// <summary>People do it and complete it with an output (task, meeting, approval, decision).</summary>
    Human,

    /// <summary>The engine does it by itself (notify, wait).</summary>
    Automatic,

    /// <summary>A consultation tool supplied by a plugin (survey, public hearing...).</summary>
    Tool,
}

/// <summary>
/// What the validator and the designer know about a step type: its name and major version, how it
/// runs, and the JSON Schema of its <c>config</c>. Built-in types are registered by
/// <see cref="BuiltInStepTypes"/>; plugin types by the host that loads the plugins.
/// </summary>
public sealed record StepTypeDescriptor(string Name, int Major, StepKind Kind)
{
    public LocalizedText? Title { get; init; }

    /// <summary>The JSON Schema of the step's config; <c>null</c> means any object.</summary>
    public JsonElement? ConfigSchema { get; init; }

    /// <summary>Whether the step needs a <c>role</c> (people perform it).</summary>
    public bool RequiresRole { get; init; }

    /// <summary>Whether the step completes with one of declared outcomes.</summary>
    public bool SupportsOutcomes { get; init; }

    /// <summary>Whether a step of this type without outcomes deserves a warning (approvals, decisions).</summary>
    public bool ExpectsOutcomes { get; init; }

    /// <summary>Config properties that hold ISO 8601 durations and are checked as such.</summary>
    public IReadOnlyList<string> DurationConfigProperties { get; init; } = [];

    /// <summary>The canonical reference, as written in a definition: <c>task@1</c>, <c>tool:survey@1</c>.</summary>
    public string Reference => $"{Name}@{Major}";
}
