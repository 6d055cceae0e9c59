using ConsultEngine.Runtime.Interpreter;
using ConsultEngine.Runtime.Journal;
using ConsultEngine.Runtime.State;

namespace ConsultEngine.Runtime;

public sealed partial class ProcessEngine
{
    private const int NoteAttempts = 3;

    /// <summary>
    /// Journals an event about the consultation as a whole that changes no step (one of
    /// <see cref="PrivacyJournalEvents"/>: a retention period set, personal data erased or deleted), in
    /// the instance's hash chain, whatever the instance's status. Refuses an unknown instance (CE8002).
    /// The data must carry counts and settings, never personal data. A concurrent advance is waited out.
    /// </summary>
    public async Task<InstanceRecord> RecordNoteAsync(Guid instanceId, string @event, string actor, object? data = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(@event);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        for (var attempt = 1; ; attempt++)
        {
            var instance = await FindAsync(instanceId, cancellationToken).ConfigureAwait(false);
            var tx = new InstanceTransaction(_journalKey, instance, instance.Revision, store, clock.GetUtcNow());
            tx.Record(@event, actor: actor, data: data);
            try
            {
                return await CommitAsync(tx, cancellationToken).ConfigureAwait(false);
            }
            catch (ConcurrencyConflictException) when (attempt < NoteAttempts)
            {
                // Another advance committed first: the entry goes after it.
            }
        }
    }
}
