using System.Collections.Concurrent;
using ConsultEngine.Definitions;
using ConsultEngine.Definitions.Model;
using ConsultEngine.Definitions.Overlays;
using ConsultEngine.Definitions.StepTypes;
using ConsultEngine.Persistence.Providers;
using ConsultEngine.Runtime;
using ConsultEngine.Runtime.Scripting;
using ConsultEngine.Runtime.State;
using ConsultEngine.Runtime.Storage;

namespace ConsultEngine.CrashWorker;

internal static class Worker
{
    public static async Task<int> RunAsync(int instances, int workers)
    {
        // The instance store a host opens for the configured database (migrated on open).
        await using var store = await DatabaseStores.OpenInstanceStoreAsync(WorkerDatabase.FromEnvironment(typeof(IInstanceStore)));
        var catalog = new DefinitionCatalog();
        catalog.Add(DefinitionJson.DeserializeDefinition(WorkerDefinition.Json));
        var engine = new ProcessEngine(store, catalog, StandardToolTypes.CreateRegistry(), new NoRules(), TimeProvider.System);

        var existing = await store.ListInstancesAsync();
        var running = new ConcurrentDictionary<Guid, byte>(existing.Where(i => i.Status == InstanceStatus.Running).Select(i => KeyValuePair.Create(i.Id, (byte)0)));
        var toStart = Math.Max(0, instances - existing.Count);
        var conflicts = 0;

        async Task LoopAsync(int worker)
        {
            var actor = $"worker-{worker}";
            while (true)
            {
                var ids = running.Keys.ToArray();
                if ((ids.Length == 0 || Random.Shared.Next(4) == 0) && Interlocked.Decrement(ref toStart) >= 0)
                {
                    var started = await engine.StartAsync(WorkerDefinition.Id, 1, title: "Tham vấn thử nghiệm");
                    Acknowledge(started);
                    running.TryAdd(started.Id, 0);
                    continue;
                }

                if (ids.Length == 0)
                {
                    return;
                }

                // Workers pick at random, so they often race on the same instance.
                var id = ids[Random.Shared.Next(ids.Length)];
                var bookmarks = await store.ListBookmarksAsync(id);
                if (bookmarks.Count == 0)
                {
                    if ((await store.FindInstanceAsync(id))?.Status != InstanceStatus.Running)
                    {
                        running.TryRemove(id, out _);
                    }

                    continue;
                }

                var bookmark = bookmarks[Random.Shared.Next(bookmarks.Count)];
                try
                {
                    var advanced = await engine.CompleteStepAsync(id, bookmark.StepId, new StepCompletion(actor, WorkerDefinition.OutcomeFor(bookmark)));
                    Acknowledge(advanced);
                }
                catch (ConcurrencyConflictException)
                {
                    Interlocked.Increment(ref conflicts);
                }
                catch (InstanceCommandException e) when (e.Code is RuntimeCodes.StepNotWaiting or RuntimeCodes.InstanceNotRunning)
                {
                    // Another worker completed it between the bookmark read and the command.
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(1, workers).Select(w => Task.Run(() => LoopAsync(w))));
        return conflicts;
    }

    private static void Acknowledge(InstanceRecord instance) =>
        Console.Out.WriteLine($"ack {instance.Id:N} {instance.Revision}");

    private sealed class NoRules : IRuleRunner
    {
        public bool EvaluateGuard(ProcessDefinition definition, string stepId, RuleScope scope) => throw new InvalidOperationException("no rules");

        public IReadOnlyList<string> RunChecks(ProcessDefinition definition, string stepId, RuleScope scope) => throw new InvalidOperationException("no rules");
    }
}
