using System.Text.Json;
using ConsultEngine.Definitions.Model;
using ConsultEngine.Runtime.State;

namespace ConsultEngine.Hosting.Publication;

/// <summary>Where a consultation stands as the public sees it.</summary>
public enum PublicStatus
{
    /// <summary>At least one tool step takes the public's opinions now.</summary>
    Open,

    /// <summary>Collection is over and the results are not published yet: nothing is shown but the consultation itself.</summary>
    Analysing,

    /// <summary>The Standing Committee approved publication: the results page exists.</summary>
    ResultsPublished,

    /// <summary>The process ended (or was cancelled) without published results.</summary>
    Closed,
}

/// <summary>
/// The publication gate. A definition names the step that approves publication of results by giving
/// it <c>"config": { "publishes": "results" }</c>; results are published once that step completed
/// with an outcome that lets the process go on (an outcome that routes back, such as "revise", does
/// not publish). A definition without such a step never publishes results: nothing leaks by default.
/// </summary>
public static class ResultsPublication
{
    /// <summary>The config property that marks the approval step.</summary>
    public const string ConfigProperty = "publishes";

    /// <summary>Its value.</summary>
    public const string ResultsValue = "results";

    /// <summary>The step that approves publication, or <see langword="null"/> when the definition has none.</summary>
    public static StepDefinition? ApprovalStep(ProcessDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return definition.AllSteps().FirstOrDefault(step =>
            step.Config is { ValueKind: JsonValueKind.Object } config
            && config.TryGetProperty(ConfigProperty, out var value)
            && value.ValueKind == JsonValueKind.String
            && string.Equals(value.GetString(), ResultsValue, StringComparison.Ordinal));
    }

    /// <summary>Whether the approval step has completed and released the steps after it.</summary>
    public static bool IsPublished(ProcessDefinition definition, IEnumerable<StepState> states)
    {
        ArgumentNullException.ThrowIfNull(states);
        return ApprovalStep(definition) is { } approval
            && states.Any(s => string.Equals(s.StepId, approval.Id, StringComparison.Ordinal) && s.Status == StepStatus.Completed && s.Released);
    }

    /// <summary>The public status of an instance, given whether any of its public steps collects now.</summary>
    public static PublicStatus StatusOf(ProcessDefinition definition, InstanceStatus instance, IEnumerable<StepState> states, bool collecting)
    {
        var all = states as IReadOnlyCollection<StepState> ?? [.. states];
        if (IsPublished(definition, all))
        {
            return PublicStatus.ResultsPublished;
        }

        if (instance is InstanceStatus.Completed or InstanceStatus.Cancelled)
        {
            return PublicStatus.Closed;
        }

        return collecting ? PublicStatus.Open : PublicStatus.Analysing;
    }

    /// <summary>The public status of a consultation read through the engine's queries (<see cref="Runtime.Queries.IConsultationQueries"/>).</summary>
    public static PublicStatus StatusOf(ProcessDefinition definition, InstanceStatus instance, IEnumerable<Runtime.Queries.ConsultationStep> steps, bool collecting)
    {
        ArgumentNullException.ThrowIfNull(steps);
        return StatusOf(definition, instance, steps.Select(s => new StepState { StepId = s.StepId, Status = s.Status, Iteration = s.Iteration, Released = s.Released }), collecting);
    }
}
