using ConsultEngine.Abstractions;
using ConsultEngine.Persistence.Tests.Support;
using ConsultEngine.Persistence.Tools;
using static ConsultEngine.Persistence.Tests.Tools.ToolInputs;

namespace ConsultEngine.Persistence.Tests.Tools;

/// <summary>
/// One vote per person with many callers at once, as the public submission path appends: the
/// writer's compact key table decides within each batch and across batches, and again after a restart.
/// </summary>
public sealed class UniqueKeyConcurrencyTests : IDisposable
{
    private const int People = 500;
    private readonly TempDatabase _database = new();
    private readonly Guid _instance = Guid.NewGuid();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task AppendAsync_EveryPersonVotingThreeTimesAtOnce_StoresOneVoteEach()
    {
        await using var store = await SqliteToolDataStore.OpenAsync(_database.Path);
        var inputs = store.Inputs(_instance, "poll");

        var results = await Task.WhenAll(Enumerable.Range(0, People * 3)
            .Select(i => Task.Run(async () => await inputs.AppendAsync(Input(_instance, "poll", uniqueKey: Key(i % People))))));

        Assert.Equal(People, results.Count(r => r.Status == AppendStatus.Stored));
        Assert.Equal(People * 2, results.Count(r => r.Status == AppendStatus.Conflict));
        Assert.Equal(People, await inputs.CountAsync(InputQuery.All));
    }

    [Fact]
    public async Task AppendAsync_ChangedVotesAtOnce_LeaveOneCountedVoteEach()
    {
        await using var store = await SqliteToolDataStore.OpenAsync(_database.Path);
        var inputs = store.Inputs(_instance, "poll");

        var results = await Task.WhenAll(Enumerable.Range(0, People * 2)
            .Select(i => Task.Run(async () => await inputs.AppendAsync(Input(_instance, "poll", uniqueKey: Key(i % People)), UniqueKeyConflict.Replace))));

        Assert.Equal(People, results.Count(r => r.Status == AppendStatus.Stored));
        Assert.Equal(People, results.Count(r => r.Status == AppendStatus.Replaced));
        var all = await inputs.ReadAsync(InputQuery.All);
        Assert.Equal(People, all.Count(i => !i.Is(InputMarks.Withdrawn)));
        Assert.Equal(People, all.Where(i => !i.Is(InputMarks.Withdrawn)).Select(i => i.UniqueKey).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task AppendAsync_AfterARestart_RefusesEveryKeyOnFile()
    {
        await using (var store = await SqliteToolDataStore.OpenAsync(_database.Path))
        {
            var inputs = store.Inputs(_instance, "poll");
            await Task.WhenAll(Enumerable.Range(0, People).Select(i => inputs.AppendAsync(Input(_instance, "poll", uniqueKey: Key(i))).AsTask()));
        }

        await using var reopened = await SqliteToolDataStore.OpenAsync(_database.Path);
        var again = reopened.Inputs(_instance, "poll");
        var results = await Task.WhenAll(Enumerable.Range(0, People).Select(i => again.AppendAsync(Input(_instance, "poll", uniqueKey: Key(i))).AsTask()));

        Assert.All(results, r => Assert.Equal(AppendStatus.Conflict, r.Status));
        Assert.Equal(AppendStatus.Stored, (await again.AppendAsync(Input(_instance, "poll", uniqueKey: Key(People)))).Status);
    }

    private static string Key(int person) => $"{person:x64}";
}
