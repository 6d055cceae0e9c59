using ConsultEngine.Persistence.Feedback;
using ConsultEngine.Persistence.Providers;
using ConsultEngine.Persistence.Tests.Support;
using ConsultEngine.Runtime.Journal;
using ConsultEngine.Runtime.State;
using static ConsultEngine.Persistence.Tests.Support.ChangeSets;

namespace ConsultEngine.Persistence.Tests.Feedback;

/// <summary>
/// A process that dies after the feedback messages committed but before the contacts were deleted
/// leaves them stored; the store deletes them on its next open or read, and keeps their count.
/// </summary>
public abstract class FeedbackSweepContract(DatabaseProvider provider) : OnProviderDatabase(provider)
{
    [SkippableFact]
    public async Task OpenAsync_ContactWhoseMessageIsQueued_IsDeletedAndItsCountKept()
    {
        var (instanceId, email, _) = await CrashAfterQueuingAsync();

        await using (var store = await SqliteFeedbackStore.OpenAsync(Database.Selection))
        {
            Assert.Equal(["0"], await Database.QueryAsync("SELECT COUNT(*) FROM feedback_subscriptions"));
            var delivery = Assert.Single(await store.DeliveriesAsync(instanceId));
            Assert.Equal(("notify-voters", 1, 1), (delivery.StepId, delivery.Emails, delivery.Phones));
            Assert.Empty(await store.ListAsync(instanceId));
        }

        Assert.DoesNotContain(await Database.QueryAsync("SELECT contact FROM feedback_subscriptions"), c => c == email);
    }

    [SkippableFact]
    public async Task SweepQueuedAsync_RunTwiceAndAcrossReopens_CountsTheContactsOnce()
    {
        var (instanceId, _, ids) = await CrashAfterQueuingAsync();

        await using (var store = await SqliteFeedbackStore.OpenAsync(Database.Selection))
        {
            Assert.Empty(await store.SweepQueuedAsync());
            Assert.Empty(await store.SweepQueuedAsync(instanceId));

            // The deletion the crash interrupted, run late, finds nothing left to count.
            await store.ForgetQueuedAsync(instanceId, "notify-voters", ids, T0.AddHours(1));
        }

        await using var reopened = await SqliteFeedbackStore.OpenAsync(Database.Selection);
        var delivery = Assert.Single(await reopened.DeliveriesAsync(instanceId));
        Assert.Equal(2, delivery.Total);
    }

    [SkippableFact]
    public async Task ListAsync_ContactQueuedWhileTheStoreWasOpen_IsNotCountedAsWaiting()
    {
        await using var store = await SqliteFeedbackStore.OpenAsync(Database.Selection);
        var (instanceId, _, _) = await CrashAfterQueuingAsync(store);
        var waiting = new FeedbackSubscription(Guid.NewGuid(), instanceId, "comment", FeedbackChannel.Email, "cho@example.vn", "vi", new DateTimeOffset(T0.Date, TimeSpan.Zero), "token-waiting");
        await store.AddAsync(waiting);

        Assert.Equal([waiting], await store.ListAsync(instanceId));
        Assert.Equal(2, Assert.Single(await store.DeliveriesAsync(instanceId)).Total);
    }

    /// <summary>Two contacts stored, then their messages committed with the advance, and no deletion after.</summary>
    private async Task<(Guid InstanceId, string Email, Guid[] Ids)> CrashAfterQueuingAsync(SqliteFeedbackStore? open = null)
    {
        var start = Next(NewInstance(), T0, JournalEvents.InstanceStarted);
        var id = start.Instance.Id;
        var email = "nguoidan@example.vn";
        var subscriptions = new[]
        {
            new FeedbackSubscription(Guid.NewGuid(), id, "comment", FeedbackChannel.Email, email, "vi", new DateTimeOffset(T0.Date, TimeSpan.Zero), "token-" + Guid.NewGuid().ToString("N")),
            new FeedbackSubscription(Guid.NewGuid(), id, "comment", FeedbackChannel.Phone, "0912345678", "en", new DateTimeOffset(T0.Date, TimeSpan.Zero), "token-" + Guid.NewGuid().ToString("N")),
        };

        await using var instances = await DatabaseStores.OpenInstanceStoreAsync(Database.Selection);
        await instances.CommitAsync(start);
        var store = open ?? await SqliteFeedbackStore.OpenAsync(Database.Selection);
        try
        {
            foreach (var subscription in subscriptions)
            {
                await store.AddAsync(subscription);
            }

            await instances.CommitAsync(Next(start.Instance, T0.AddHours(1), JournalEvents.NotificationQueued) with
            {
                Outbox = [.. subscriptions.Select(s => new OutboxMessage(s.Id, id, "notify-voters", "feedback", "{}", T0.AddHours(1)))],
            });
        }
        finally
        {
            if (open is null)
            {
                await store.DisposeAsync();
            }
        }

        return (id, email, [.. subscriptions.Select(s => s.Id)]);
    }
}

/// <summary>The sweep on a SQLite file.</summary>
public sealed class FeedbackSweepTests() : FeedbackSweepContract(DatabaseProvider.Sqlite);

/// <summary>The sweep on a PostgreSQL database of its own.</summary>
public sealed class PostgreSqlFeedbackSweepTests() : FeedbackSweepContract(DatabaseProvider.PostgreSql);
