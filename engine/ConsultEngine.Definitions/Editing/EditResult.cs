using ConsultEngine.Definitions.Model;

namespace ConsultEngine.Definitions.Editing;

/// <summary>What one edit did: the definition after it, or the error that refused it (and left the definition as it was).</summary>
public sealed record EditResult
{
    public required ProcessDefinition Definition { get; init; }

    public EditError? Error { get; init; }

    public bool Succeeded => Error is null;

    /// <summary>Whether the definition changed; a successful edit can be a no-op (a step moved to where it already is).</summary>
    public bool Changed { get; init; }

    /// <summary>The step the edit created or renamed to, when it did.</summary>
    public string? StepId { get; init; }

    /// <summary>References to a removed step that the edit took out with it.</summary>
    public IReadOnlyList<RemovedReference> Removed { get; init; } = [];

    /// <summary>JSON Pointers of scripts the edit could not update (they do not parse) although they mention a renamed step.</summary>
    public IReadOnlyList<string> ScriptsNotUpdated { get; init; } = [];
}

/// <summary>What kind of reference a removed step left behind.</summary>
public enum ReferenceKind
{
    /// <summary>An entry of another step's <c>after</c>.</summary>
    Dependency,

    /// <summary>An outcome's <c>goto</c>; the outcome itself stays.</summary>
    Route,

    /// <summary>A report section's source.</summary>
    ReportSource,
}

/// <summary>One reference to a removed step: where it was (<paramref name="Owner"/> is a step id or a report section id).</summary>
public sealed record RemovedReference(ReferenceKind Kind, string Owner, string? Outcome = null);
