using ConsultEngine.Runtime.Interpreter;
using ConsultEngine.Runtime.Journal;
using ConsultEngine.Runtime.Privacy;
using ConsultEngine.Runtime.State;

namespace ConsultEngine.Runtime;

public sealed partial class ProcessEngine
{
    private const int PersonalDataExportAttempts = 3;

    /// <summary>
    /// Journals that personal data of a consultation was exported (who, when — the entry's time —, what,
    /// how many rows), in the instance's keyed chain, on a consultation in any state (erasure and audits
    /// happen after it closes). Refuses an unknown instance (CE8002). The entry changes no step, so a
    /// concurrent advance is waited out: the command reloads and appends again (a few times).
    /// </summary>
    public async Task<InstanceRecord> RecordPersonalDataExportAsync(Guid instanceId, PersonalDataExport export, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(export);
        ArgumentException.ThrowIfNullOrWhiteSpace(export.StepId);
        ArgumentException.ThrowIfNullOrWhiteSpace(export.Actor);
        for (var attempt = 1; ; attempt++)
        {
            var instance = await FindAsync(instanceId, cancellationToken).ConfigureAwait(false);
            var tx = new InstanceTransaction(_journalKey, instance, instance.Revision, store, clock.GetUtcNow());
            tx.Record(JournalEvents.PersonalDataExported, export.StepId, actor: export.Actor, data: new { what = export.What, rows = export.Rows });
            try
            {
                return await CommitAsync(tx, cancellationToken).ConfigureAwait(false);
            }
            catch (ConcurrencyConflictException) when (attempt < PersonalDataExportAttempts)
            {
                // Another advance committed first: the entry goes after it.
            }
        }
    }
}
