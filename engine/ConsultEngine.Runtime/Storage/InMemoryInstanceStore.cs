using ConsultEngine.Runtime.Journal;
using ConsultEngine.Runtime.State;

namespace ConsultEngine.Runtime.Storage;

/// <summary>
/// A store in memory, for simulations, definition tests and benchmarks. It keeps the same
/// contract as the durable stores: atomic commits and revision checks.
/// </summary>
public sealed partial class InMemoryInstanceStore : IInstanceStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, Slot> _instances = [];
    private readonly Dictionary<Guid, TimerRecord> _timers = [];
    private readonly Dictionary<Guid, OutboxMessage> _outbox = [];
    private readonly Dictionary<Guid, Incident> _incidents = [];

    public Task<InstanceRecord?> FindInstanceAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult(_instances.TryGetValue(instanceId, out var slot) ? slot.Instance : null);
        }
    }

    public Task<IReadOnlyDictionary<string, StepState>> LoadStepsAsync(Guid instanceId, IReadOnlyCollection<string> stepIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stepIds);
        lock (_gate)
        {
            var result = new Dictionary<string, StepState>(StringComparer.Ordinal);
            if (_instances.TryGetValue(instanceId, out var slot))
            {
                foreach (var id in stepIds)
                {
                    if (slot.Steps.TryGetValue(id, out var state))
                    {
                        result[id] = state;
                    }
                }
            }

            return Task.FromResult<IReadOnlyDictionary<string, StepState>>(result);
        }
    }

    public Task<IReadOnlyList<StepState>> LoadAllStepsAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<StepState>>(_instances.TryGetValue(instanceId, out var slot) ? [.. slot.Steps.Values] : []);
        }
    }

    public Task<IReadOnlyList<TimerRecord>> LoadTimersAsync(Guid instanceId, string stepId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<TimerRecord>>([.. _timers.Values.Where(t => t.InstanceId == instanceId && t.StepId == stepId)]);
        }
    }

    public Task CommitAsync(ChangeSet changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        lock (_gate)
        {
            var id = changes.Instance.Id;
            _instances.TryGetValue(id, out var slot);
            if ((slot?.Instance.Revision ?? 0) != changes.ExpectedRevision || (slot is not null && changes.ExpectedRevision == 0))
            {
                throw new ConcurrencyConflictException(id, changes.ExpectedRevision);
            }

            slot ??= _instances[id] = new Slot(changes.Instance);
            slot.Instance = changes.Instance;
            foreach (var stepId in changes.StepsRemoved)
            {
                slot.Steps.Remove(stepId);
            }

            foreach (var step in changes.Steps)
            {
                slot.Steps[step.StepId] = step;
            }

            slot.Journal.AddRange(changes.Journal);
            foreach (var stepId in changes.BookmarksRemoved)
            {
                slot.Bookmarks.Remove(stepId);
            }

            foreach (var bookmark in changes.BookmarksAdded)
            {
                slot.Bookmarks[bookmark.StepId] = bookmark;
            }

            foreach (var timer in changes.TimersRemoved)
            {
                _timers.Remove(timer);
            }

            foreach (var timer in changes.TimersAdded)
            {
                _timers[timer.Id] = timer;
            }

            foreach (var message in changes.Outbox)
            {
                _outbox[message.Id] = message;
            }

            foreach (var incident in changes.Incidents)
            {
                _incidents[incident.Id] = incident;
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<InstanceRecord>> ListInstancesAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<InstanceRecord>>([.. _instances.Values.Select(s => s.Instance).OrderBy(i => i.CreatedAt)]);
        }
    }

    public Task<IReadOnlyList<JournalEntry>> ReadJournalAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<JournalEntry>>(_instances.TryGetValue(instanceId, out var slot) ? [.. slot.Journal] : []);
        }
    }

    public Task<IReadOnlyList<Bookmark>> ListBookmarksAsync(Guid? instanceId = null, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<Bookmark>>([.. _instances.Values
                .Where(s => instanceId is null || s.Instance.Id == instanceId)
                .SelectMany(s => s.Bookmarks.Values)]);
        }
    }

    public Task<IReadOnlyList<Incident>> ListIncidentsAsync(Guid? instanceId = null, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<Incident>>([.. _incidents.Values.Where(i => instanceId is null || i.InstanceId == instanceId).OrderBy(i => i.At)]);
        }
    }

    public Task<IReadOnlyList<TimerRecord>> FindDueTimersAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<TimerRecord>>([.. _timers.Values
                .Where(t => t.DueAt <= now && _instances.TryGetValue(t.InstanceId, out var slot) && slot.Instance.Status == InstanceStatus.Running)
                .OrderBy(t => t.DueAt).ThenBy(t => t.StepId, StringComparer.Ordinal).Take(max)]);
        }
    }

    public Task<IReadOnlyList<OutboxMessage>> FindUndispatchedAsync(int max, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<OutboxMessage>>([.. _outbox.Values.Where(m => m.DispatchedAt is null).OrderBy(m => m.CreatedAt).Take(max)]);
        }
    }

    public Task MarkDispatchedAsync(Guid messageId, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (_outbox.TryGetValue(messageId, out var message))
            {
                _outbox[messageId] = message with { DispatchedAt = at, Attempts = message.Attempts + 1 };
            }
        }

        return Task.CompletedTask;
    }

    private sealed class Slot(InstanceRecord instance)
    {
        public InstanceRecord Instance { get; set; } = instance;

        public Dictionary<string, StepState> Steps { get; } = new(StringComparer.Ordinal);

        public List<JournalEntry> Journal { get; } = [];

        public Dictionary<string, Bookmark> Bookmarks { get; } = new(StringComparer.Ordinal);
    }
}
