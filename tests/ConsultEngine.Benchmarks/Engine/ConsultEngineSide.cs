using System.Diagnostics;
using ConsultEngine.Benchmarks.Workloads;
using ConsultEngine.Runtime.State;
using ConsultEngine.Runtime.Storage;

namespace ConsultEngine.Benchmarks.Engine;

/// <summary>
/// ConsultEngine on its in-memory store. One round builds a fresh engine and store, then times:
/// <c>StartAsync</c> for every instance, and <c>CompleteStepAsync(s1)</c> … <c>CompleteStepAsync(s10)</c>
/// for each, driven by as many concurrent workers as cores over disjoint instances (each worker
/// starts its instances, then completes step 1 of all of them, then step 2...). Every call is one
/// committed advance: revision check, step states, hash-chained journal entries, bookmarks.
/// </summary>
internal static class ConsultEngineSide
{
    public static async Task<double> RunAsync(int instances, int workers)
    {
        var store = new InMemoryInstanceStore();
        var run = new SequentialRun(store, EngineSuite.Steps);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(w => Task.Run(async () =>
        {
            var ids = await run.StartAsync(instances / workers + (w < instances % workers ? 1 : 0)).ConfigureAwait(false);
            await run.CompleteAllAsync(ids).ConfigureAwait(false);
        }))).ConfigureAwait(false);
        clock.Stop();

        var all = await store.ListInstancesAsync().ConfigureAwait(false);
        if (all.Count != instances || all.Any(i => i.Status != InstanceStatus.Completed))
        {
            throw new InvalidOperationException("Not every ConsultEngine instance completed.");
        }

        return instances / clock.Elapsed.TotalSeconds;
    }
}
