using System.Text.Json;
using System.Text.Json.Nodes;
using ConsultEngine.Runtime.Journal;
using ConsultEngine.Runtime.State;
using ConsultEngine.Runtime.Storage;

namespace ConsultEngine.Runtime.Interpreter;

/// <summary>
/// The working set of one advance of one instance: the instance row, the step states it has read
/// or changed, and what it adds to the journal, bookmarks, timers, outbox and incidents. It becomes
/// one <see cref="ChangeSet"/> that the store commits atomically.
/// </summary>
internal sealed class InstanceTransaction(JournalKey? journalKey, InstanceRecord instance, long expectedRevision, IInstanceStore store, DateTimeOffset now)
{
    private readonly Dictionary<string, StepState> _read = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StepState> _changed = new(StringComparer.Ordinal);
    private readonly HashSet<string> _stepsRemoved = new(StringComparer.Ordinal);
    private readonly List<JournalEntry> _journal = [];
    private readonly Dictionary<string, Bookmark> _bookmarksAdded = new(StringComparer.Ordinal);
    private readonly HashSet<string> _bookmarksRemoved = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, TimerRecord> _timersAdded = [];
    private readonly HashSet<Guid> _timersRemoved = [];
    private readonly List<OutboxMessage> _outbox = [];
    private readonly List<Incident> _incidents = [];

    public InstanceRecord Instance { get; set; } = instance;

    public DateTimeOffset Now { get; } = now;

    /// <summary>When the advance began (<see cref="System.Diagnostics.Stopwatch"/> ticks), for its duration metric.</summary>
    public long StartedTimestamp { get; } = System.Diagnostics.Stopwatch.GetTimestamp();

    public IInstanceStore Store { get; } = store;

    public async Task<StepState> GetAsync(string stepId, CancellationToken cancellationToken)
    {
        if (_changed.TryGetValue(stepId, out var changed) || _read.TryGetValue(stepId, out changed))
        {
            return changed;
        }

        await LoadAsync([stepId], cancellationToken).ConfigureAwait(false);
        return _read[stepId];
    }

    /// <summary>Reads the states of several steps in one round trip.</summary>
    public async Task LoadAsync(IReadOnlyCollection<string> stepIds, CancellationToken cancellationToken)
    {
        var missing = stepIds.Where(id => !_changed.ContainsKey(id) && !_read.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        var loaded = Instance.Revision == 0 && expectedRevision == 0
            ? new Dictionary<string, StepState>()
            : await Store.LoadStepsAsync(Instance.Id, missing, cancellationToken).ConfigureAwait(false);
        foreach (var id in missing)
        {
            _read[id] = loaded.TryGetValue(id, out var state) ? state : StepState.Pending(id);
        }
    }

    public void Set(StepState state)
    {
        _stepsRemoved.Remove(state.StepId);
        _changed[state.StepId] = state;
    }

    /// <summary>Deletes a step's state (a migration renaming or dropping the step).</summary>
    public void Remove(string stepId)
    {
        _changed.Remove(stepId);
        _read[stepId] = StepState.Pending(stepId);
        _stepsRemoved.Add(stepId);
    }

    /// <summary>Queues a bookmark for removal and, for a renamed step, adds it under its new id.</summary>
    public void MoveBookmark(Bookmark bookmark, string newStepId, string stepType, string? role)
    {
        RemoveBookmark(bookmark.StepId);
        AddBookmark(bookmark with { StepId = newStepId, StepType = stepType, Role = role });
    }

    public void Record(string @event, string? stepId = null, int? iteration = null, string? actor = null, object? data = null)
    {
        var sequence = Instance.JournalLength + 1;
        var entry = JournalHasher.Seal(new JournalEntry
        {
            InstanceId = Instance.Id,
            Sequence = sequence,
            At = Now,
            Event = @event,
            StepId = stepId,
            Iteration = iteration,
            Actor = actor,
            DataJson = data switch
            {
                null => null,
                string json => json,
                _ => JsonSerializer.Serialize(data, RuntimeJson.Options),
            },
            PreviousHash = Instance.JournalHead,
        }, journalKey);
        _journal.Add(entry);
        Instance = Instance with { JournalLength = sequence, JournalHead = entry.Hash };
    }

    public void AddBookmark(Bookmark bookmark)
    {
        _bookmarksRemoved.Remove(bookmark.StepId);
        _bookmarksAdded[bookmark.StepId] = bookmark;
    }

    public void RemoveBookmark(string stepId)
    {
        if (!_bookmarksAdded.Remove(stepId))
        {
            _bookmarksRemoved.Add(stepId);
        }
    }

    public void AddTimer(TimerRecord timer) => _timersAdded[timer.Id] = timer;

    public async Task RemoveTimersAsync(string stepId, CancellationToken cancellationToken)
    {
        foreach (var added in _timersAdded.Values.Where(t => t.StepId == stepId).ToList())
        {
            _timersAdded.Remove(added.Id);
        }

        if (expectedRevision == 0)
        {
            return;
        }

        foreach (var timer in await Store.LoadTimersAsync(Instance.Id, stepId, cancellationToken).ConfigureAwait(false))
        {
            _timersRemoved.Add(timer.Id);
        }
    }

    public void RemoveTimer(Guid timerId)
    {
        if (!_timersAdded.Remove(timerId))
        {
            _timersRemoved.Add(timerId);
        }
    }

    public void Send(string kind, string? stepId, object payload) =>
        _outbox.Add(new OutboxMessage(Guid.NewGuid(), Instance.Id, stepId, kind, JsonSerializer.Serialize(payload, RuntimeJson.Options), Now));

    public void Send(OutboxMessage message) => _outbox.Add(message);

    /// <summary>The steps this advance completed: set to completed at its own moment (a migration that carries a completed state over keeps the earlier moment).</summary>
    public IReadOnlyList<StepState> CompletedNow() =>
        [.. _changed.Values.Where(s => s.Status == StepStatus.Completed && s.CompletedAt == Now).OrderBy(s => s.StepId, StringComparer.Ordinal)];

    public void Raise(Incident incident) => _incidents.Add(incident);

    public JsonObject Variables() => JsonNode.Parse(Instance.VariablesJson) as JsonObject ?? [];

    public ChangeSet ToChangeSet() => new()
    {
        Instance = Instance with { Revision = expectedRevision + 1, UpdatedAt = Now },
        ExpectedRevision = expectedRevision,
        Steps = [.. _changed.Values],
        StepsRemoved = [.. _stepsRemoved],
        Journal = _journal,
        BookmarksAdded = [.. _bookmarksAdded.Values],
        BookmarksRemoved = [.. _bookmarksRemoved],
        TimersAdded = [.. _timersAdded.Values],
        TimersRemoved = [.. _timersRemoved],
        Outbox = _outbox,
        Incidents = _incidents,
    };
}
