using ConsultEngine.Persistence.Sqlite;
using ConsultEngine.Persistence.Tests.Support;
using ConsultEngine.Runtime.Journal;
using ConsultEngine.Runtime.State;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using static ConsultEngine.Persistence.Tests.Support.ChangeSets;

namespace ConsultEngine.Persistence.Tests.Contract;

/// <summary>
/// How the SQLite store lays out what a step transition writes: step states, bookmarks and journal
/// entries clustered by their key (WITHOUT ROWID), reached by a migration that keeps every row; and the
/// write-ahead log synced beside the writers.
/// </summary>
public sealed class SqliteRunningStateLayoutTests : IDisposable
{
    private const string BeforeClustering = "20261206002000_RowClaims";
    private static readonly string[] ClusteredTables = ["bookmarks", "journal_entries", "step_states"];

    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task OpenAsync_NewFile_ClustersStepStatesBookmarksAndJournalByTheirKey()
    {
        await using var store = await SqliteInstanceStore.OpenAsync(_database.Path);

        Assert.Equal(ClusteredTables, await ClusteredAsync());
        Assert.Equal(["ix_bookmarks_role_created_at"], await SqliteText.QueryAsync(_database.Path, "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'bookmarks' AND sql IS NOT NULL"));
    }

    [Fact]
    public async Task Migration_DownToRowidTablesAndUpAgain_KeepsEveryRowOfARunningInstance()
    {
        var start = Next(NewInstance(), T0, JournalEvents.InstanceStarted, JournalEvents.StepActivated);
        start = start with
        {
            Steps = [Waiting("a"), Waiting("b") with { Status = StepStatus.Completed, Outcome = "done", OutputJson = """{"ý kiến":12}""", CompletedAt = T0.AddHours(2) }],
            BookmarksAdded = [BookmarkFor(start.Instance.Id, "a", "thuong-truc-hdnd")],
        };
        await using (var store = await SqliteInstanceStore.OpenAsync(_database.Path))
        {
            await store.CommitAsync(start);
        }

        var rows = await RowsAsync();
        Assert.Equal(5, rows.Count); // two steps, one bookmark, two journal entries

        await MigrateToAsync(BeforeClustering);
        Assert.Empty(await ClusteredAsync());
        Assert.Equal(rows, await RowsAsync());

        await MigrateToAsync(null);
        Assert.Equal(ClusteredTables, await ClusteredAsync());
        Assert.Equal(rows, await RowsAsync());
        await using var reopened = await SqliteInstanceStore.OpenAsync(_database.Path);
        Assert.Equal(start.Journal, await reopened.ReadJournalAsync(start.Instance.Id));
        Assert.Equal(start.BookmarksAdded, await reopened.ListBookmarksAsync(start.Instance.Id));
        Assert.Equal(start.Steps.OrderBy(s => s.StepId, StringComparer.Ordinal), (await reopened.LoadAllStepsAsync(start.Instance.Id)).OrderBy(s => s.StepId, StringComparer.Ordinal));
    }

    [Fact]
    public async Task CommitAsync_OnAFile_TheLogIsSyncedBesideTheWriters()
    {
        await using var store = await SqliteInstanceStore.OpenAsync(_database.Path);
        await store.CommitAsync(Next(NewInstance(), T0, JournalEvents.InstanceStarted));

        // The flusher looks every 100 ms; a loaded machine may delay it, never by seconds.
        for (var waited = 0; store.LogSyncs == 0 && waited < 100; waited++)
        {
            await Task.Delay(100);
        }

        Assert.True(store.LogSyncs > 0, "The write-ahead log changed but was never synced in the background.");
    }

    /// <summary>Every row of the three tables, each column quoted as SQL text, in key order: compared as they are, without the store (whose open would migrate).</summary>
    private async Task<List<string>> RowsAsync()
    {
        var rows = new List<string>();
        foreach (var table in ClusteredTables)
        {
            var columns = await SqliteText.QueryAsync(_database.Path, $"SELECT name FROM pragma_table_info('{table}') ORDER BY cid");
            var row = string.Join(" || '|' || ", columns.Select(c => $"quote(\"{c}\")"));
            rows.AddRange(await SqliteText.QueryAsync(_database.Path, $"SELECT '{table}|' || {row} FROM \"{table}\" ORDER BY 1"));
        }

        return rows;
    }

    private async Task<List<string>> ClusteredAsync() =>
        await SqliteText.QueryAsync(_database.Path, "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '%WITHOUT ROWID' AND name IN ('bookmarks', 'journal_entries', 'step_states') ORDER BY name");

    private async Task MigrateToAsync(string? migration)
    {
        await using var context = new SqliteConsultDbContext(SqliteStoreProvider.ContextOptions($"Data Source={_database.Path};Pooling=False"));
        await context.GetService<IMigrator>().MigrateAsync(migration);
    }
}
