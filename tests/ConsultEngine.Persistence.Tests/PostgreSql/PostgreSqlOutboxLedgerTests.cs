using ConsultEngine.Persistence.PostgreSql;
using ConsultEngine.Persistence.Tests.Support;
using ConsultEngine.Runtime.Journal;
using ConsultEngine.Runtime.Outbox;
using ConsultEngine.Runtime.State;
using static ConsultEngine.Persistence.Tests.Support.ChangeSets;

namespace ConsultEngine.Persistence.Tests.PostgreSql;

/// <summary>The outbox queue with retries (<c>IOutboxLedger</c>) as the PostgreSQL instance store keeps it.</summary>
public sealed class PostgreSqlOutboxLedgerTests : IAsyncLifetime
{
    private PostgresTestDatabase? _database;
    private PostgreSqlInstanceStore? _store;

    private PostgreSqlInstanceStore Store => _store!;

    public async Task InitializeAsync()
    {
        _database = await PostgresTestDatabase.CreateAsync();
        _store = await PostgreSqlInstanceStore.OpenAsync(_database.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [SkippableFact]
    public async Task AFailedMessage_IsDueAgainOnlyAtItsNextAttempt_AndOnceSentIsNoLongerUndelivered()
    {
        var message = await QueueAsync();

        Assert.Equal([message.Id], (await Store.FindDueAsync(T0, 10)).Select(m => m.Id));
        await Store.RecordFailureAsync(new OutboxFailure(message.Id, 1, "timeout", T0.AddMinutes(1), null));

        Assert.Empty(await Store.FindDueAsync(T0.AddSeconds(59), 10));
        var due = Assert.Single(await Store.FindDueAsync(T0.AddMinutes(1), 10));
        Assert.Equal(1, due.Attempts);
        Assert.Equal("timeout", due.LastError);
        await Store.MarkDispatchedAsync(message.Id, T0.AddMinutes(2));

        Assert.Empty(await Store.ListUndeliveredAsync(10));
        Assert.Equal(T0.AddMinutes(2), (await Store.FindMessageAsync(message.Id))!.DispatchedAt);
    }

    [SkippableFact]
    public async Task ADeadLetter_IsListedFirst_IsNeverDue_UntilRetriedByHand()
    {
        var healthy = await QueueAsync();
        var dead = await QueueAsync();
        await Store.RecordFailureAsync(new OutboxFailure(dead.Id, 3, "refused", null, T0));

        Assert.Equal([dead.Id, healthy.Id], (await Store.ListUndeliveredAsync(10)).Select(m => m.Id));
        Assert.Equal([healthy.Id], (await Store.FindDueAsync(T0.AddDays(1), 10)).Select(m => m.Id));
        Assert.True(await Store.RetryDeadAsync(dead.Id, T0.AddDays(1)));
        Assert.False(await Store.RetryDeadAsync(healthy.Id, T0.AddDays(1)));

        Assert.Contains(dead.Id, (await Store.FindDueAsync(T0.AddDays(1), 10)).Select(m => m.Id));
    }

    [SkippableFact]
    public async Task ReplacePayloadAsync_ErasesWhatTheMessageHeld()
    {
        var message = await QueueAsync();

        Assert.True(await Store.ReplacePayloadAsync(message.Id, "{}"));
        Assert.False(await Store.ReplacePayloadAsync(Guid.NewGuid(), "{}"));

        Assert.Equal("{}", (await Store.FindMessageAsync(message.Id))!.PayloadJson);
    }

    private async Task<OutboxMessage> QueueAsync()
    {
        var instance = Next(NewInstance(), T0, JournalEvents.InstanceStarted);
        await Store.CommitAsync(instance);
        var message = new OutboxMessage(Guid.NewGuid(), instance.Instance.Id, "notify", "email", """{"to":"văn-phòng@hdnd.example"}""", T0);
        await Store.QueueAsync(message);
        return message;
    }
}
