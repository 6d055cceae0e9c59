using System.Text.Json.Nodes;
using ConsultEngine.Definitions.Model;
using ConsultEngine.Definitions.Overlays;
using ConsultEngine.Definitions.StepTypes;
using ConsultEngine.Runtime;
using ConsultEngine.Runtime.Scripting;
using ConsultEngine.Runtime.State;
using ConsultEngine.Runtime.Storage;

namespace ConsultEngine.Testing;

/// <summary>
/// Runs one consultation of a definition (or a resolved overlay) in memory with a clock that moves
/// only when told: start it, complete steps, feed tool results, let weeks pass, then read the
/// journal in a normalised form to snapshot.
/// </summary>
public sealed class ConsultationSimulator
{
    private readonly ProcessDefinition _definition;
    private Guid? _instanceId;

    /// <summary>A simulator whose rules run in the JavaScript sandbox, as in production.</summary>
    public ConsultationSimulator(ProcessDefinition definition, DateTimeOffset? start = null)
        : this(definition, SandboxRules.Runner, null, start)
    {
    }

    public ConsultationSimulator(ProcessDefinition definition, IRuleRunner rules, IStepTypeRegistry? stepTypes = null, DateTimeOffset? start = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        _definition = definition;
        Clock = new ManualClock(start ?? ManualClock.DefaultStart);
        var catalog = new DefinitionCatalog();
        catalog.Add(definition);
        StepTypes = stepTypes ?? StandardToolTypes.CreateRegistry();
        Store = new InMemoryInstanceStore();
        Engine = new ProcessEngine(Store, catalog, StepTypes, rules, Clock);
    }

    /// <summary>A simulator over an engine built elsewhere (a host's container) on the given in-memory store and manual clock.</summary>
    public ConsultationSimulator(ProcessDefinition definition, ProcessEngine engine, InMemoryInstanceStore store, ManualClock clock, IStepTypeRegistry stepTypes)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(stepTypes);
        _definition = definition;
        Engine = engine;
        Store = store;
        Clock = clock;
        StepTypes = stepTypes;
    }

    public ManualClock Clock { get; }

    public InMemoryInstanceStore Store { get; }

    public ProcessEngine Engine { get; }

    public IStepTypeRegistry StepTypes { get; }

    public DateTimeOffset StartedAt { get; private set; }

    public Guid InstanceId => _instanceId ?? throw new InvalidOperationException("Start the consultation first.");

    public async Task<InstanceRecord> StartAsync(JsonObject? variables = null, string? title = null, string actor = "tester")
    {
        StartedAt = Clock.GetUtcNow();
        var instance = await Engine.StartAsync(_definition.Id, _definition.Version, variables, title, actor).ConfigureAwait(false);
        _instanceId = instance.Id;
        return instance;
    }

    public Task<InstanceRecord> CompleteAsync(string stepId, string? outcome = null, JsonNode? output = null, string actor = "tester") =>
        Engine.CompleteStepAsync(InstanceId, stepId, new StepCompletion(actor, outcome, output));

    /// <summary>Closes a tool step with the results the tool produced.</summary>
    public Task<InstanceRecord> FeedToolResultAsync(string stepId, JsonNode? results, string? outcome = null, string actor = "tool")
    {
        var step = _definition.AllSteps().FirstOrDefault(s => s.Id == stepId);
        if (step is null || !step.Type.StartsWith(StepTypeName.ToolPrefix, StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{stepId}' is not a tool step of {_definition.Id}@{_definition.Version}.", nameof(stepId));
        }

        return CompleteAsync(stepId, outcome, results, actor);
    }

    /// <summary>Moves the clock forward and fires every timer that falls due on the way, in order.</summary>
    public async Task AdvanceAsync(TimeSpan by)
    {
        var until = Clock.GetUtcNow() + by;
        while (true)
        {
            var due = await Store.FindDueTimersAsync(until, 1).ConfigureAwait(false);
            if (due.Count == 0)
            {
                break;
            }

            Clock.AdvanceTo(due[0].DueAt);
            await Engine.FireDueTimersAsync().ConfigureAwait(false);
        }

        Clock.AdvanceTo(until);
    }

    public async Task<IReadOnlyList<string>> WaitingStepsAsync() =>
        [.. (await Store.ListBookmarksAsync(InstanceId).ConfigureAwait(false)).Select(b => b.StepId).Order(StringComparer.Ordinal)];

    public async Task<InstanceRecord> InstanceAsync() =>
        (await Store.FindInstanceAsync(InstanceId).ConfigureAwait(false))!;

    /// <summary>The journal and final state without ids or wall-clock times: what a snapshot should hold.</summary>
    public async Task<NormalizedRun> NormalizedAsync() =>
        NormalizedRun.From(
            await InstanceAsync().ConfigureAwait(false),
            await Store.ReadJournalAsync(InstanceId).ConfigureAwait(false),
            await Store.LoadAllStepsAsync(InstanceId).ConfigureAwait(false),
            await Store.ListBookmarksAsync(InstanceId).ConfigureAwait(false),
            await Store.FindUndispatchedAsync(int.MaxValue).ConfigureAwait(false),
            await Store.ListIncidentsAsync(InstanceId).ConfigureAwait(false),
            StartedAt);
}
