using ConsultEngine.Persistence.Sqlite;
using ConsultEngine.Persistence.Tests.Support;
using ConsultEngine.Runtime.Journal;
using ConsultEngine.Runtime.State;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using static ConsultEngine.Persistence.Tests.Support.ChangeSets;

namespace ConsultEngine.Persistence.Tests.Contract;

/// <summary>What the SQLite store promises beyond the common contract: its file settings, its migrations, its locking and its atomicity.</summary>
public sealed class SqliteStoreTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task OpenAsync_NewFile_AppliesTheSqliteMigrations()
    {
        await using var store = await SqliteInstanceStore.OpenAsync(_database.Path);
        await using var context = OpenContext();

        Assert.Equal(context.Database.GetMigrations(), await context.Database.GetAppliedMigrationsAsync());
        Assert.Contains(context.Database.GetMigrations(), m => m.EndsWith("_InitialSchema", StringComparison.Ordinal));
        Assert.Equal(
            ["bookmarks", "codebook_codings", "codebook_sample", "codebook_themes", "communes", "definition_versions", "feedback_deliveries", "feedback_subscriptions", "incidents", "input_aggregate_cells", "input_aggregate_steps", "instances", "journal_entries", "outbox_messages", "privacy_deletion_codes", "privacy_kept_aggregates", "privacy_retention", "register_decision_statuses", "register_decisions", "register_dispositions", "register_recommendations", "register_responses", "report_review_comments", "report_versions", "step_states", "timers", "tool_input_key_epoch", "tool_inputs", "tool_records"],
            await SqliteText.QueryAsync(_database.Path, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_\\_%' ESCAPE '\\' AND name NOT LIKE 'sqlite%' ORDER BY name"));
    }

    [Fact]
    public void Model_HasNoChangesMissingFromTheSqliteMigrations()
    {
        using var context = OpenContext();

        Assert.False(context.Database.HasPendingModelChanges(), "Run: dotnet ef migrations add NAME --project engine/ConsultEngine.Persistence --context SqliteConsultDbContext --output-dir Migrations/Sqlite");
    }

    [Fact]
    public async Task OpenAsync_ExistingFile_KeepsItsDataAndMigratesNothingTwice()
    {
        var changes = Next(NewInstance(), T0, JournalEvents.InstanceStarted);
        await using (var first = await SqliteInstanceStore.OpenAsync(_database.Path))
        {
            await first.CommitAsync(changes);
        }

        await using var second = await SqliteInstanceStore.OpenAsync(_database.Path);

        Assert.Equal(changes.Instance, await second.FindInstanceAsync(changes.Instance.Id));
    }

    [Fact]
    public async Task OpenAsync_SetsWalJournalAndForeignKeys()
    {
        await using var store = await SqliteInstanceStore.OpenAsync(_database.Path);

        Assert.Equal(["wal"], await SqliteText.QueryAsync(_database.Path, "PRAGMA journal_mode"));
    }

    [Fact]
    public async Task BeginWrite_TakesTheWriteLockAtTheStart()
    {
        await using var store = await SqliteInstanceStore.OpenAsync(_database.Path);
        var provider = new SqliteStoreProvider(_database.Path, new SqliteStoreOptions());
        await using var writer = provider.CreateConnection();
        await writer.OpenAsync();
        await using var other = new SqliteConnection($"Data Source={_database.Path};Pooling=False;Default Timeout=1");
        await other.OpenAsync();
        await SqliteText.ExecuteAsync(other, "PRAGMA busy_timeout = 0");

        // The transaction has run no statement yet: only an immediate BEGIN holds the lock now.
        await using (var transaction = await provider.BeginWriteAsync(writer, CancellationToken.None))
        {
            var busy = await Assert.ThrowsAsync<SqliteException>(() => SqliteText.ExecuteAsync(other, "BEGIN IMMEDIATE; ROLLBACK;"));
            Assert.Equal(5, busy.SqliteErrorCode);
        }

        await SqliteText.ExecuteAsync(other, "BEGIN IMMEDIATE; ROLLBACK;");
    }

    [Fact]
    public async Task CommitAsync_RowFailingHalfway_RollsBackTheWholeChangeSet()
    {
        await using var store = await SqliteInstanceStore.OpenAsync(_database.Path);
        var start = Next(NewInstance(), T0, JournalEvents.InstanceStarted);
        await store.CommitAsync(start with { Steps = [Waiting("a")] });

        // The instance row and the step pass; the journal entry reuses sequence 1 and violates the key.
        var broken = Next(start.Instance, T0.AddHours(1), JournalEvents.StepCompleted);
        broken = broken with
        {
            Steps = [Waiting("a") with { Status = StepStatus.Completed }],
            Journal = [broken.Journal[0] with { Sequence = 1 }],
        };

        await Assert.ThrowsAsync<SqliteException>(() => store.CommitAsync(broken));

        await using var reopened = await SqliteInstanceStore.OpenAsync(_database.Path);
        Assert.Equal(start.Instance, await reopened.FindInstanceAsync(start.Instance.Id));
        Assert.Equal(StepStatus.Waiting, (await reopened.LoadStepsAsync(start.Instance.Id, ["a"]))["a"].Status);
        Assert.Single(await reopened.ReadJournalAsync(start.Instance.Id));
    }

    private SqliteConsultDbContext OpenContext() => new(SqliteStoreProvider.ContextOptions($"Data Source={_database.Path};Pooling=False"));
}
