namespace ConsultEngine.Hosting.Privacy;

/// <summary>
/// Personal data kept as Decree 13/2023/ND-CP asks (docs/personal-data.md): each consultation's retention
/// period, the erasure of personal data past it (the aggregated results kept first), and a person's
/// request to delete their inputs with the one-time code their receipt carried.
/// </summary>
public interface IPersonalData
{
    /// <summary>The consultation's retention; CE8241 for an unknown consultation.</summary>
    Task<RetentionView> RetentionAsync(Guid instanceId, CancellationToken cancellationToken = default);

    /// <summary>Sets the consultation's own retention period (months after it closes) and journals the change; CE8240, CE8241.</summary>
    Task<RetentionView> SetRetentionAsync(Guid instanceId, int months, string actor, CancellationToken cancellationToken = default);

    /// <summary>
    /// One pass of the erasure job: every closed consultation whose retention has run out by
    /// <paramref name="now"/> has its aggregated results kept and its personal data erased, journaled
    /// with counts. Idempotent and restartable: a pass that died midway is finished by the next one.
    /// </summary>
    Task<IReadOnlyList<ErasedConsultation>> EraseDueAsync(DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>A fresh one-time deletion code for a receipt (shown once to the person; only its keyed hash is kept).</summary>
    /// <param name="identifier">The identifier the step asked for (phone, citizen id), or null: then the receipt (first input id) identifies the person.</param>
    Task<string> IssueDeletionCodeAsync(Guid instanceId, string stepId, IReadOnlyList<Guid> inputIds, string? identifier, CancellationToken cancellationToken = default);

    /// <summary>
    /// A fresh one-time deletion code whose row is stored with the receipt's inputs, in their transaction
    /// (<see cref="Tools.SubmissionCompanions"/>); as <see cref="IssueDeletionCodeAsync"/> otherwise.
    /// </summary>
    DeletionCodeDraft DraftDeletionCode(Guid instanceId, string stepId, string? identifier);

    /// <summary>Deletes the inputs of the receipt the code was issued for; CE8242 for any mismatch or a used code, CE8243 for a request that names nothing.</summary>
    Task<DeletionAnswer> DeleteAsync(Guid instanceId, string? identifier, string? code, CancellationToken cancellationToken = default);
}
