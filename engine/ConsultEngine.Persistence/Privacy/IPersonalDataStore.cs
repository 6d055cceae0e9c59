namespace ConsultEngine.Persistence.Privacy;

/// <summary>A consultation's own retention period, when staff set one (else the configured default applies).</summary>
public sealed record RetentionSetting(Guid InstanceId, int Months, string SetBy, DateTimeOffset SetAt);

/// <summary>The aggregated results kept for a consultation whose personal data is (being) erased.</summary>
public sealed record KeptAggregate(Guid InstanceId, string AggregateJson, DateTimeOffset KeptAt, DateTimeOffset? ErasedAt)
{
    /// <summary>What the erasure changed, once it has run.</summary>
    public ErasureCounts? Counts { get; init; }

    /// <summary>When the erasure was journaled; null while it was not (a crash between the two).</summary>
    public DateTimeOffset? JournaledAt { get; init; }
}

/// <summary>What one erasure changed: counts only, never content.</summary>
public sealed record ErasureCounts(int Inputs, int Contacts, int DeletionCodes, int ToolRecords = 0);

/// <summary>A one-time deletion code as stored: keyed hashes only.</summary>
public sealed record DeletionCode(string CodeHash, Guid InstanceId, string StepId, IReadOnlyList<Guid> InputIds, string? IdentifierHash, DateTimeOffset CreatedAt);

/// <summary>What using a deletion code did: the inputs whose content was erased (and which were marked withdrawn).</summary>
public sealed record DeletionDone(Guid InstanceId, string StepId, int Inputs);

/// <summary>
/// Personal data kept as the law asks: retention periods, aggregates kept before erasure, the erasure
/// of a consultation's personal data, and people's one-time deletion codes. Every change is one
/// transaction: an erasure that died midway left nothing half done, and running it again finishes it.
/// </summary>
public interface IPersonalDataStore
{
    Task<RetentionSetting?> FindRetentionAsync(Guid instanceId, CancellationToken cancellationToken = default);

    Task SetRetentionAsync(RetentionSetting setting, CancellationToken cancellationToken = default);

    Task<KeptAggregate?> FindKeptAsync(Guid instanceId, CancellationToken cancellationToken = default);

    /// <summary>Keeps the aggregate unless one is kept already (the first one computed before any erasure wins); answers what is kept.</summary>
    Task<KeptAggregate> KeepAsync(Guid instanceId, string aggregateJson, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>
    /// Erases the consultation's personal data in one transaction (respondent attributes, collectors, free
    /// text, identifier hashes of its inputs; its contacts; the identifier hashes of its deletion codes) and
    /// marks the kept aggregate erased at <paramref name="at"/>. Erased content is overwritten in the file.
    /// </summary>
    Task<ErasureCounts> EraseAsync(Guid instanceId, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Notes that the erasure is journaled on the consultation.</summary>
    Task MarkJournaledAsync(Guid instanceId, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>The consultations whose aggregate is kept, with their state (for the erasure job's pass).</summary>
    Task<IReadOnlyList<KeptAggregate>> ListKeptAsync(CancellationToken cancellationToken = default);

    Task AddDeletionCodeAsync(DeletionCode code, CancellationToken cancellationToken = default);

    /// <summary>
    /// Uses the code: when a code with that hash exists for the consultation, is unused, and its identifier
    /// hash matches (or was erased with the consultation's personal data), erases the content of its inputs,
    /// marks them withdrawn and the code used, in one transaction. Null otherwise, whatever the reason.
    /// </summary>
    Task<DeletionDone?> UseDeletionCodeAsync(Guid instanceId, string codeHash, string identifierHash, DateTimeOffset at, CancellationToken cancellationToken = default);
}
