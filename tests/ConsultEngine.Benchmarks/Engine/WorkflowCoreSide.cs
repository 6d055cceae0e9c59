using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using WorkflowCore.Interface;
using WorkflowCore.Models.LifeCycleEvents;

namespace ConsultEngine.Benchmarks.Engine;

/// <summary>How WorkflowCore's steps advance.</summary>
internal enum PeerMode
{
    /// <summary>Each step waits for an event that the harness publishes: the same work as ours.</summary>
    Events,

    /// <summary>Each step proceeds by itself: no outside calls, less work than ours.</summary>
    PlainSteps,
}

/// <summary>
/// The processes per second of one round. A round that runs out of its time is cut there, and its
/// rate is estimated from the steps WorkflowCore completed in the last two thirds of that time (the
/// first third covers the ramp-up): every step of a process counts, so the queue's order does not
/// matter. The estimate is generous to WorkflowCore, whose in-memory store slows down as it fills.
/// </summary>
internal readonly record struct PeerRound(double PerSecond, bool Finished);

/// <summary>
/// WorkflowCore 3.22.0 with its defaults (<c>AddWorkflow()</c>: in-memory persistence, single-node
/// queue, lock and lifecycle hub). One round builds a fresh host and starts it, then times
/// <c>StartWorkflow</c> for every instance until every one has raised <c>WorkflowCompleted</c>. In
/// <see cref="PeerMode.Events"/> the harness answers each <c>StepStarted</c> of a waiting step by
/// publishing that step's event (<c>PublishEvent(name, workflowId)</c>) from a driver task.
/// Host start and stop are outside the time; a round is cut after <c>allowed</c> (see <see cref="PeerRound"/>).
/// </summary>
internal static class WorkflowCoreSide
{
    public static async Task<PeerRound> RunAsync(PeerMode mode, int instances, TimeSpan allowed)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddWorkflow();
        await using var provider = services.BuildServiceProvider();
        var host = provider.GetRequiredService<IWorkflowHost>();
        host.RegisterWorkflow<TenEventWaitsWorkflow, PeerData>();
        host.RegisterWorkflow<TenPlainStepsWorkflow, PeerData>();
        var (workflowId, stepsPerProcess) = mode == PeerMode.Events
            ? (TenEventWaitsWorkflow.WorkflowId, EngineSuite.Steps + 1)
            : (TenPlainStepsWorkflow.WorkflowId, EngineSuite.Steps);

        var waiting = Channel.CreateUnbounded<(string WorkflowId, int StepId)>(new UnboundedChannelOptions { SingleReader = true });
        var allCompleted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var completed = 0;
        var stepsCompleted = 0;

        // Lifecycle events arrive on WorkflowCore's publisher thread: hand them over, never block it.
        void OnLifeCycle(LifeCycleEvent evt)
        {
            switch (evt)
            {
                case StepStarted { StepId: > 0 } started when mode == PeerMode.Events:
                    waiting.Writer.TryWrite((started.WorkflowInstanceId, started.StepId));
                    break;
                case StepCompleted:
                    Interlocked.Increment(ref stepsCompleted);
                    break;
                case WorkflowCompleted when Interlocked.Increment(ref completed) == instances:
                    allCompleted.TrySetResult();
                    break;
                case WorkflowError or WorkflowTerminated:
                    allCompleted.TrySetException(new InvalidOperationException($"WorkflowCore reported {evt.GetType().Name} for {evt.WorkflowInstanceId}."));
                    break;
            }
        }

        host.OnLifeCycleEvent += OnLifeCycle;
        await host.StartAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            var clock = Stopwatch.StartNew();
            var driver = Task.Run(async () =>
            {
                await foreach (var (id, stepId) in waiting.Reader.ReadAllAsync().ConfigureAwait(false))
                {
                    await host.PublishEvent(TenEventWaitsWorkflow.EventName(stepId), id, null).ConfigureAwait(false);
                }
            });

            // The window of the estimate opens after a third of the time allowed.
            var window = Task.Delay(allowed / 3).ContinueWith(_ => (clock.Elapsed, Volatile.Read(ref stepsCompleted)), TaskScheduler.Default);
            for (var i = 0; i < instances && clock.Elapsed < allowed; i++)
            {
                _ = await host.StartWorkflow(workflowId, 1, new PeerData()).ConfigureAwait(false);
            }

            var remaining = allowed - clock.Elapsed;
            var finished = remaining > TimeSpan.Zero && await Task.WhenAny(allCompleted.Task, Task.Delay(remaining)).ConfigureAwait(false) == allCompleted.Task;
            clock.Stop();
            var steps = Volatile.Read(ref stepsCompleted);
            if (allCompleted.Task.IsFaulted)
            {
                await allCompleted.Task.ConfigureAwait(false);
            }

            waiting.Writer.Complete();
            await driver.ConfigureAwait(false);
            if (finished)
            {
                return new PeerRound(instances / clock.Elapsed.TotalSeconds, Finished: true);
            }

            var (opened, stepsThen) = await window.ConfigureAwait(false);
            return new PeerRound((steps - stepsThen) / (double)stepsPerProcess / (clock.Elapsed - opened).TotalSeconds, Finished: false);
        }
        finally
        {
            host.OnLifeCycleEvent -= OnLifeCycle;
            await host.StopAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }
}
