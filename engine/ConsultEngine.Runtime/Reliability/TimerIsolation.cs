using ConsultEngine.Runtime.Interpreter;
using ConsultEngine.Runtime.Journal;
using ConsultEngine.Runtime.Outbox;
using ConsultEngine.Runtime.State;
using ConsultEngine.Runtime.Storage;

namespace ConsultEngine.Runtime.Reliability;

/// <summary>
/// What happens to a due timer whose firing failed (its definition is missing, its step is gone, the
/// firing threw): the timer is dropped and an incident (CE8060) is raised on its step, in one commit,
/// so that it neither fires again every round nor fills the rounds that the healthy timers need.
/// The incident keeps the failure's code and type only, and a person decides what to do.
/// </summary>
internal static class TimerIsolation
{
    public static async Task RecordAsync(IInstanceStore store, JournalKey? journalKey, TimerRecord timer, Exception error, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            if (await store.FindInstanceAsync(timer.InstanceId, cancellationToken).ConfigureAwait(false) is not { } instance)
            {
                return;
            }

            // Read after the instance, as a firing does: another node may have fired or isolated it meanwhile.
            if (!await ProcessEngine.StillPendingAsync(store, timer, cancellationToken).ConfigureAwait(false))
            {
                return;
            }

            var tx = new InstanceTransaction(journalKey, instance, instance.Revision, store, now);
            tx.RemoveTimer(timer.Id);
            var code = ReliabilityCodes.TimerFailed;
            var incident = new Incident(Guid.NewGuid(), instance.Id, timer.StepId, code,
                $"The {timer.Kind.ToString().ToLowerInvariant()} timer of step '{timer.StepId}' (due {timer.DueAt:O}) could not fire: {OutboxDispatcher.Scrub(error)}.", now);
            tx.Raise(incident);
            tx.Record(JournalEvents.IncidentRaised, timer.StepId, timer.Iteration, FlowInterpreter.EngineActor, new { code, incident = incident.Id });
            await store.CommitAsync(tx.ToChangeSet(), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception failure) when (failure is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The store itself failed (or another writer came first): the timer stays due and is
            // looked at again next round; the other timers of this round still fire.
        }
    }
}
