namespace ConsultEngine.Runtime.State;

/// <summary>
/// The row of a running consultation. It is pinned to one definition version and carries the
/// counters that keep each advance O(1) in the size of the definition and of the history: the
/// open steps of the current phase, the tip of the journal's hash chain and the revision that
/// optimistic concurrency checks.
/// </summary>
public sealed record InstanceRecord
{
    public Guid Id { get; init; }

    public string DefinitionId { get; init; } = string.Empty;

    public int DefinitionVersion { get; init; }

    public string? Title { get; init; }

    public InstanceStatus Status { get; init; }

    /// <summary>The instance's variables as a JSON object.</summary>
    public string VariablesJson { get; init; } = "{}";

    /// <summary>The index of the phase that is running; equal to the number of phases once completed.</summary>
    public int PhaseIndex { get; init; }

    /// <summary>Steps of the current phase's sequence that have not yet completed or been skipped.</summary>
    public int PhaseOpenSteps { get; init; }

    /// <summary>Route-only steps of the current phase that are running.</summary>
    public int PhaseOpenRoutes { get; init; }

    /// <summary>Incremented by every committed advance; a commit names the revision it read.</summary>
    public long Revision { get; init; }

    public long JournalLength { get; init; }

    public string JournalHead { get; init; } = Journal.JournalHasher.Genesis;

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }
}
