namespace ConsultEngine.Hosting.Privacy;

/// <summary>
/// A consultation's retention as staff see it: the period (its own or the default), when it closed, when
/// its personal data is (or was) erased, and whether the aggregated results are kept.
/// </summary>
public sealed record RetentionView(Guid InstanceId, int Months, bool IsDefault, DateTimeOffset? ClosedAt, DateTimeOffset? EraseAfter)
{
    public DateTimeOffset? ErasedAt { get; init; }

    public string? SetBy { get; init; }

    public DateTimeOffset? SetAt { get; init; }
}

/// <summary>What a person's deletion did: how many inputs were erased, and whether the consultation's results were already kept as aggregates (which then stay as they were).</summary>
public sealed record DeletionAnswer(Guid InstanceId, int Inputs, bool KeptAggregate, DateTimeOffset? ErasedAt);

/// <summary>A consultation whose personal data one pass of the erasure job erased, with the counts it journaled.</summary>
public sealed record ErasedConsultation(Guid InstanceId, int Inputs, int Contacts, int DeletionCodes, int ToolRecords);
