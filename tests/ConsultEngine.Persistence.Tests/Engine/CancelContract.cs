using ConsultEngine.Persistence.Providers;
using ConsultEngine.Persistence.Tests.Support;
using ConsultEngine.Runtime;
using ConsultEngine.Runtime.Journal;
using ConsultEngine.Runtime.State;
using Microsoft.Extensions.Time.Testing;

namespace ConsultEngine.Persistence.Tests.Engine;

/// <summary>Cancelling a consultation closes every waiting step, including a <c>wait</c>, which has a timer but no bookmark.</summary>
public abstract class CancelContract(DatabaseProvider provider) : OnProviderDatabase(provider)
{
    [SkippableFact]
    public async Task CancelAsync_DuringAWait_CancelsTheWaitAndRemovesItsTimer()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 4, 1, 8, 0, 0, TimeSpan.Zero));
        await using var store = await DatabaseStores.OpenInstanceStoreAsync(Database.Selection);
        var engine = TestEngine.Over(store, clock);
        var id = (await engine.StartAsync("test.consultation", 1)).Id;
        await engine.CompleteStepAsync(id, "draft-plan", new StepCompletion("vp.lan"));
        await engine.CompleteStepAsync(id, "review-plan", new StepCompletion("tt.minh", "approve"));
        Assert.Single(await store.LoadTimersAsync(id, "comment-period"));

        await engine.CancelAsync(id, "admin", "withdrawn");

        await using var reopened = await DatabaseStores.OpenInstanceStoreAsync(Database.Selection);
        Assert.Equal(InstanceStatus.Cancelled, (await reopened.FindInstanceAsync(id))!.Status);
        Assert.Equal(StepStatus.Cancelled, (await reopened.LoadStepsAsync(id, ["comment-period"]))["comment-period"].Status);
        Assert.Empty(await reopened.LoadTimersAsync(id, "comment-period"));
        Assert.Contains(await reopened.ReadJournalAsync(id), e => e.Event == JournalEvents.StepCancelled && e.StepId == "comment-period");
    }
}

public sealed class CancelOnSqliteTests() : CancelContract(DatabaseProvider.Sqlite);

public sealed class CancelOnPostgreSqlTests() : CancelContract(DatabaseProvider.PostgreSql);
