using System.Text.Json.Nodes;
using ConsultEngine.Definitions.Model;
using ConsultEngine.Definitions.Overlays;
using ConsultEngine.Definitions.StepTypes;
using ConsultEngine.Runtime.Journal;
using ConsultEngine.Runtime.Storage;

namespace ConsultEngine.Runtime.Records;

/// <summary>
/// Reads what people recorded in an instance: the completions of its human steps, taken from the
/// journal rather than the step rows, because a step row holds only its latest iteration while the
/// journal keeps every one (a plan sent back and revised, a report redone).
/// </summary>
public sealed class StepRecordReader(IInstanceStore store, IDefinitionCatalog definitions, IStepTypeRegistry stepTypes)
{
    /// <summary>
    /// Every human step of the instance completed at least once, in the definition's order, each with
    /// every iteration in journal order. CE8002 when there is no such instance, CE8010 when its
    /// definition version is not available.
    /// </summary>
    public async Task<IReadOnlyList<StepRecord>> ReadAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        var (definition, journal) = await LoadAsync(instanceId, cancellationToken).ConfigureAwait(false);
        var completions = Completions(journal);
        return [.. definition.AllSteps()
            .Where(step => IsHuman(step) && completions.Contains(step.Id))
            .Select(step => Record(definition, step, completions[step.Id]))];
    }

    /// <summary>
    /// The completions of one step of the instance (none when it has not completed yet). CE8002 when
    /// there is no such instance, CE8003 when its definition has no such step.
    /// </summary>
    public async Task<StepRecord> ReadStepAsync(Guid instanceId, string stepId, CancellationToken cancellationToken = default)
    {
        var (definition, journal) = await LoadAsync(instanceId, cancellationToken).ConfigureAwait(false);
        var step = definition.AllSteps().FirstOrDefault(s => s.Id == stepId)
            ?? throw new InstanceCommandException(RuntimeCodes.StepNotFound, instanceId, stepId, $"The definition has no step '{stepId}'.");
        return Record(definition, step, Completions(journal)[step.Id]);
    }

    /// <summary>The completions in <paramref name="journal"/> by step, each step's in journal order.</summary>
    public static ILookup<string, StepIteration> Completions(IEnumerable<JournalEntry> journal) =>
        journal
            .Where(e => e.Event == JournalEvents.StepCompleted && e.StepId is not null)
            .OrderBy(e => e.Sequence)
            .ToLookup(e => e.StepId!, Iteration, StringComparer.Ordinal);

    private static StepIteration Iteration(JournalEntry entry)
    {
        // The interpreter writes { outcome, output } (FlowInterpreter.CompleteCoreAsync).
        var data = entry.DataJson is { } json ? JsonNode.Parse(json) as JsonObject : null;
        var outcome = data?["outcome"] is JsonValue value && value.TryGetValue<string>(out var id) ? id : null;
        return new StepIteration(entry.Iteration ?? 1, outcome, data?["output"]?.DeepClone(), entry.Actor, entry.At, entry.Sequence);
    }

    private static StepRecord Record(ProcessDefinition definition, StepDefinition step, IEnumerable<StepIteration> iterations) =>
        new(step.Id, step, step.Form is { } form ? definition.Forms.GetValueOrDefault(form) : null, [.. iterations]);

    // An unknown type counts as a human step, as the interpreter treats it (CompiledProcess).
    private bool IsHuman(StepDefinition step) =>
        !StepTypeName.TryParse(step.Type, out var name, out var major) || !stepTypes.TryGet(name, major, out var type) || type.Kind == StepKind.Human;

    private async Task<(ProcessDefinition Definition, IReadOnlyList<JournalEntry> Journal)> LoadAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        var instance = await store.FindInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false)
            ?? throw new InstanceCommandException(RuntimeCodes.InstanceNotFound, instanceId, null, $"There is no instance {instanceId}.");
        var definition = definitions.Find(instance.DefinitionId, instance.DefinitionVersion)
            ?? throw new DefinitionNotAvailableException(instance.DefinitionId, instance.DefinitionVersion);
        return (definition, await store.ReadJournalAsync(instanceId, cancellationToken).ConfigureAwait(false));
    }
}
