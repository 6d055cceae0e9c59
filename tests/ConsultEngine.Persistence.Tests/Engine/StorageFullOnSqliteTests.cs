using System.Text.Json.Nodes;
using ConsultEngine.Persistence.Sqlite;
using ConsultEngine.Persistence.Tests.Support;
using ConsultEngine.Runtime;
using ConsultEngine.Runtime.State;
using ConsultEngine.Runtime.Storage;
using Microsoft.Extensions.Time.Testing;

namespace ConsultEngine.Persistence.Tests.Engine;

/// <summary>An advance that the full database refuses fails with CE8090 and leaves the instance as it was; it succeeds once there is room.</summary>
public sealed class StorageFullOnSqliteTests : IDisposable
{
    private const long Unlimited = 1_073_741_823;
    private readonly TempDatabase _database = new();
    private long _pageLimit = Unlimited;

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task CompleteStepAsync_OnAFullDatabase_IsRefusedWithCE8090_TheInstanceUnchanged_AndSucceedsWhenRoomReturns()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 4, 1, 8, 0, 0, TimeSpan.Zero));
        await using var store = await SqliteInstanceStore.OpenAsync(_database.Path, new SqliteStoreOptions { PageLimit = () => Interlocked.Read(ref _pageLimit) });
        var engine = TestEngine.Over(store, clock);
        var id = (await engine.StartAsync("test.consultation", 1)).Id;
        var before = (await store.FindInstanceAsync(id))!;
        var completion = new StepCompletion("vp.lan", Output: new JsonObject { ["plan"] = new string('k', 40_000) });

        Interlocked.Exchange(ref _pageLimit, 1);
        var refused = await Assert.ThrowsAsync<StorageFullException>(() => engine.CompleteStepAsync(id, "draft-plan", completion));

        Assert.Equal(StorageCodes.StorageFull, refused.Code);
        Assert.Equal(FailureKind.Unavailable, refused.Kind);
        await using (var reopened = await SqliteInstanceStore.OpenAsync(_database.Path))
        {
            var after = (await reopened.FindInstanceAsync(id))!;
            Assert.Equal(before.Revision, after.Revision);
            Assert.Equal(before.JournalLength, after.JournalLength);
            Assert.Equal(before.JournalHead, after.JournalHead);
            Assert.Equal(StepStatus.Waiting, (await reopened.LoadStepsAsync(id, ["draft-plan"]))["draft-plan"].Status);
        }

        Interlocked.Exchange(ref _pageLimit, Unlimited);
        await engine.CompleteStepAsync(id, "draft-plan", completion);

        Assert.Equal(StepStatus.Completed, (await store.LoadStepsAsync(id, ["draft-plan"]))["draft-plan"].Status);
    }
}
