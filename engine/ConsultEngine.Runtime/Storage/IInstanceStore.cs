using ConsultEngine.Runtime.Journal;
using ConsultEngine.Runtime.State;

namespace ConsultEngine.Runtime.Storage;

/// <summary>
/// Durable state of instances. <see cref="CommitAsync"/> is atomic and checks the instance's
/// revision: when another writer committed first it throws <see cref="ConcurrencyConflictException"/>
/// and changes nothing. Reads load only what an advance needs, never a whole history.
/// </summary>
public interface IInstanceStore
{
    Task<InstanceRecord?> FindInstanceAsync(Guid instanceId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The instance's revision alone, or <see langword="null"/> when there is no such instance: what a view
    /// kept for a revision is checked against. A store may answer it without reading the whole row.
    /// </summary>
    async Task<long?> FindRevisionAsync(Guid instanceId, CancellationToken cancellationToken = default) =>
        (await FindInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false))?.Revision;

    /// <summary>The states of the named steps that have one; absent steps are pending.</summary>
    Task<IReadOnlyDictionary<string, StepState>> LoadStepsAsync(Guid instanceId, IReadOnlyCollection<string> stepIds, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<StepState>> LoadAllStepsAsync(Guid instanceId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<TimerRecord>> LoadTimersAsync(Guid instanceId, string stepId, CancellationToken cancellationToken = default);

    Task CommitAsync(ChangeSet changes, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<InstanceRecord>> ListInstancesAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<JournalEntry>> ReadJournalAsync(Guid instanceId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Bookmark>> ListBookmarksAsync(Guid? instanceId = null, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Incident>> ListIncidentsAsync(Guid? instanceId = null, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<TimerRecord>> FindDueTimersAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<OutboxMessage>> FindUndispatchedAsync(int max, CancellationToken cancellationToken = default);

    Task MarkDispatchedAsync(Guid messageId, DateTimeOffset at, CancellationToken cancellationToken = default);
}
