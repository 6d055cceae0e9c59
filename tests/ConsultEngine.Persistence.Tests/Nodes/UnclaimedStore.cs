using ConsultEngine.Runtime.Journal;
using ConsultEngine.Runtime.State;
using ConsultEngine.Runtime.Storage;

namespace ConsultEngine.Persistence.Tests.Nodes;

/// <summary>
/// A node's store seen without its claims (an engine over it lists due timers instead of claiming
/// them), optionally answering the due timers from a list taken earlier: the worst races the
/// revision check must settle on its own.
/// </summary>
internal sealed class UnclaimedStore(IInstanceStore inner, IReadOnlyList<TimerRecord>? staleDue = null) : IInstanceStore
{
    public Task CommitAsync(ChangeSet changes, CancellationToken cancellationToken = default) => inner.CommitAsync(changes, cancellationToken);

    public Task<InstanceRecord?> FindInstanceAsync(Guid instanceId, CancellationToken cancellationToken = default) => inner.FindInstanceAsync(instanceId, cancellationToken);

    public Task<IReadOnlyDictionary<string, StepState>> LoadStepsAsync(Guid instanceId, IReadOnlyCollection<string> stepIds, CancellationToken cancellationToken = default) => inner.LoadStepsAsync(instanceId, stepIds, cancellationToken);

    public Task<IReadOnlyList<StepState>> LoadAllStepsAsync(Guid instanceId, CancellationToken cancellationToken = default) => inner.LoadAllStepsAsync(instanceId, cancellationToken);

    public Task<IReadOnlyList<TimerRecord>> LoadTimersAsync(Guid instanceId, string stepId, CancellationToken cancellationToken = default) => inner.LoadTimersAsync(instanceId, stepId, cancellationToken);

    public Task<IReadOnlyList<InstanceRecord>> ListInstancesAsync(CancellationToken cancellationToken = default) => inner.ListInstancesAsync(cancellationToken);

    public Task<IReadOnlyList<JournalEntry>> ReadJournalAsync(Guid instanceId, CancellationToken cancellationToken = default) => inner.ReadJournalAsync(instanceId, cancellationToken);

    public Task<IReadOnlyList<Bookmark>> ListBookmarksAsync(Guid? instanceId = null, CancellationToken cancellationToken = default) => inner.ListBookmarksAsync(instanceId, cancellationToken);

    public Task<IReadOnlyList<Incident>> ListIncidentsAsync(Guid? instanceId = null, CancellationToken cancellationToken = default) => inner.ListIncidentsAsync(instanceId, cancellationToken);

    public Task<IReadOnlyList<TimerRecord>> FindDueTimersAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default) =>
        staleDue is null ? inner.FindDueTimersAsync(now, max, cancellationToken) : Task.FromResult(staleDue);

    public Task<IReadOnlyList<OutboxMessage>> FindUndispatchedAsync(int max, CancellationToken cancellationToken = default) => inner.FindUndispatchedAsync(max, cancellationToken);

    public Task MarkDispatchedAsync(Guid messageId, DateTimeOffset at, CancellationToken cancellationToken = default) => inner.MarkDispatchedAsync(messageId, at, cancellationToken);
}
