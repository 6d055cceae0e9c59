using ConsultEngine.Persistence.Providers;
using ConsultEngine.Runtime.Journal;
using ConsultEngine.Runtime.State;

namespace ConsultEngine.Persistence.Tests.Crash;

/// <summary>
/// Checks what a database holds after a crash: every acknowledged commit is there, and every
/// instance is whole (its journal chain, its step states, its bookmarks and its outbox agree).
/// </summary>
internal static class DurableState
{
    private static readonly Dictionary<string, StepStatus> StatusAfter = new(StringComparer.Ordinal)
    {
        [JournalEvents.StepWaiting] = StepStatus.Waiting,
        [JournalEvents.StepCompleted] = StepStatus.Completed,
        [JournalEvents.StepReset] = StepStatus.Pending,
        [JournalEvents.StepSkipped] = StepStatus.Skipped,
        [JournalEvents.StepCancelled] = StepStatus.Cancelled,
        [JournalEvents.StepFailed] = StepStatus.Failed,
    };

    /// <summary>Returns how many instances the database holds and how many of them completed.</summary>
    public static async Task<(int Instances, int Completed)> CheckAsync(DatabaseSelection database, IReadOnlyDictionary<Guid, long> acknowledged)
    {
        // Opened (and migrated: nothing to do) as a host opens it after the crash.
        await using var store = await DatabaseStores.OpenInstanceStoreAsync(database);
        var instances = (await store.ListInstancesAsync()).ToDictionary(i => i.Id);

        foreach (var (id, revision) in acknowledged)
        {
            Assert.True(instances.TryGetValue(id, out var instance), $"acknowledged instance {id} is missing");
            Assert.True(instance.Revision >= revision, $"instance {id} is at revision {instance.Revision}, before its acknowledged revision {revision}");
        }

        var outbox = await store.FindUndispatchedAsync(int.MaxValue);
        Assert.Equal(outbox.Count, outbox.Select(m => m.Id).Distinct().Count());
        var outboxByInstance = outbox.ToLookup(m => m.InstanceId);

        foreach (var instance in instances.Values)
        {
            var journal = await store.ReadJournalAsync(instance.Id);
            Assert.Null(JournalHasher.Verify(journal));
            Assert.Equal(instance.JournalLength, journal.Count);
            Assert.Equal(instance.JournalHead, journal[^1].Hash);

            var steps = (await store.LoadAllStepsAsync(instance.Id)).ToDictionary(s => s.StepId, StringComparer.Ordinal);
            var journaled = journal.Where(e => e.StepId is not null && StatusAfter.ContainsKey(e.Event)).GroupBy(e => e.StepId!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
            Assert.Equal(journaled.Keys.Order(StringComparer.Ordinal), steps.Keys.Order(StringComparer.Ordinal));
            foreach (var (stepId, last) in journaled)
            {
                Assert.True(StatusAfter[last.Event] == steps[stepId].Status, $"{instance.Id}/{stepId}: the journal says {last.Event}, the state is {steps[stepId].Status}");
                Assert.Equal(last.Iteration, steps[stepId].Iteration);
            }

            var waiting = steps.Values.Where(s => s.Status == StepStatus.Waiting).Select(s => (s.StepId, s.Iteration)).Order();
            Assert.Equal(waiting, (await store.ListBookmarksAsync(instance.Id)).Select(b => (b.StepId, b.Iteration)).Order());

            // Each notification the journal queued is in the outbox exactly once, and nothing else is.
            var queued = journal.Where(e => e.Event == JournalEvents.NotificationQueued).Select(e => e.StepId).Order();
            Assert.Equal(queued, outboxByInstance[instance.Id].Select(m => m.StepId).Order());

            if (instance.Status == InstanceStatus.Completed)
            {
                Assert.Equal(JournalEvents.InstanceCompleted, journal[^1].Event);
                Assert.Empty(waiting);
            }
        }

        Assert.All(outbox, m => Assert.True(instances.ContainsKey(m.InstanceId)));
        return (instances.Count, instances.Values.Count(i => i.Status == InstanceStatus.Completed));
    }
}
