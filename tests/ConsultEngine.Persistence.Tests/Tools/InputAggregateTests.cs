using System.Text.Json;
using ConsultEngine.Abstractions;
using ConsultEngine.Persistence.Privacy;
using ConsultEngine.Persistence.Tests.Support;
using ConsultEngine.Persistence.Tools;

namespace ConsultEngine.Persistence.Tests.Tools;

/// <summary>
/// The aggregate cells a step's analysis answers from equal a full recount of its inputs, whatever
/// happened to them: appends before and after a call, changed votes, coding, a person's own deletion, a
/// restart, other questions. The consultation's erasure keeps them as they were, by design.
/// </summary>
public sealed class InputAggregateTests : IDisposable
{
    private static readonly QuestionSpec[] Questions =
    [
        new("q1", QuestionShape.SingleChoice),
        new("q2", QuestionShape.MultipleChoice),
        new("q3", QuestionShape.Numeric),
        new("q4", QuestionShape.Text),
    ];

    private static readonly string[] Provinces = ["Đà Nẵng", "Huế", "Hà Nội"];
    private static readonly string[] Genders = ["nam", "nữ"];

    private readonly TempDatabase _database = new();
    private readonly Guid _instance = Guid.NewGuid();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task TallyAsync_AfterAppendsBeforeAndAfterTheFirstCall_EqualsARecount()
    {
        await using var store = await SqliteToolDataStore.OpenAsync(_database.Path);
        var inputs = store.Inputs(_instance, "survey");
        await AppendAsync(inputs, 0, 60);
        await AssertRecountAsync(inputs);

        await AppendAsync(inputs, 60, 40);

        await AssertRecountAsync(inputs);
    }

    [Fact]
    public async Task TallyAsync_AfterVotesWereChanged_EqualsARecount()
    {
        await using var store = await SqliteToolDataStore.OpenAsync(_database.Path);
        var inputs = store.Inputs(_instance, "poll");
        await AppendAsync(inputs, 0, 30, keyed: true);
        var before = await inputs.TallyAsync(Questions);

        for (var i = 0; i < 10; i++)
        {
            var result = await inputs.AppendAsync(Response(i + 7, $"voter-{i}"), UniqueKeyConflict.Replace);
            Assert.Equal(AppendStatus.Replaced, result.Status);
        }

        var after = await AssertRecountAsync(inputs);
        Assert.NotEqual(Sorted(before), Sorted(after));
        Assert.Equal(10, after.WithdrawnKeyed);
    }

    [Fact]
    public async Task TallyAsync_AfterCodingMarksInputsDuplicateOrWithdrawn_EqualsARecount()
    {
        await using var store = await SqliteToolDataStore.OpenAsync(_database.Path);
        var inputs = store.Inputs(_instance, "survey");
        var stored = await AppendAsync(inputs, 0, 20);
        await inputs.TallyAsync(Questions);

        await inputs.UpdateAsync(stored[3].Id, InputMarks.Duplicate, ["trùng"]);
        await inputs.UpdateAsync(stored[5].Id, InputMarks.Withdrawn, []);
        await inputs.UpdateAsync(stored[1].Id, InputMarks.None, []);

        await AssertRecountAsync(inputs);
    }

    [Fact]
    public async Task TallyAsync_AfterAPersonDeletedTheirInputs_EqualsARecount()
    {
        await using var store = await SqliteToolDataStore.OpenAsync(_database.Path);
        await using var privacy = await SqlitePersonalDataStore.OpenAsync(_database.Path);
        var inputs = store.Inputs(_instance, "survey");
        var stored = await AppendAsync(inputs, 0, 20);
        await inputs.TallyAsync(Questions);
        await privacy.AddDeletionCodeAsync(new DeletionCode("code-hash", _instance, "survey", [stored[2].Id, stored[9].Id], null, ToolInputs.T0));

        var done = await privacy.UseDeletionCodeAsync(_instance, "code-hash", "anyone", ToolInputs.T0);

        Assert.Equal(2, done!.Inputs);
        var after = await AssertRecountAsync(inputs);
        Assert.Equal(2, after.Cells.Where(c => c.Key.StartsWith("r\u001F4\u001F", StringComparison.Ordinal)).Sum(c => c.Value));
    }

    [Fact]
    public async Task TallyAsync_AfterTheConsultationsErasure_KeepsTheCountsOfBefore()
    {
        await using var store = await SqliteToolDataStore.OpenAsync(_database.Path);
        await using var privacy = await SqlitePersonalDataStore.OpenAsync(_database.Path);
        var inputs = store.Inputs(_instance, "survey");
        await AppendAsync(inputs, 0, 20);
        var before = await inputs.TallyAsync(Questions);

        await privacy.EraseAsync(_instance, ToolInputs.T0);

        var after = await inputs.TallyAsync(Questions);
        Assert.Equal(Sorted(before), Sorted(after));
        var recount = InputTally.Of(await inputs.ReadAsync(InputQuery.All), Questions);
        Assert.NotEqual(Sorted(recount), Sorted(after));
    }

    [Fact]
    public async Task TallyAsync_AfterARestart_EqualsARecountAndGoesOnFromTheKeptCells()
    {
        await using (var store = await SqliteToolDataStore.OpenAsync(_database.Path))
        {
            var inputs = store.Inputs(_instance, "poll");
            await AppendAsync(inputs, 0, 25, keyed: true);
            await inputs.TallyAsync(Questions);
        }

        await using var reopened = await SqliteToolDataStore.OpenAsync(_database.Path);
        var again = reopened.Inputs(_instance, "poll");
        Assert.Equal(["25"], await SqliteText.QueryAsync(_database.Path, "SELECT CAST(through_sequence AS TEXT) FROM input_aggregate_steps"));
        await again.AppendAsync(Response(3, "voter-3"), UniqueKeyConflict.Replace);
        await AppendAsync(again, 25, 5, keyed: true);

        await AssertRecountAsync(again);
    }

    [Fact]
    public async Task TallyAsync_ForOtherQuestions_RebuildsTheCellsForThem()
    {
        await using var store = await SqliteToolDataStore.OpenAsync(_database.Path);
        var inputs = store.Inputs(_instance, "survey");
        await AppendAsync(inputs, 0, 20);
        await inputs.TallyAsync(Questions);
        QuestionSpec[] other = [new("q1", QuestionShape.MultipleChoice), new("q3", QuestionShape.SingleChoice)];

        var tally = await inputs.TallyAsync(other);

        Assert.Equal(Sorted(InputTally.Of(await inputs.ReadAsync(InputQuery.All), other)), Sorted(tally));
    }

    private static async Task<InputTally> AssertRecountAsync(IToolInputs inputs)
    {
        var kept = await inputs.TallyAsync(Questions);
        var recount = InputTally.Of(await inputs.ReadAsync(InputQuery.All), Questions);
        Assert.Equal(Sorted(recount), Sorted(kept));
        Assert.Equal(
            JsonSerializer.Serialize(InputAnalyzer.Analyse("test", "step", await inputs.ReadAsync(InputQuery.All), Questions)),
            JsonSerializer.Serialize(InputAnalyzer.Analyse("test", "step", kept, Questions, counted: await inputs.ReadAsync(InputQuery.Counted))));
        return kept;
    }

    private static List<KeyValuePair<string, long>> Sorted(InputTally tally) => [.. tally.Cells.OrderBy(c => c.Key, StringComparer.Ordinal)];

    private async Task<List<ConsultationInput>> AppendAsync(IToolInputs inputs, int from, int count, bool keyed = false)
    {
        var stored = new List<ConsultationInput>();
        for (var i = from; i < from + count; i++)
        {
            var input = Response(i, keyed ? $"voter-{i}" : null);
            Assert.NotEqual(AppendStatus.Conflict, (await inputs.AppendAsync(input)).Status);
            stored.Add(input);
        }

        return stored;
    }

    /// <summary>A response whose answers, attributes and marks vary with <paramref name="n"/> (some questions left out, a pilot, free text).</summary>
    private ConsultationInput Response(int n, string? key) => new()
    {
        Id = Guid.NewGuid(),
        InstanceId = _instance,
        StepId = key is null ? "survey" : "poll",
        Tool = "test",
        Channel = n % 5 == 0 ? InputChannel.Enumerator : InputChannel.Web,
        Respondent = new RespondentAttributes { Province = Provinces[n % 3], Gender = n % 4 == 0 ? null : Genders[n % 2], Commune = n % 7 == 0 ? "Hải Châu" : null },
        Answers = JsonElement.Parse(n % 6 == 0
            ? $$"""{"q1":"b","q4":"ý kiến {{n}}"}"""
            : $$"""{"q1":"{{(n % 3 == 0 ? "a" : "c")}}","q2":{{(n % 2 == 0 ? "[\"x\",\"y\"]" : "\"x z\"")}},"q3":{{n % 10}}}"""),
        Text = n % 8 == 0 ? "Góp ý thêm" : null,
        Flags = n % 11 == 0 ? InputMarks.Pilot : InputMarks.None,
        UniqueKey = key,
        SubmittedAt = ToolInputs.T0,
    };
}
