using System.Runtime.CompilerServices;
using ConsultEngine.Definitions;
using ConsultEngine.Definitions.Overlays;
using ConsultEngine.Definitions.StepTypes;
using ConsultEngine.Persistence.Sqlite;
using ConsultEngine.Rules;
using ConsultEngine.Runtime;
using ConsultEngine.Runtime.Outbox;
using ConsultEngine.Runtime.Storage;
using ConsultEngine.Runtime.Telemetry;

namespace ConsultEngine.Hosting.Tests.Telemetry;

/// <summary>The engine's source and meter: advances, timer lag and the outbox backlog, with the names docs/telemetry.md gives.</summary>
[Collection(TelemetryTestGroup.Name)]
public sealed class EngineTelemetryTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "consult-tests", Guid.NewGuid().ToString("N"));
    private readonly FixedClock _clock = new();

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public async Task AnAdvance_IsCounted_Timed_AndTracedWithItsInstance()
    {
        using var recorded = new RecordedTelemetry(EngineTelemetry.Name);
        var engine = Engine(new InMemoryInstanceStore());

        var instance = await engine.StartAsync("test.quick", 1);

        Assert.Equal(1, Assert.Single(recorded.Of(EngineTelemetry.Advances)).Value);
        Assert.True(Assert.Single(recorded.Of(EngineTelemetry.AdvanceDuration)).Value >= 0);
        var span = Assert.Single(recorded.Spans(EngineTelemetry.AdvanceActivity));
        Assert.Equal(instance.Id.ToString(), span.GetTagItem(EngineTelemetry.InstanceTag));
        Assert.Equal("test.quick", span.GetTagItem(EngineTelemetry.DefinitionTag));
    }

    [Fact]
    public async Task ATimerFiringLate_RecordsHowLateBytheEngineClock()
    {
        var engine = Engine(new InMemoryInstanceStore());
        await engine.StartAsync("test.quick", 1);
        using var recorded = new RecordedTelemetry(EngineTelemetry.Name);

        // The wait is due one second after the start; it fires thirty seconds after that.
        _clock.Now += TimeSpan.FromSeconds(31);
        Assert.Equal(1, await engine.FireDueTimersAsync());

        Assert.Equal(30, Assert.Single(recorded.Of(EngineTelemetry.TimerLag)).Value, precision: 6);
        Assert.Equal(1, Assert.Single(recorded.Of(EngineTelemetry.Advances)).Value);
    }

    [Fact]
    public async Task TheOutboxBacklog_IsReportedPendingAndDead_FromTheLastSample()
    {
        var store = new InMemoryInstanceStore();
        await Engine(store).StartAsync("test.quick", 1);
        using var monitor = new OutboxBacklogMonitor(store);
        using var recorded = new RecordedTelemetry(EngineTelemetry.Name);

        await monitor.SampleAsync();
        recorded.Collect();

        Assert.Equal(1, Backlog(recorded, "pending"));
        Assert.Equal(0, Backlog(recorded, "dead"));
    }

    [Fact]
    public async Task TheSqliteStore_CountsItsBacklog_ByState()
    {
        Directory.CreateDirectory(_folder);
        await using var store = await SqliteInstanceStore.OpenAsync(Path.Combine(_folder, "consult.db"));
        var engine = Engine(store);
        await engine.StartAsync("test.quick", 1);
        await engine.StartAsync("test.quick", 1);
        var dead = (await store.FindDueAsync(_clock.Now, 1))[0];
        await store.RecordFailureAsync(new OutboxFailure(dead.Id, 5, "CE0000 Test", null, _clock.Now));

        var backlog = await store.CountBacklogAsync();

        Assert.Equal(new OutboxBacklog(1, 1), backlog);
    }

    [Fact]
    public void TheBacklogGauge_IsObservedOnlyWhileSomeoneListens()
    {
        var before = OutboxBacklogMonitor.IsObserved;
        bool during;
        using (new RecordedTelemetry(EngineTelemetry.Name))
        {
            during = OutboxBacklogMonitor.IsObserved;
        }

        Assert.False(before);
        Assert.True(during);
        Assert.False(OutboxBacklogMonitor.IsObserved);
    }

    private static double Backlog(RecordedTelemetry recorded, string state) =>
        Assert.Single(recorded.Of(EngineTelemetry.OutboxBacklog), m => m.Tags[EngineTelemetry.OutboxStateTag] == state).Value;

    private ProcessEngine Engine(IInstanceStore store)
    {
        var catalog = new DefinitionCatalog();
        catalog.Add(DefinitionJson.DeserializeDefinition(File.ReadAllText(Path.Combine(DefinitionsFolder(), "quick.json"))));
        return new ProcessEngine(store, catalog, StandardToolTypes.CreateRegistry(), new JintRuleRunner(new RuleEvaluator()), _clock);
    }

    private static string DefinitionsFolder([CallerFilePath] string here = "") => Path.Combine(Path.GetDirectoryName(here)!, "..", "Definitions");

    private sealed class FixedClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
