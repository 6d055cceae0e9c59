using ConsultEngine.Runtime.Journal;
using ConsultEngine.Runtime.State;
using ConsultEngine.Runtime.Storage;

namespace ConsultEngine.Runtime.Queries;

/// <summary>
/// <see cref="IConsultationQueries"/> over the engine's store: each read is one or two store reads, mapped
/// to read models, so a reader never holds the store's rows nor the store itself.
/// </summary>
public sealed class ConsultationQueries(IInstanceStore store) : IConsultationQueries
{
    public async Task<IReadOnlyList<ConsultationRow>> ListAsync(ConsultationFilter? filter = null, CancellationToken cancellationToken = default)
    {
        filter ??= ConsultationFilter.All;
        var instances = await store.ListInstancesAsync(cancellationToken).ConfigureAwait(false);
        return [.. instances
            .Where(i => filter.Status is not { } status || i.Status == status)
            .Where(i => filter.DefinitionId is not { } id || string.Equals(i.DefinitionId, id, StringComparison.Ordinal))
            .OrderByDescending(i => i.CreatedAt)
            .ThenBy(i => i.Id)
            .Select(Row)];
    }

    public async Task<ConsultationRow?> FindAsync(Guid instanceId, CancellationToken cancellationToken = default) =>
        await store.FindInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false) is { } instance ? Row(instance) : null;

    public async Task<ConsultationDetail?> GetAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        if (await store.FindInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false) is not { } instance)
        {
            return null;
        }

        var steps = await StepsAsync(instanceId, cancellationToken).ConfigureAwait(false);
        var journal = await store.ReadJournalAsync(instanceId, cancellationToken).ConfigureAwait(false);
        var incidents = await store.ListIncidentsAsync(instanceId, cancellationToken).ConfigureAwait(false);
        var waiting = await store.ListBookmarksAsync(instanceId, cancellationToken).ConfigureAwait(false);
        return new ConsultationDetail(Row(instance), steps, journal, incidents, [.. waiting.Select(Waiting).OrderBy(w => w.Since).ThenBy(w => w.StepId, StringComparer.Ordinal)]);
    }

    public async Task<IReadOnlyList<ConsultationStep>> StepsAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        var states = await store.LoadAllStepsAsync(instanceId, cancellationToken).ConfigureAwait(false);
        return [.. states.OrderBy(s => s.StepId, StringComparer.Ordinal).Select(Step)];
    }

    public async Task<IReadOnlyList<JournalEntry>> JournalAsync(Guid instanceId, JournalFilter? filter = null, CancellationToken cancellationToken = default)
    {
        filter ??= JournalFilter.All;
        var journal = await store.ReadJournalAsync(instanceId, cancellationToken).ConfigureAwait(false);
        return [.. journal
            .Where(e => e.Sequence > filter.AfterSequence)
            .Where(e => filter.StepId is not { } stepId || string.Equals(e.StepId, stepId, StringComparison.Ordinal))
            .Where(e => filter.Events is not { } events || events.Contains(e.Event, StringComparer.Ordinal))
            .OrderBy(e => e.Sequence)];
    }

    public async Task<IReadOnlyList<Incident>> IncidentsAsync(Guid instanceId, bool openOnly = false, CancellationToken cancellationToken = default)
    {
        var incidents = await store.ListIncidentsAsync(instanceId, cancellationToken).ConfigureAwait(false);
        return [.. incidents.Where(i => !openOnly || i.ResolvedAt is null).OrderBy(i => i.At)];
    }

    public async Task<IReadOnlyList<WaitingStep>> WaitingAsync(WaitingFilter? filter = null, CancellationToken cancellationToken = default)
    {
        filter ??= WaitingFilter.All;
        var bookmarks = await store.ListBookmarksAsync(filter.InstanceId, cancellationToken).ConfigureAwait(false);
        IEnumerable<Bookmark> kept = bookmarks;
        if (filter.InstanceStatus is { } status)
        {
            var instances = filter.InstanceId is { } id
                ? await store.FindInstanceAsync(id, cancellationToken).ConfigureAwait(false) is { } one ? [one] : []
                : await store.ListInstancesAsync(cancellationToken).ConfigureAwait(false);
            var inState = instances.Where(i => i.Status == status).Select(i => i.Id).ToHashSet();
            kept = kept.Where(b => inState.Contains(b.InstanceId));
        }

        return [.. kept
            .Where(b => filter.StepId is not { } stepId || string.Equals(b.StepId, stepId, StringComparison.Ordinal))
            .Where(b => filter.Roles is not { } roles || (b.Role is { } role && roles.Contains(role, StringComparer.Ordinal)))
            .Select(Waiting)
            .OrderBy(w => w.Since)
            .ThenBy(w => w.InstanceId)
            .ThenBy(w => w.StepId, StringComparer.Ordinal)];
    }

    private static ConsultationRow Row(InstanceRecord instance) => new(
        instance.Id, instance.Title, instance.DefinitionId, instance.DefinitionVersion, instance.Status, instance.PhaseIndex,
        instance.Revision, instance.VariablesJson, instance.CreatedAt, instance.UpdatedAt);

    private static ConsultationStep Step(StepState state) => new(
        state.StepId, state.Status, state.Iteration, state.Released, state.Outcome, state.Actor, state.ActivatedAt, state.DueAt, state.CompletedAt);

    private static WaitingStep Waiting(Bookmark bookmark) => new(
        bookmark.InstanceId, bookmark.StepId, bookmark.Iteration, bookmark.StepType, bookmark.Role, bookmark.CreatedAt, bookmark.DueAt);
}
