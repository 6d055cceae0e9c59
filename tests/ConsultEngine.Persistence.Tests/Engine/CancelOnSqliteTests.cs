using ConsultEngine.Persistence.Sqlite;
using ConsultEngine.Persistence.Tests.Support;
using ConsultEngine.Runtime;
using ConsultEngine.Runtime.Journal;
using ConsultEngine.Runtime.State;
using Microsoft.Extensions.Time.Testing;

namespace ConsultEngine.Persistence.Tests.Engine;

/// <summary>Cancelling a consultation closes every waiting step, including a <c>wait</c>, which has a timer but no bookmark.</summary>
public sealed class CancelOnSqliteTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task CancelAsync_DuringAWait_CancelsTheWaitAndRemovesItsTimer()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 4, 1, 8, 0, 0, TimeSpan.Zero));
        await using var store = await SqliteInstanceStore.OpenAsync(_database.Path);
        var engine = TestEngine.Over(store, clock);
        var id = (await engine.StartAsync("test.consultation", 1)).Id;
        await engine.CompleteStepAsync(id, "draft-plan", new StepCompletion("vp.lan"));
        await engine.CompleteStepAsync(id, "review-plan", new StepCompletion("tt.minh", "approve"));
        Assert.Single(await store.LoadTimersAsync(id, "comment-period"));

        await engine.CancelAsync(id, "admin", "withdrawn");

        await using var reopened = await SqliteInstanceStore.OpenAsync(_database.Path);
        Assert.Equal(InstanceStatus.Cancelled, (await reopened.FindInstanceAsync(id))!.Status);
        Assert.Equal(StepStatus.Cancelled, (await reopened.LoadStepsAsync(id, ["comment-period"]))["comment-period"].Status);
        Assert.Empty(await reopened.LoadTimersAsync(id, "comment-period"));
        Assert.Contains(await reopened.ReadJournalAsync(id), e => e.Event == JournalEvents.StepCancelled && e.StepId == "comment-period");
    }
}
