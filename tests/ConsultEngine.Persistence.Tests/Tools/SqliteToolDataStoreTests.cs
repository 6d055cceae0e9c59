using ConsultEngine.Abstractions;
using ConsultEngine.Persistence.Sqlite;
using ConsultEngine.Persistence.Tests.Support;
using ConsultEngine.Persistence.Tools;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using static ConsultEngine.Persistence.Tests.Tools.ToolInputs;

namespace ConsultEngine.Persistence.Tests.Tools;

/// <summary>What the SQLite tool store promises beyond the contract: its schema, its group commit, its shutdown and its patience with other writers.</summary>
public sealed class SqliteToolDataStoreTests : IDisposable
{
    private readonly TempDatabase _database = new();
    private readonly Guid _instance = Guid.NewGuid();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task OpenAsync_CreatesTheKeyEpochAndItsTriggers_AndNoIndexOnTheUniqueKey()
    {
        await using var store = await SqliteToolDataStore.OpenAsync(_database.Path);

        Assert.Empty(await SqliteText.QueryAsync(_database.Path, "SELECT name FROM sqlite_master WHERE type = 'index' AND sql LIKE '%unique_key%'"));
        Assert.Equal(["tool_inputs_key_holder_deleted", "tool_inputs_key_holder_updated"], await SqliteText.QueryAsync(_database.Path, "SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name"));
        Assert.Equal(["0"], await SqliteText.QueryAsync(_database.Path, "SELECT CAST(epoch AS TEXT) FROM tool_input_key_epoch"));
        Assert.Single(await SqliteText.QueryAsync(_database.Path, "SELECT name FROM sqlite_master WHERE name = 'ix_tool_inputs_instance_id_step_id_sequence'"));
    }

    [Fact]
    public async Task OpenAsync_SharesTheFileOfTheInstanceStore()
    {
        await using var instances = await SqliteInstanceStore.OpenAsync(_database.Path);
        await using var tools = await SqliteToolDataStore.OpenAsync(instances.DatabasePath);

        await tools.Inputs(_instance, "poll").AppendAsync(Input(_instance, "poll"));

        Assert.Equal(["1"], await SqliteText.QueryAsync(_database.Path, "SELECT CAST(COUNT(*) AS TEXT) FROM tool_inputs"));
        Assert.Empty(await instances.ListInstancesAsync());
    }

    [Fact]
    public async Task AppendAsync_WritesRowsThatEfCoreReadsBack()
    {
        var input = Full(_instance, "poll");
        await using (var store = await SqliteToolDataStore.OpenAsync(_database.Path))
        {
            await store.Inputs(_instance, "poll").AppendAsync(input);
        }

        await using var context = new SqliteConsultDbContext(SqliteStoreProvider.ContextOptions($"Data Source={_database.Path};Pooling=False"));
        var row = await context.Set<ToolInputRow>().SingleAsync(r => r.Id == input.Id && r.InstanceId == _instance);
        Assert.Equal((input.SubmittedAt.UtcTicks, "Enumerator", "Hải Châu", "hai-chau", null), (row.SubmittedAt.UtcTicks, row.Channel, row.Commune, row.CommuneCode, row.District));
        Assert.Equal(1, row.Sequence);
    }

    [Fact]
    public async Task AppendAsync_ConcurrentSubmissions_ShareTransactions()
    {
        await using var store = await SqliteToolDataStore.OpenAsync(_database.Path);
        var inputs = store.Inputs(_instance, "poll");

        var results = await Task.WhenAll(Enumerable.Range(0, 2_000).Select(n => Task.Run(async () => await inputs.AppendAsync(Input(_instance, "poll", uniqueKey: $"v{n}")))));

        Assert.All(results, r => Assert.Equal(AppendStatus.Stored, r.Status));
        Assert.Equal(2_000, await inputs.CountAsync(InputQuery.All));
        Assert.InRange(store.Writer.Commits, 1, 500);
    }

    [Fact]
    public async Task AppendAsync_ConflictsInABatch_FailOnlyTheirOwnSubmission()
    {
        await using var store = await SqliteToolDataStore.OpenAsync(_database.Path, new SqliteToolDataStoreOptions { MaxBatchSize = 2_000 });
        var inputs = store.Inputs(_instance, "poll");
        var taken = Input(_instance, "poll", uniqueKey: "taken");
        await inputs.AppendAsync(taken);

        // Half the batch collides with the stored key; the other half must commit all the same.
        var batch = Enumerable.Range(0, 200).Select(n => Input(_instance, "poll", uniqueKey: n % 2 == 0 ? "taken" : $"v{n}")).ToArray();
        var results = await Task.WhenAll(batch.Select(i => inputs.AppendAsync(i).AsTask()));

        Assert.Equal(100, results.Count(r => r == new AppendResult(AppendStatus.Conflict, taken.Id)));
        Assert.Equal(100, results.Count(r => r.Status == AppendStatus.Stored));
        Assert.Equal(101, await inputs.CountAsync(InputQuery.All));
    }

    [Fact]
    public async Task DisposeAsync_WritesEveryQueuedInputFirst()
    {
        var store = await SqliteToolDataStore.OpenAsync(_database.Path);
        var inputs = store.Inputs(_instance, "poll");
        var pending = Enumerable.Range(0, 3_000).Select(_ => inputs.AppendAsync(Input(_instance, "poll")).AsTask()).ToArray();

        await store.DisposeAsync();

        // Committed before DisposeAsync returned; the callers' continuations may still be on their way.
        await using var reopened = await SqliteToolDataStore.OpenAsync(_database.Path);
        Assert.Equal(3_000, await reopened.Inputs(_instance, "poll").CountAsync(InputQuery.All));
        Assert.All(await Task.WhenAll(pending), r => Assert.Equal(AppendStatus.Stored, r.Status));
    }

    [Fact]
    public async Task AppendAsync_AfterDispose_IsRefused()
    {
        var store = await SqliteToolDataStore.OpenAsync(_database.Path);
        var inputs = store.Inputs(_instance, "poll");
        await store.DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(async () => await inputs.AppendAsync(Input(_instance, "poll")));
    }

    [Fact]
    public async Task AppendAsync_WhileAnotherProcessHoldsTheWriteLock_WaitsAndCommits()
    {
        await using var store = await SqliteToolDataStore.OpenAsync(_database.Path);
        await using var other = new SqliteConnection($"Data Source={_database.Path};Pooling=False");
        await other.OpenAsync();
        await SqliteText.ExecuteAsync(other, "BEGIN IMMEDIATE");

        var append = store.Inputs(_instance, "poll").AppendAsync(Input(_instance, "poll")).AsTask();
        await Task.Delay(300);
        Assert.False(append.IsCompleted);
        await SqliteText.ExecuteAsync(other, "COMMIT");

        Assert.Equal(AppendStatus.Stored, (await append).Status);
    }

    [Fact]
    public async Task AppendAsync_WhenTheLockIsNeverFreed_FailsTheBatchAndTheWriterGoesOn()
    {
        await using var store = await SqliteToolDataStore.OpenAsync(_database.Path, new SqliteToolDataStoreOptions { BusyTimeout = TimeSpan.FromMilliseconds(200) });
        var inputs = store.Inputs(_instance, "poll");
        await using (var other = new SqliteConnection($"Data Source={_database.Path};Pooling=False"))
        {
            await other.OpenAsync();
            await SqliteText.ExecuteAsync(other, "BEGIN IMMEDIATE");

            var busy = await Assert.ThrowsAsync<SqliteException>(async () => await inputs.AppendAsync(Input(_instance, "poll")));
            Assert.Equal(SQLitePCL.raw.SQLITE_BUSY, busy.SqliteErrorCode);
        }

        Assert.Equal(AppendStatus.Stored, (await inputs.AppendAsync(Input(_instance, "poll"))).Status);
        Assert.Equal(1, await inputs.CountAsync(InputQuery.All));
    }

    [Fact]
    public async Task AppendAsync_TwoStoresOnOneFile_KeepOneInputPerKey()
    {
        await using var first = await SqliteToolDataStore.OpenAsync(_database.Path);
        await using var second = await SqliteToolDataStore.OpenAsync(_database.Path);

        var results = await Task.WhenAll(Enumerable.Range(0, 100).Select(n =>
            (n % 2 == 0 ? first : second).Inputs(_instance, "poll").AppendAsync(Input(_instance, "poll", uniqueKey: $"v{n % 10}")).AsTask()));

        Assert.Equal(10, results.Count(r => r.Status == AppendStatus.Stored));
        Assert.Equal(10, await first.Inputs(_instance, "poll").CountAsync(InputQuery.All));
    }

    [Fact]
    public async Task AppendAsync_OneTransactionPerInput_StoresTheSame()
    {
        await using var store = await SqliteToolDataStore.OpenAsync(_database.Path, new SqliteToolDataStoreOptions { MaxBatchSize = 1, Durability = IngestionDurability.Normal });
        var inputs = store.Inputs(_instance, "poll");

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(n => inputs.AppendAsync(Input(_instance, "poll", uniqueKey: $"v{n % 25}"), UniqueKeyConflict.Replace).AsTask()));

        Assert.Equal(50, store.Writer.Commits);
        Assert.Equal(25, results.Count(r => r.Status == AppendStatus.Replaced));
        Assert.Equal(25, await inputs.CountAsync(InputQuery.Counted));
    }

    [Fact]
    public async Task AppendAsync_CancelledBeforeTheWriterTakesIt_StoresNothing()
    {
        await using var store = await SqliteToolDataStore.OpenAsync(_database.Path);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await store.Inputs(_instance, "poll").AppendAsync(Input(_instance, "poll"), cancellationToken: cancelled.Token));

        Assert.Equal(0, await store.Inputs(_instance, "poll").CountAsync(InputQuery.All));
    }
}
