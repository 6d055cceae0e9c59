using ConsultEngine.Definitions.Model;
using ConsultEngine.Definitions.Overlays;
using ConsultEngine.Runtime.State;
using ConsultEngine.Runtime.Storage;

namespace ConsultEngine.Cli.Commands;

/// <summary>A step an instance waits on: who must act (a role, for people's steps) and by when, or until when a <c>wait</c> lasts.</summary>
internal sealed record WaitingStep(string StepId, int Iteration, string? Role, DateTimeOffset? Due);

/// <summary>What the commands print about one instance, read from the store: its phase, its step states in definition order, what it waits on.</summary>
internal sealed record InstanceView(InstanceRecord Instance, bool DefinitionAvailable, string? Phase, IReadOnlyList<StepState> Steps, IReadOnlyList<WaitingStep> Waiting)
{
    /// <summary>The running phase as printed: its id, <c>-</c> once every phase is done, <c>?</c> when the definition is not among those loaded.</summary>
    public string PhaseText => !DefinitionAvailable ? "?" : Phase ?? "-";

    public static async Task<InstanceView> LoadAsync(IInstanceStore store, IDefinitionCatalog catalog, InstanceRecord instance, CancellationToken cancellationToken)
    {
        var definition = catalog.Find(instance.DefinitionId, instance.DefinitionVersion);
        var order = (definition?.AllSteps() ?? []).Select((s, i) => (s.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var steps = (await store.LoadAllStepsAsync(instance.Id, cancellationToken).ConfigureAwait(false))
            .OrderBy(s => order.GetValueOrDefault(s.StepId, int.MaxValue))
            .ThenBy(s => s.StepId, StringComparer.Ordinal)
            .ToList();
        var roles = (await store.ListBookmarksAsync(instance.Id, cancellationToken).ConfigureAwait(false)).ToDictionary(b => b.StepId, b => b.Role, StringComparer.Ordinal);
        var waiting = steps
            .Where(s => s.Status is StepStatus.Waiting or StepStatus.Active)
            .Select(s => new WaitingStep(s.StepId, s.Iteration, roles.GetValueOrDefault(s.StepId), s.DueAt))
            .ToList();
        return new InstanceView(instance, definition is not null, PhaseOf(definition, instance), steps, waiting);
    }

    /// <summary>The id of the running phase; <c>null</c> once every phase is done (or when the definition is not available).</summary>
    private static string? PhaseOf(ProcessDefinition? definition, InstanceRecord instance) =>
        definition is not null && instance.PhaseIndex < definition.Phases.Count ? definition.Phases[instance.PhaseIndex].Id : null;
}
