using ConsultEngine.Runtime.Journal;
using ConsultEngine.Runtime.State;
using ConsultEngine.Runtime.Storage;

namespace ConsultEngine.Persistence.Tests.Support;

/// <summary>Builds change sets the way the engine does: the next revision, with journal entries chained to the instance's head.</summary>
internal static class ChangeSets
{
    /// <summary>A moment with sub-millisecond ticks, so that stores must keep full precision.</summary>
    public static readonly DateTimeOffset T0 = new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero).AddTicks(1_234_567);

    public static InstanceRecord NewInstance(DateTimeOffset? createdAt = null, InstanceStatus status = InstanceStatus.Running) => new()
    {
        Id = Guid.CreateVersion7(),
        DefinitionId = "test.consultation",
        DefinitionVersion = 1,
        Title = "Lấy ý kiến về quy hoạch đô thị Đà Nẵng",
        Status = status,
        VariablesJson = """{"province":"Đà Nẵng","year":2025}""",
        CreatedAt = createdAt ?? T0,
        UpdatedAt = createdAt ?? T0,
    };

    /// <summary>The change set that moves <paramref name="current"/> (as read, or as created at revision 0) one revision on, journaling <paramref name="events"/>.</summary>
    public static ChangeSet Next(InstanceRecord current, DateTimeOffset at, params string[] events)
    {
        var instance = current;
        var journal = new List<JournalEntry>();
        foreach (var @event in events)
        {
            var entry = JournalHasher.Seal(new JournalEntry
            {
                InstanceId = instance.Id,
                Sequence = instance.JournalLength + 1,
                At = at,
                Event = @event,
                Actor = "engine",
                DataJson = """{"note":"đã ghi"}""",
                PreviousHash = instance.JournalHead,
            });
            journal.Add(entry);
            instance = instance with { JournalLength = entry.Sequence, JournalHead = entry.Hash };
        }

        return new ChangeSet
        {
            Instance = instance with { Revision = current.Revision + 1, UpdatedAt = at },
            ExpectedRevision = current.Revision,
            Journal = journal,
        };
    }

    public static StepState Waiting(string stepId, int iteration = 1, DateTimeOffset? at = null) => new()
    {
        StepId = stepId,
        Status = StepStatus.Waiting,
        Iteration = iteration,
        ActivatedAt = at ?? T0,
        DueAt = (at ?? T0).AddDays(10),
    };

    public static Bookmark BookmarkFor(Guid instanceId, string stepId, string role, DateTimeOffset? at = null, int iteration = 1) =>
        new(instanceId, stepId, iteration, "task", role, at ?? T0, (at ?? T0).AddDays(10));
}
