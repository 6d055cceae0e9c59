using ConsultEngine.Abstractions;
using ConsultEngine.Persistence.Tests.Support;
using ConsultEngine.Persistence.Tools;
using Microsoft.Data.Sqlite;
using static ConsultEngine.Persistence.Tests.Tools.ToolInputs;

namespace ConsultEngine.Persistence.Tests.Tools;

/// <summary>
/// One input per unique key among a step's non-withdrawn inputs, kept by the writer's registry
/// against everything else that writes the file: a second store (as a second process would), a
/// staff member's withdrawal or reinstatement, a statement that fails, a raw SQL change.
/// </summary>
public sealed class UniqueKeyHoldingTests : IDisposable
{
    private readonly TempDatabase _database = new();
    private readonly Guid _instance = Guid.NewGuid();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task AppendAsync_KeyTakenByAnotherStoreAfterThisOneLoadedTheStep_IsAConflict()
    {
        await using var first = await SqliteToolDataStore.OpenAsync(_database.Path);
        await using var second = await SqliteToolDataStore.OpenAsync(_database.Path);
        var mine = first.Inputs(_instance, "poll");
        var theirs = second.Inputs(_instance, "poll");
        Assert.Equal(AppendStatus.Stored, (await mine.AppendAsync(Input(_instance, "poll", uniqueKey: "a"))).Status);

        var taken = Input(_instance, "poll", uniqueKey: "b");
        Assert.Equal(AppendStatus.Stored, (await theirs.AppendAsync(taken)).Status);
        var again = await mine.AppendAsync(Input(_instance, "poll", uniqueKey: "b"));

        Assert.Equal(new AppendResult(AppendStatus.Conflict, taken.Id), again);
        Assert.Equal(2, await mine.CountAsync(InputQuery.All));
    }

    [Fact]
    public async Task AppendAsync_AfterTheHolderWasWithdrawnThroughAnotherConnection_StoresTheKeyAgain()
    {
        await using var store = await SqliteToolDataStore.OpenAsync(_database.Path);
        var inputs = store.Inputs(_instance, "poll");
        var first = Input(_instance, "poll", uniqueKey: "a");
        await inputs.AppendAsync(first);
        Assert.Equal(AppendStatus.Conflict, (await inputs.AppendAsync(Input(_instance, "poll", uniqueKey: "a"))).Status);

        await inputs.UpdateAsync(first.Id, InputMarks.Withdrawn, []);

        Assert.Equal(AppendStatus.Stored, (await inputs.AppendAsync(Input(_instance, "poll", uniqueKey: "a"))).Status);
        Assert.Equal(["1"], await SqliteText.QueryAsync(_database.Path, "SELECT CAST(epoch AS TEXT) FROM tool_input_key_epoch"));
    }

    [Fact]
    public async Task UpdateAsync_ReinstatingAnInputWhoseKeyIsHeld_IsRefusedAndTheHolderKeepsIt()
    {
        await using var store = await SqliteToolDataStore.OpenAsync(_database.Path);
        var inputs = store.Inputs(_instance, "poll");
        var first = Input(_instance, "poll", uniqueKey: "a");
        var second = Input(_instance, "poll", uniqueKey: "a");
        await inputs.AppendAsync(first);
        Assert.Equal(new AppendResult(AppendStatus.Replaced, first.Id), await inputs.AppendAsync(second, UniqueKeyConflict.Replace));

        var refused = await Assert.ThrowsAsync<ToolException>(async () => await inputs.UpdateAsync(first.Id, InputMarks.None, ["reinstated"]));

        Assert.Equal(ToolCodes.AlreadySubmitted, refused.Code);
        Assert.Equal(InputMarks.Withdrawn, (await inputs.FindAsync(first.Id))!.Flags);
        Assert.Equal(new AppendResult(AppendStatus.Conflict, second.Id), await inputs.AppendAsync(Input(_instance, "poll", uniqueKey: "a")));
    }

    [Fact]
    public async Task UpdateAsync_ReinstatingAnInputWhoseKeyIsFree_TakesTheKeyBack()
    {
        await using var store = await SqliteToolDataStore.OpenAsync(_database.Path);
        var inputs = store.Inputs(_instance, "poll");
        var first = Input(_instance, "poll", uniqueKey: "a", flags: InputMarks.Withdrawn);
        await inputs.AppendAsync(first);
        Assert.Equal(AppendStatus.Stored, (await inputs.AppendAsync(Input(_instance, "poll", uniqueKey: "b"))).Status);

        await inputs.UpdateAsync(first.Id, InputMarks.None, []);

        Assert.Equal(new AppendResult(AppendStatus.Conflict, first.Id), await inputs.AppendAsync(Input(_instance, "poll", uniqueKey: "a")));
    }

    [Fact]
    public async Task AppendAsync_WhoseInsertFails_DoesNotTakeItsKey()
    {
        await using var store = await SqliteToolDataStore.OpenAsync(_database.Path);
        var inputs = store.Inputs(_instance, "poll");
        var first = Input(_instance, "poll", uniqueKey: "a");
        await inputs.AppendAsync(first);

        // The same id again: the statement fails, SQLite undoes it, the key stays free.
        var repeated = Input(_instance, "poll", uniqueKey: "b") with { Id = first.Id };
        await Assert.ThrowsAsync<ArgumentException>(async () => await inputs.AppendAsync(repeated));

        Assert.Equal(AppendStatus.Stored, (await inputs.AppendAsync(Input(_instance, "poll", uniqueKey: "b"))).Status);
    }

    [Fact]
    public async Task AppendAsync_AfterARawDeleteOfTheHolder_StoresTheKeyAgain()
    {
        await using var store = await SqliteToolDataStore.OpenAsync(_database.Path);
        var inputs = store.Inputs(_instance, "poll");
        await inputs.AppendAsync(Input(_instance, "poll", uniqueKey: "a"));
        Assert.Equal(AppendStatus.Conflict, (await inputs.AppendAsync(Input(_instance, "poll", uniqueKey: "a"))).Status);

        await using (var other = new SqliteConnection($"Data Source={_database.Path};Pooling=False"))
        {
            await other.OpenAsync();
            await SqliteText.ExecuteAsync(other, "DELETE FROM tool_inputs WHERE unique_key = 'a'");
        }

        Assert.Equal(AppendStatus.Stored, (await inputs.AppendAsync(Input(_instance, "poll", uniqueKey: "a"))).Status);
    }

    [Fact]
    public async Task AppendAsync_KeysOfOtherStepsAndInstances_DoNotCollide()
    {
        await using var store = await SqliteToolDataStore.OpenAsync(_database.Path);
        var other = Guid.NewGuid();

        var results = new[]
        {
            await store.Inputs(_instance, "poll").AppendAsync(Input(_instance, "poll", uniqueKey: "a")),
            await store.Inputs(_instance, "vote").AppendAsync(Input(_instance, "vote", uniqueKey: "a")),
            await store.Inputs(other, "poll").AppendAsync(Input(other, "poll", uniqueKey: "a")),
        };

        Assert.All(results, r => Assert.Equal(AppendStatus.Stored, r.Status));
    }

    [Fact]
    public async Task AppendAsync_ReopenedStore_KnowsTheKeysOnFile()
    {
        var first = Input(_instance, "poll", uniqueKey: "a");
        await using (var store = await SqliteToolDataStore.OpenAsync(_database.Path))
        {
            await store.Inputs(_instance, "poll").AppendAsync(first);
        }

        await using var reopened = await SqliteToolDataStore.OpenAsync(_database.Path);

        Assert.Equal(new AppendResult(AppendStatus.Conflict, first.Id), await reopened.Inputs(_instance, "poll").AppendAsync(Input(_instance, "poll", uniqueKey: "a")));
    }
}
