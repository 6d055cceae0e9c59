using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ConsultEngine.Abstractions;
using ConsultEngine.Persistence.Tests.Support;
using ConsultEngine.Persistence.Tools;

namespace ConsultEngine.Persistence.Tests.Tools;

/// <summary>
/// The background folder keeps a registered step's aggregate cells up to date as inputs commit: after a
/// burst it has folded everything (no analysis call needed), analysis calls running at the same time never
/// make it count an input twice, and a restart mid-way goes on from the watermark.
/// </summary>
public sealed class AggregateFolderTests : IDisposable
{
    private static readonly QuestionSpec[] Questions =
    [
        new("q1", QuestionShape.SingleChoice),
        new("q2", QuestionShape.MultipleChoice),
        new("q3", QuestionShape.Numeric),
    ];

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly TempDatabase _database = new();
    private readonly Guid _instance = Guid.NewGuid();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task ABurst_OfARegisteredStep_IsFoldedInTheBackgroundAndEqualsARecount()
    {
        await using var store = await SqliteToolDataStore.OpenAsync(_database.Path, new SqliteToolDataStoreOptions { FoldChunk = 400 });
        var inputs = store.Inputs(_instance, "survey");
        await inputs.TallyAsync(Questions);

        await BurstAsync(inputs, 0, 3_000);

        await CaughtUpAsync("survey");
        Assert.True(store.Folder!.Chunks >= 3_000 / 400);
        await AssertRecountAsync(inputs);
    }

    [Fact]
    public async Task ABurst_WithAnalysisCalledAllTheWhile_CountsEveryInputOnce()
    {
        await using var store = await SqliteToolDataStore.OpenAsync(_database.Path, new SqliteToolDataStoreOptions { FoldChunk = 150, FoldInterval = TimeSpan.FromMilliseconds(1) });
        var survey = store.Inputs(_instance, "survey");
        var poll = store.Inputs(_instance, "poll");
        await survey.TallyAsync(Questions);
        await poll.TallyAsync(Questions);
        using var done = new CancellationTokenSource();
        var analyses = Enumerable.Range(0, 2).Select(_ => Task.Run(async () =>
        {
            var calls = 0;
            while (!done.IsCancellationRequested)
            {
                // The poll's analysis races the folder; the survey is the folder's alone (so it surely folds).
                await poll.TallyAsync(Questions);
                calls++;
                await Task.Delay(10);
            }

            return calls;
        })).ToArray();

        await Task.WhenAll(BurstAsync(survey, 0, 3_000), BurstAsync(poll, 0, 1_500, keyed: 600), BurstAsync(poll, 1_500, 300, keyed: 600));
        await CaughtUpAsync("survey");
        await CaughtUpAsync("poll");
        await done.CancelAsync();

        Assert.All(await Task.WhenAll(analyses), calls => Assert.True(calls > 0));
        Assert.True(store.Folder!.Chunks > 0);
        await AssertRecountAsync(survey);
        await AssertRecountAsync(poll);
    }

    [Fact]
    public async Task ARestart_MidWay_GoesOnFromTheWatermarkAndEqualsARecount()
    {
        await using (var unfolded = await SqliteToolDataStore.OpenAsync(_database.Path, new SqliteToolDataStoreOptions { FoldAggregates = false }))
        {
            var inputs = unfolded.Inputs(_instance, "poll");
            await inputs.TallyAsync(Questions);
            await BurstAsync(inputs, 0, 2_500, keyed: 2_000);
        }

        Assert.Equal(["0"], await SqliteText.QueryAsync(_database.Path, "SELECT CAST(through_sequence AS TEXT) FROM input_aggregate_steps"));
        await using (var stopped = await SqliteToolDataStore.OpenAsync(_database.Path, new SqliteToolDataStoreOptions { FoldChunk = 200 }))
        {
            var clock = Stopwatch.StartNew();
            while (await WatermarkAsync("poll") == 0 && clock.Elapsed < Patience)
            {
                await Task.Delay(1);
            }

            // Changed while the cells count only part of the step: the change of a counted input is applied at once.
            await stopped.Inputs(_instance, "poll").AppendAsync(Response(1, "voter-1"), UniqueKeyConflict.Replace);
        }

        await using var reopened = await SqliteToolDataStore.OpenAsync(_database.Path, new SqliteToolDataStoreOptions { FoldChunk = 200 });
        await CaughtUpAsync("poll");
        await AssertRecountAsync(reopened.Inputs(_instance, "poll"));
    }

    private static async Task AssertRecountAsync(IToolInputs inputs)
    {
        var kept = await inputs.TallyAsync(Questions);
        var recount = InputTally.Of(await inputs.ReadAsync(InputQuery.All), Questions);
        Assert.Equal(Sorted(recount), Sorted(kept));
    }

    private static List<KeyValuePair<string, long>> Sorted(InputTally tally) => [.. tally.Cells.OrderBy(c => c.Key, StringComparer.Ordinal)];

    /// <summary>Waits until the step's watermark reached its last input (the folder, not an analysis call, got there).</summary>
    private async Task CaughtUpAsync(string step)
    {
        var last = long.Parse((await SqliteText.QueryAsync(_database.Path, $"SELECT CAST(MAX(sequence) AS TEXT) FROM tool_inputs WHERE step_id = '{step}'"))[0], CultureInfo.InvariantCulture);
        var clock = Stopwatch.StartNew();
        while (await WatermarkAsync(step) < last)
        {
            Assert.True(clock.Elapsed < Patience, $"The folder did not reach sequence {last} of '{step}'.");
            await Task.Delay(10);
        }
    }

    private async Task<long> WatermarkAsync(string step) =>
        long.Parse((await SqliteText.QueryAsync(_database.Path, $"SELECT CAST(through_sequence AS TEXT) FROM input_aggregate_steps WHERE step_id = '{step}'"))[0], CultureInfo.InvariantCulture);

    /// <summary>Appends <paramref name="count"/> inputs at once (group commits of many); with <paramref name="keyed"/>, votes of that many people, replaced when repeated.</summary>
    private async Task BurstAsync(IToolInputs inputs, int from, int count, int? keyed = null) =>
        await Task.WhenAll(Enumerable.Range(from, count).Select(n => Task.Run(async () =>
        {
            var key = keyed is { } people ? $"voter-{n % people}" : null;
            Assert.NotEqual(AppendStatus.Conflict, (await inputs.AppendAsync(Response(n, key), UniqueKeyConflict.Replace)).Status);
        })));

    private ConsultationInput Response(int n, string? key) => new()
    {
        Id = Guid.NewGuid(),
        InstanceId = _instance,
        StepId = key is null ? "survey" : "poll",
        Tool = "test",
        Channel = n % 5 == 0 ? InputChannel.Enumerator : InputChannel.Web,
        Respondent = new RespondentAttributes { Province = n % 3 == 0 ? "Huế" : "Đà Nẵng", Gender = n % 4 == 0 ? null : "nữ" },
        Answers = JsonElement.Parse($$"""{"q1":"{{(n % 3 == 0 ? "a" : "c")}}","q2":{{(n % 2 == 0 ? "[\"x\",\"y\"]" : "\"x z\"")}},"q3":{{n % 10}}}"""),
        Flags = n % 11 == 0 ? InputMarks.Pilot : InputMarks.None,
        UniqueKey = key,
        SubmittedAt = ToolInputs.T0,
    };
}
