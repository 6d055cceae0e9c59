using ConsultEngine.Runtime.State;

namespace ConsultEngine.Runtime.Queries;

/// <summary>Which consultations to list; an empty filter lists them all.</summary>
public sealed record ConsultationFilter
{
    public static ConsultationFilter All { get; } = new();

    /// <summary>Only consultations in this state (the inbox reads the running ones).</summary>
    public InstanceStatus? Status { get; init; }

    /// <summary>Only consultations on this definition (any version).</summary>
    public string? DefinitionId { get; init; }
}

/// <summary>Which journal entries to read; an empty filter reads the whole journal, in order.</summary>
public sealed record JournalFilter
{
    public static JournalFilter All { get; } = new();

    /// <summary>Only the entries of this step.</summary>
    public string? StepId { get; init; }

    /// <summary>Only these events (names from <see cref="Journal.JournalEvents"/>).</summary>
    public IReadOnlyCollection<string>? Events { get; init; }

    /// <summary>Only the entries after this sequence number (a reader that already has the first ones).</summary>
    public long AfterSequence { get; init; }
}

/// <summary>Which waiting steps to list; an empty filter lists every waiting step of every consultation.</summary>
public sealed record WaitingFilter
{
    public static WaitingFilter All { get; } = new();

    /// <summary>Only the steps of this consultation.</summary>
    public Guid? InstanceId { get; init; }

    /// <summary>Only this step.</summary>
    public string? StepId { get; init; }

    /// <summary>Only the steps of consultations in this state (a suspended consultation's steps cannot be worked).</summary>
    public InstanceStatus? InstanceStatus { get; init; }

    /// <summary>Only the steps of these roles.</summary>
    public IReadOnlyCollection<string>? Roles { get; init; }
}
