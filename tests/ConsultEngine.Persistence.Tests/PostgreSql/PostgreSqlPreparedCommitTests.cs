using ConsultEngine.Persistence.PostgreSql;
using ConsultEngine.Persistence.Tests.Support;
using ConsultEngine.Runtime.Journal;

namespace ConsultEngine.Persistence.Tests.PostgreSql;

/// <summary>
/// On PostgreSQL a commit sends its statements after the instance row in one batch and the driver prepares
/// the statements it sees often (after 3 uses). Twelve commits through one connection (one idle session) run the
/// same statements prepared again and again: each must carry its own values, never a previous commit's.
/// </summary>
public sealed class PostgreSqlPreparedCommitTests : IAsyncLifetime
{
    private PostgresTestDatabase? _database;

    public async Task InitializeAsync() => _database = await PostgresTestDatabase.CreateAsync();

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [SkippableFact]
    public async Task ManyCommitsOnOneConnection_StoreEachCommitsOwnRows_WithStatementsPrepared()
    {
        await using var store = await PostgreSqlInstanceStore.OpenAsync(_database!.ConnectionString, new PostgreSqlStoreOptions { MaxIdleConnections = 1 });
        var instance = ChangeSets.NewInstance();
        await store.CommitAsync(ChangeSets.Next(instance, ChangeSets.T0, JournalEvents.InstanceStarted));
        instance = (await store.FindInstanceAsync(instance.Id))!;

        for (var i = 1; i <= 12; i++)
        {
            var changes = ChangeSets.Next(instance, ChangeSets.T0.AddMinutes(i), JournalEvents.StepActivated, JournalEvents.StepCompleted);
            await store.CommitAsync(changes with { Steps = [ChangeSets.Waiting($"step-{i}")] });
            instance = (await store.FindInstanceAsync(instance.Id))!;
        }

        var journal = await store.ReadJournalAsync(instance.Id);
        Assert.Equal(Enumerable.Range(1, 25).Select(n => (long)n), journal.Select(e => e.Sequence));
        Assert.Null(JournalHasher.Verify(journal));
        Assert.Equal(25, instance.JournalLength);
        Assert.Equal(12, (await store.LoadStepsAsync(instance.Id, [.. Enumerable.Range(1, 12).Select(i => $"step-{i}")])).Count);
    }
}
