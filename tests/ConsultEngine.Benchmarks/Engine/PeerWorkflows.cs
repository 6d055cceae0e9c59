using WorkflowCore.Interface;
using WorkflowCore.Models;

namespace ConsultEngine.Benchmarks.Engine;

/// <summary>WorkflowCore's workflow data; the steps need none.</summary>
internal sealed class PeerData;

/// <summary>
/// WorkflowCore's "same work" workflow: a no-op start step (WorkflowCore needs a first body), then
/// <see cref="EngineSuite.Steps"/> steps that each wait for an external event <c>s1</c> … <c>s10</c>
/// keyed by the workflow's id, the peer's way of waiting for a person. The waits are inline bodies
/// returning <c>ExecutionResult.WaitForEvent</c> until the pointer's event is published, which is
/// what the <c>WaitFor</c> primitive returns; <c>WaitFor</c> itself was measured 2 to 4 times slower
/// (its input mapping compiles an expression on every assignment), so this is the peer's faster way.
/// </summary>
internal sealed class TenEventWaitsWorkflow : IWorkflow<PeerData>
{
    public const string WorkflowId = "bench.ten-event-waits";

    /// <summary>The event the step with WorkflowCore's step id <paramref name="stepId"/> waits for (ids 1…10; 0 is the start step).</summary>
    public static string EventName(int stepId) => $"s{stepId}";

    public string Id => WorkflowId;

    public int Version => 1;

    public void Build(IWorkflowBuilder<PeerData> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var step = builder.StartWith(_ => ExecutionResult.Next());
        for (var i = 1; i <= EngineSuite.Steps; i++)
        {
            var name = EventName(i);
            step = step.Then(context => context.ExecutionPointer.EventPublished
                ? ExecutionResult.Next()
                : ExecutionResult.WaitForEvent(name, context.Workflow.Id, DateTime.MinValue));
        }
    }
}

/// <summary>
/// WorkflowCore's "plain steps" workflow: <see cref="EngineSuite.Steps"/> inline steps that each
/// just proceed. WorkflowCore runs them by itself, with no outside call: less work than ours.
/// </summary>
internal sealed class TenPlainStepsWorkflow : IWorkflow<PeerData>
{
    public const string WorkflowId = "bench.ten-plain";

    public string Id => WorkflowId;

    public int Version => 1;

    public void Build(IWorkflowBuilder<PeerData> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var step = builder.StartWith(_ => ExecutionResult.Next());
        for (var i = 2; i <= EngineSuite.Steps; i++)
        {
            step = step.Then(_ => ExecutionResult.Next());
        }
    }
}
