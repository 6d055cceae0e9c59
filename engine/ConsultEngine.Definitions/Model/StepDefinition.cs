using System.Text.Json;

namespace ConsultEngine.Definitions.Model;

/// <summary>
/// A typed, versioned unit of work. Without <see cref="After"/> a step follows the previous step of
/// its phase; <c>after: []</c> starts it with the phase; a list of ids makes it wait for all of them
/// (a join). An outcome with <c>goto</c> routes the flow to another step of the phase (a loop back).
/// </summary>
public sealed record StepDefinition
{
    public string Id { get; init; } = string.Empty;

    /// <summary><c>task</c>, <c>meeting</c>, <c>approval</c>, <c>decision</c>, <c>notify</c>, <c>wait</c> (optionally <c>@major</c>) or a plugin type <c>tool:&lt;id&gt;@&lt;major&gt;</c>.</summary>
    public string Type { get; init; } = string.Empty;

    public LocalizedText? Title { get; init; }

    public LocalizedText? Description { get; init; }

    /// <summary>The role that performs (or owns) the step.</summary>
    public string? Role { get; init; }

    /// <summary>Steps this one waits for; <c>null</c> means "the previous step of the phase".</summary>
    public IReadOnlyList<string>? After { get; init; }

    /// <summary>A JavaScript guard; when it is false the step is skipped.</summary>
    public string? When { get; init; }

    /// <summary>An ISO 8601 duration from activation to the due date (for example <c>P10D</c>).</summary>
    public string? Due { get; init; }

    /// <summary>The id of the form the step collects.</summary>
    public string? Form { get; init; }

    public IReadOnlyList<OutcomeDefinition> Outcomes { get; init; } = [];

    /// <summary>JavaScript checks run on the submitted output; each must return <c>true</c> or a message.</summary>
    public IReadOnlyList<string> Validate { get; init; } = [];

    /// <summary>Configuration of the step type (a tool's settings, a notification's audience...).</summary>
    public JsonElement? Config { get; init; }

    /// <summary>When true the step is not part of the phase's sequence and runs only when an outcome routes to it.</summary>
    public bool RouteOnly { get; init; }
}
