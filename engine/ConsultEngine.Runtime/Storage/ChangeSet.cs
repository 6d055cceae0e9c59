using ConsultEngine.Runtime.Journal;
using ConsultEngine.Runtime.State;

namespace ConsultEngine.Runtime.Storage;

/// <summary>
/// Everything one advance of one instance changes. A store commits it in one transaction or not at
/// all: instance row, step states, journal, bookmarks, timers, outbox and incidents together.
/// </summary>
public sealed record ChangeSet
{
    public required InstanceRecord Instance { get; init; }

    /// <summary>The revision the advance read; <c>0</c> inserts a new instance.</summary>
    public long ExpectedRevision { get; init; }

    public IReadOnlyList<StepState> Steps { get; init; } = [];

    /// <summary>Step states deleted, by step id (a migration that renames or drops steps).</summary>
    public IReadOnlyList<string> StepsRemoved { get; init; } = [];

    public IReadOnlyList<JournalEntry> Journal { get; init; } = [];

    public IReadOnlyList<Bookmark> BookmarksAdded { get; init; } = [];

    /// <summary>Bookmarks removed, by step id.</summary>
    public IReadOnlyList<string> BookmarksRemoved { get; init; } = [];

    public IReadOnlyList<TimerRecord> TimersAdded { get; init; } = [];

    public IReadOnlyList<Guid> TimersRemoved { get; init; } = [];

    public IReadOnlyList<OutboxMessage> Outbox { get; init; } = [];

    public IReadOnlyList<Incident> Incidents { get; init; } = [];
}
