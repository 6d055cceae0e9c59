using ConsultEngine.Persistence.Privacy;
using ConsultEngine.Runtime.Journal;

namespace ConsultEngine.Hosting.Privacy;

internal sealed partial class PersonalData
{
    /// <summary>The actor a person's own deletion is journaled as (no identifier: the journal keeps no personal data).</summary>
    public const string PublicActor = "public";

    public async Task<string> IssueDeletionCodeAsync(Guid instanceId, string stepId, IReadOnlyList<Guid> inputIds, string? identifier, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(stepId);
        ArgumentNullException.ThrowIfNull(inputIds);
        if (inputIds.Count == 0)
        {
            throw new ArgumentException("A deletion code is issued for stored inputs.", nameof(inputIds));
        }

        var who = string.IsNullOrWhiteSpace(identifier) ? inputIds[0].ToString() : identifier;
        var code = NewCode();
        await store.AddDeletionCodeAsync(new DeletionCode(
            hasher.Hash(CodePurpose, code), instanceId, stepId, inputIds, hasher.Hash(IdentifierPurpose, who), clock.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        return code;
    }

    public async Task<DeletionAnswer> DeleteAsync(Guid instanceId, string? identifier, string? code, CancellationToken cancellationToken = default)
    {
        if (instanceId == Guid.Empty || string.IsNullOrWhiteSpace(identifier) || string.IsNullOrWhiteSpace(code))
        {
            throw new PrivacyException(ErasureCodes.DeletionRequestInvalid, "A deletion names the consultation, the identifier and the code.", instanceId);
        }

        var done = await store.UseDeletionCodeAsync(instanceId, hasher.Hash(CodePurpose, code), hasher.Hash(IdentifierPurpose, identifier), clock.GetUtcNow(), cancellationToken).ConfigureAwait(false)
            ?? throw new PrivacyException(ErasureCodes.DeletionRefused, "The code does not match, or was used already.", instanceId);
        await engine.RecordNoteAsync(instanceId, PrivacyJournalEvents.InputsDeletedOnRequest, PublicActor, new { step = done.StepId, inputs = done.Inputs }, cancellationToken).ConfigureAwait(false);
        var kept = await store.FindKeptAsync(instanceId, cancellationToken).ConfigureAwait(false);
        return new DeletionAnswer(instanceId, done.Inputs, kept is not null, kept?.ErasedAt);
    }
}
