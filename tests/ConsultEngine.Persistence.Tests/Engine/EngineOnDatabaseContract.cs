using System.Text.Json.Nodes;
using ConsultEngine.Persistence.Providers;
using ConsultEngine.Persistence.Storage;
using ConsultEngine.Persistence.Tests.Support;
using ConsultEngine.Runtime;
using ConsultEngine.Runtime.Journal;
using ConsultEngine.Runtime.State;
using ConsultEngine.Runtime.Storage;
using Microsoft.Extensions.Time.Testing;

namespace ConsultEngine.Persistence.Tests.Engine;

/// <summary>
/// A whole consultation (<c>Fixtures/consultation.v1.json</c>: a due date that escalates, an
/// approval that loops back through a route-only step, a notification, a wait, two parallel
/// branches and their join) run by <see cref="ProcessEngine"/> on each provider, with the database
/// reopened by a new store before every command: the instance continues exactly where the last
/// commit left it, and ends the same as on the in-memory store.
/// </summary>
public abstract class EngineOnDatabaseContract(DatabaseProvider provider) : OnProviderDatabase(provider)
{
    private static readonly DateTimeOffset Start = new(2025, 4, 1, 8, 0, 0, TimeSpan.Zero);

    [SkippableFact]
    public async Task Consultation_ReopenedBeforeEveryCommand_RunsToTheEndAndItsJournalVerifies()
    {
        await using var stores = new ReopeningStores(Database.Selection);

        var result = await RunConsultationAsync(stores.ReopenAsync);

        Assert.Equal(InstanceStatus.Completed, result.Instance.Status);
        Assert.Equal(12, result.Instance.Revision);
        Assert.Null(JournalHasher.Verify(result.Journal));
        Assert.True(stores.Opened >= 30, $"only {stores.Opened} stores were opened");
    }

    [SkippableFact]
    public async Task Consultation_OnTheDatabase_EndsExactlyAsOnTheInMemoryStore()
    {
        await using var stores = new ReopeningStores(Database.Selection);
        var memory = new InMemoryInstanceStore();

        var onDatabase = await RunConsultationAsync(stores.ReopenAsync);
        var inMemory = await RunConsultationAsync(() => Task.FromResult<IInstanceStore>(memory));

        static object Shape(JournalEntry e) => (e.Sequence, e.At, e.Event, e.StepId, e.Iteration, e.Actor);
        Assert.Equal(inMemory.Journal.Select(Shape), onDatabase.Journal.Select(Shape));
        Assert.Equal(inMemory.Steps, onDatabase.Steps);
        Assert.Equal(inMemory.Outbox.Select(m => (m.Kind, m.StepId, m.CreatedAt)), onDatabase.Outbox.Select(m => (m.Kind, m.StepId, m.CreatedAt)));
        Assert.Equal(inMemory.Instance with { Id = default, JournalHead = string.Empty }, onDatabase.Instance with { Id = default, JournalHead = string.Empty });
    }

    /// <summary>The scenario; <paramref name="open"/> gives the store for each next command (and for each check).</summary>
    private static async Task<RunResult> RunConsultationAsync(Func<Task<IInstanceStore>> open)
    {
        var clock = new FakeTimeProvider(Start);
        async Task<ProcessEngine> EngineAsync() => TestEngine.Over(await open(), clock);
        async Task<IReadOnlyList<string>> WaitingOnAsync(Guid id) => [.. (await (await open()).ListBookmarksAsync(id)).Select(b => b.StepId).Order(StringComparer.Ordinal)];
        async Task<StepState> StepAsync(Guid id, string step) => (await (await open()).LoadStepsAsync(id, [step]))[step];

        var started = await (await EngineAsync()).StartAsync("test.consultation", 1, new JsonObject { ["province"] = "Đà Nẵng" }, "Lấy ý kiến về quy hoạch");
        var id = started.Id;
        Assert.Equal(["draft-plan"], await WaitingOnAsync(id));
        Assert.Single(await (await open()).LoadTimersAsync(id, "draft-plan"));

        // The draft is overdue: its due timer escalates through the outbox and the step keeps waiting.
        clock.Advance(TimeSpan.FromDays(11));
        Assert.Equal(1, await (await EngineAsync()).FireDueTimersAsync());
        Assert.Equal(["escalation"], (await (await open()).FindUndispatchedAsync(10)).Select(m => m.Kind));
        Assert.Empty(await (await open()).LoadTimersAsync(id, "draft-plan"));
        Assert.Equal(StepStatus.Waiting, (await StepAsync(id, "draft-plan")).Status);

        // A command that read an older revision loses and changes nothing.
        var stale = await EngineAsync();
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => stale.CompleteStepAsync(id, "draft-plan", new StepCompletion("vp.lan"), expectedRevision: 1));
        Assert.Equal(2, (await (await open()).FindInstanceAsync(id))!.Revision);

        clock.Advance(TimeSpan.FromHours(2));
        await (await EngineAsync()).CompleteStepAsync(id, "draft-plan", new StepCompletion("vp.lan", Output: new JsonObject { ["plan"] = "Kế hoạch tham vấn" }));
        Assert.Equal(["review-plan"], await WaitingOnAsync(id));

        // The Standing Committee sends the plan back once: the route-only step runs, then the review again.
        await (await EngineAsync()).CompleteStepAsync(id, "review-plan", new StepCompletion("tt.minh", "revise"));
        Assert.Equal(["revise-plan"], await WaitingOnAsync(id));
        Assert.False((await StepAsync(id, "review-plan")).Released);
        await (await EngineAsync()).CompleteStepAsync(id, "revise-plan", new StepCompletion("vp.lan", "resubmit"));
        Assert.Equal(["review-plan"], await WaitingOnAsync(id));
        Assert.Equal(2, (await StepAsync(id, "review-plan")).Iteration);

        // Approval: the notification goes to the outbox, the phase closes, the comment period waits 30 days.
        await (await EngineAsync()).CompleteStepAsync(id, "review-plan", new StepCompletion("tt.minh", "approve"));
        Assert.Empty(await WaitingOnAsync(id));
        Assert.Equal(["escalation", "notification"], (await (await open()).FindUndispatchedAsync(10)).Select(m => m.Kind));
        Assert.Equal(1, (await (await open()).FindInstanceAsync(id))!.PhaseIndex);
        Assert.Equal(StepStatus.Waiting, (await StepAsync(id, "comment-period")).Status);

        // A suspended consultation's timers do not fire.
        await (await EngineAsync()).SuspendAsync(id, "admin");
        clock.Advance(TimeSpan.FromDays(31));
        Assert.Equal(0, await (await EngineAsync()).FireDueTimersAsync());
        await (await EngineAsync()).ResumeAsync(id, "admin");

        // The wait ends: both branches open in parallel, and the join waits for both.
        Assert.Equal(1, await (await EngineAsync()).FireDueTimersAsync());
        Assert.Equal(["collect-hearing", "collect-online"], await WaitingOnAsync(id));
        await (await EngineAsync()).CompleteStepAsync(id, "collect-hearing", new StepCompletion("contractor.an"));
        Assert.Equal(["collect-online"], await WaitingOnAsync(id));
        Assert.Equal(StepStatus.Pending, (await (await open()).LoadStepsAsync(id, ["summarise"])).GetValueOrDefault("summarise")?.Status ?? StepStatus.Pending);
        await (await EngineAsync()).CompleteStepAsync(id, "collect-online", new StepCompletion("wg.hoa"));
        Assert.Equal(["summarise"], await WaitingOnAsync(id));
        var done = await (await EngineAsync()).CompleteStepAsync(id, "summarise", new StepCompletion("wg.hoa"));

        var store = await open();
        Assert.Equal(done, await store.FindInstanceAsync(id));
        Assert.Empty(await store.ListBookmarksAsync(id));
        Assert.Empty(await store.FindDueTimersAsync(Start.AddYears(1), 10));
        return new RunResult(
            done,
            await store.ReadJournalAsync(id),
            [.. (await store.LoadAllStepsAsync(id)).OrderBy(s => s.StepId, StringComparer.Ordinal)],
            await store.FindUndispatchedAsync(10));
    }

    private sealed record RunResult(InstanceRecord Instance, IReadOnlyList<JournalEntry> Journal, IReadOnlyList<StepState> Steps, IReadOnlyList<OutboxMessage> Outbox);

    /// <summary>Each call closes the previous store and opens a new one on the same database.</summary>
    private sealed class ReopeningStores(DatabaseSelection database) : IAsyncDisposable
    {
        private RelationalInstanceStore? _current;

        public int Opened { get; private set; }

        public async Task<IInstanceStore> ReopenAsync()
        {
            if (_current is not null)
            {
                await _current.DisposeAsync();
            }

            _current = await DatabaseStores.OpenInstanceStoreAsync(database);
            Opened++;
            return _current;
        }

        public async ValueTask DisposeAsync()
        {
            if (_current is not null)
            {
                await _current.DisposeAsync();
            }
        }
    }
}

public sealed class EngineOnSqliteTests() : EngineOnDatabaseContract(DatabaseProvider.Sqlite);

public sealed class EngineOnPostgreSqlTests() : EngineOnDatabaseContract(DatabaseProvider.PostgreSql);
