namespace ConsultEngine.Runtime.State;

/// <summary>A step waiting on people or a tool: completing it resumes the instance.</summary>
public sealed record Bookmark(Guid InstanceId, string StepId, int Iteration, string StepType, string? Role, DateTimeOffset CreatedAt, DateTimeOffset? DueAt);

public enum TimerKind
{
    /// <summary>The due date of a waiting step: when it passes, an escalation is raised.</summary>
    Due,

    /// <summary>The end of a <c>wait</c> step.</summary>
    Wait,
}

/// <summary>A moment at which the engine must act on an instance.</summary>
public sealed record TimerRecord(Guid Id, Guid InstanceId, string StepId, int Iteration, TimerKind Kind, DateTimeOffset DueAt);

/// <summary>Something that leaves the process (a notification, an escalation), dispatched only after its advance committed.</summary>
public sealed record OutboxMessage(Guid Id, Guid InstanceId, string? StepId, string Kind, string PayloadJson, DateTimeOffset CreatedAt)
{
    public DateTimeOffset? DispatchedAt { get; init; }

    public int Attempts { get; init; }

    /// <summary>When a failed message is tried again (null: at once).</summary>
    public DateTimeOffset? NextAttemptAt { get; init; }

    /// <summary>The last failure, scrubbed to its code and exception type: never the payload or what it holds.</summary>
    public string? LastError { get; init; }

    /// <summary>When the message was given up on (dead-lettered); it stays until an administrator retries it.</summary>
    public DateTimeOffset? DeadAt { get; init; }
}

/// <summary>A fault that needs a person: a rule that failed, a step that could not run.</summary>
public sealed record Incident(Guid Id, Guid InstanceId, string StepId, string Code, string Message, DateTimeOffset At)
{
    public DateTimeOffset? ResolvedAt { get; init; }
}
