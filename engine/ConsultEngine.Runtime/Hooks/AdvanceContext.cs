using ConsultEngine.Definitions.Model;
using ConsultEngine.Runtime.Interpreter;
using ConsultEngine.Runtime.State;

namespace ConsultEngine.Runtime.Hooks;

/// <summary>What an <see cref="IAdvanceHook"/> sees of an advance before it commits, and what it may add to it.</summary>
public sealed class AdvanceContext
{
    private readonly InstanceTransaction _tx;
    private readonly Dictionary<string, int> _iterations;

    internal AdvanceContext(InstanceTransaction tx, ProcessDefinition definition, IReadOnlyList<StepState> completed)
    {
        var steps = definition.AllSteps().ToDictionary(s => s.Id, StringComparer.Ordinal);
        _iterations = completed.ToDictionary(s => s.StepId, s => s.Iteration, StringComparer.Ordinal);
        _tx = tx;
        Definition = definition;
        CompletedSteps = [.. completed.Where(s => steps.ContainsKey(s.StepId)).Select(s => steps[s.StepId])];
    }

    public Guid InstanceId => _tx.Instance.Id;

    public InstanceRecord Instance => _tx.Instance;

    public ProcessDefinition Definition { get; }

    /// <summary>The steps this advance completed (people's and automatic ones alike).</summary>
    public IReadOnlyList<StepDefinition> CompletedSteps { get; }

    /// <summary>The moment of the advance.</summary>
    public DateTimeOffset Now => _tx.Now;

    /// <summary>
    /// Adds a message to the advance's outbox. The id is the caller's so that a message it derives
    /// from a record of its own (a subscription, say) has a stable identity a sender can key on.
    /// </summary>
    public void Send(Guid messageId, string kind, string? stepId, string payloadJson) =>
        _tx.Send(new OutboxMessage(messageId, _tx.Instance.Id, stepId, kind, payloadJson, _tx.Now));

    /// <summary>Adds an event to the instance's journal in the same commit.</summary>
    public void Record(string @event, string? stepId, object? data) =>
        _tx.Record(@event, stepId, stepId is not null && _iterations.TryGetValue(stepId, out var iteration) ? iteration : null, FlowInterpreter.EngineActor, data);
}
