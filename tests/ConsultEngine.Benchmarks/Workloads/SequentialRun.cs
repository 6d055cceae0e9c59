using ConsultEngine.Definitions.Overlays;
using ConsultEngine.Definitions.StepTypes;
using ConsultEngine.Runtime;
using ConsultEngine.Runtime.Storage;

namespace ConsultEngine.Benchmarks.Workloads;

/// <summary>
/// ConsultEngine driving instances of a sequential definition the way a host does: <see cref="ProcessEngine.StartAsync"/>
/// for each instance, then <see cref="ProcessEngine.CompleteStepAsync"/> for its waiting step, in order.
/// </summary>
internal sealed class SequentialRun
{
    private static readonly StepCompletion Done = new("vp.lan");
    private readonly int _steps;
    private readonly string _definitionId;

    public SequentialRun(IInstanceStore store, int steps)
    {
        var registry = StandardToolTypes.CreateRegistry();
        var catalog = new DefinitionCatalog();
        catalog.Add(SequentialDefinition.Create(steps, registry));
        Engine = new ProcessEngine(store, catalog, registry, NoRules.Instance, TimeProvider.System);
        _steps = steps;
        _definitionId = SequentialDefinition.Id(steps);
    }

    public ProcessEngine Engine { get; }

    public int Steps => _steps;

    public async Task<Guid[]> StartAsync(int instances)
    {
        var ids = new Guid[instances];
        for (var i = 0; i < instances; i++)
        {
            ids[i] = (await Engine.StartAsync(_definitionId, 1).ConfigureAwait(false)).Id;
        }

        return ids;
    }

    /// <summary>Completes step <paramref name="index"/> (1-based) of every instance of <paramref name="ids"/>.</summary>
    public async Task CompleteAsync(IReadOnlyList<Guid> ids, int index)
    {
        var stepId = SequentialDefinition.StepId(index);
        foreach (var id in ids)
        {
            _ = await Engine.CompleteStepAsync(id, stepId, Done).ConfigureAwait(false);
        }
    }

    /// <summary>Completes every step of every instance of <paramref name="ids"/>, step by step across the instances.</summary>
    public async Task CompleteAllAsync(IReadOnlyList<Guid> ids)
    {
        for (var index = 1; index <= _steps; index++)
        {
            await CompleteAsync(ids, index).ConfigureAwait(false);
        }
    }

    /// <summary>Splits the instances into <paramref name="workers"/> disjoint slices driven concurrently.</summary>
    public static IReadOnlyList<Guid>[] Slices(IReadOnlyList<Guid> ids, int workers) =>
        [.. Enumerable.Range(0, workers).Select(w => (IReadOnlyList<Guid>)[.. ids.Where((_, i) => i % workers == w)])];
}
