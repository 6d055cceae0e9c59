using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.OnlinePoll.Tests;

public class SetUpTests
{
    private const string TwoOptions = """[{ "value": "a", "label": "Có" }, { "value": "b", "label": "Không" }]""";

    [Fact]
    public async Task SetUp_StoresTheQuestionsAndWindow()
    {
        var bench = PollBench.Create();
        var result = await bench.ExecuteAsync("set-up", PollBench.SetUpJson);
        Assert.Equal("not-open", result!.Value.GetProperty("status").GetString());
        Assert.Equal(2, result.Value.GetProperty("questions").GetInt32());
        Assert.NotNull(await bench.Records.GetAsync("poll", "definition"));
    }

    [Theory]
    [InlineData("""{ "closesAt": "2026-01-06T00:00:00+07:00", "questions": [] }""", OnlinePollCodes.QuestionsInvalid)]
    [InlineData("""{ "closesAt": "2026-01-06T00:00:00+07:00", "questions": [{ "id": "q 1", "title": "Câu hỏi", "options": OPTIONS }] }""", OnlinePollCodes.QuestionsInvalid)]
    [InlineData("""{ "closesAt": "2026-01-06T00:00:00+07:00", "questions": [{ "id": "q1", "options": OPTIONS }] }""", OnlinePollCodes.QuestionsInvalid)]
    [InlineData("""{ "closesAt": "2026-01-06T00:00:00+07:00", "questions": [{ "id": "q1", "title": "A", "options": OPTIONS }, { "id": "q1", "title": "B", "options": OPTIONS }] }""", OnlinePollCodes.QuestionsInvalid)]
    [InlineData("""{ "closesAt": "2026-01-06T00:00:00+07:00", "questions": [{ "id": "q1", "title": "A", "choice": "ranking", "options": OPTIONS }] }""", OnlinePollCodes.QuestionsInvalid)]
    [InlineData("""{ "closesAt": "2026-01-06T00:00:00+07:00", "questions": [{ "id": "q1", "title": "A", "options": [{ "value": "a", "label": "Có" }] }] }""", OnlinePollCodes.OptionsInvalid)]
    [InlineData("""{ "closesAt": "2026-01-06T00:00:00+07:00", "questions": [{ "id": "q1", "title": "A", "options": [{ "value": "a", "label": "Có" }, { "value": "a", "label": "Không" }] }] }""", OnlinePollCodes.OptionsInvalid)]
    [InlineData("""{ "closesAt": "2026-01-06T00:00:00+07:00", "questions": [{ "id": "q1", "title": "A", "options": [{ "value": "a", "label": "Có" }, { "value": "b" }] }] }""", OnlinePollCodes.OptionsInvalid)]
    [InlineData("""{ "closesAt": "2026-01-06T00:00:00+07:00", "questions": [{ "id": "q1", "title": "A", "maxChoices": 2, "options": OPTIONS }] }""", OnlinePollCodes.MaxChoicesInvalid)]
    [InlineData("""{ "closesAt": "2026-01-06T00:00:00+07:00", "questions": [{ "id": "q1", "title": "A", "choice": "multiple", "maxChoices": 3, "options": OPTIONS }] }""", OnlinePollCodes.MaxChoicesInvalid)]
    [InlineData("""{ "closesAt": "2026-01-06T00:00:00+07:00", "questions": [{ "id": "q1", "title": "A", "choice": "multiple", "maxChoices": 0, "options": OPTIONS }] }""", OnlinePollCodes.MaxChoicesInvalid)]
    [InlineData("""{ "opensAt": "2026-01-07T00:00:00+07:00", "closesAt": "2026-01-06T00:00:00+07:00", "questions": [{ "id": "q1", "title": "A", "options": OPTIONS }] }""", OnlinePollCodes.WindowInvalid)]
    [InlineData("""{ "opensAt": "2026-01-01T00:00:00+07:00", "closesAt": "2026-01-02T00:00:00+07:00", "questions": [{ "id": "q1", "title": "A", "options": OPTIONS }] }""", OnlinePollCodes.WindowInvalid)]
    [InlineData("""{ "questions": [{ "id": "q1", "title": "A", "options": OPTIONS }] }""", OnlinePollCodes.WindowInvalid)]
    [InlineData("""{ "closesAt": "ngày mai", "questions": [{ "id": "q1", "title": "A", "options": OPTIONS }] }""", OnlinePollCodes.WindowInvalid)]
    [InlineData("""[1, 2]""", ToolCodes.PayloadInvalid)]
    public async Task SetUp_Refused_WithItsCode(string payload, string code)
    {
        var bench = PollBench.Create();
        Assert.Equal(code, await PollBench.RefusalCodeAsync(bench, "set-up", payload.Replace("OPTIONS", TwoOptions, StringComparison.Ordinal)));
        Assert.Null(await bench.Records.GetAsync("poll", "definition"));
    }

    [Fact]
    public async Task SetUp_MoreQuestionsThanTheConfigPlans_RefusedWithQuestionsInvalid()
    {
        var bench = PollBench.Create("""{ "questions": 1 }""");
        Assert.Equal(OnlinePollCodes.QuestionsInvalid, await PollBench.RefusalCodeAsync(bench, "set-up", PollBench.SetUpJson));
    }

    [Fact]
    public async Task SetUp_WithoutCloseTime_ClosesOpenForAfterTheOpen()
    {
        var bench = PollBench.Create("""{ "openFor": "P30D" }""");
        var result = await bench.ExecuteAsync("set-up", $$"""{ "opensAt": "2026-01-10T00:00:00+07:00", "questions": [{ "id": "q1", "title": "A", "options": {{TwoOptions}} }] }""");
        Assert.Equal(new DateTimeOffset(2026, 2, 9, 0, 0, 0, TimeSpan.FromHours(7)), result!.Value.GetProperty("closesAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task SetUp_ByTheAnonymousPublic_RefusedNotAllowed()
    {
        var bench = PollBench.Create();
        Assert.Equal(ToolCodes.NotAllowed, await PollBench.RefusalCodeAsync(bench, "set-up", PollBench.SetUpJson, actor: null));
    }

    [Fact]
    public async Task SetUp_AgainBeforeAnyVote_ReplacesTheQuestions()
    {
        var bench = await PollBench.OpenAsync();
        var result = await bench.ExecuteAsync("set-up", PollBench.SetUpJson.Replace("chọn tối đa 2", "chọn tối đa hai", StringComparison.Ordinal));
        Assert.Equal(2, result!.Value.GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task SetUp_AfterAVote_RefusedSetUpLocked()
    {
        var bench = await PollBench.OpenAsync();
        Assert.True((await bench.SubmitAsync(PollBench.Vote("0905123456", """{ "thu-phi": "dong-y" }"""))).Accepted);
        Assert.Equal(OnlinePollCodes.SetUpLocked, await PollBench.RefusalCodeAsync(bench, "set-up", PollBench.SetUpJson));
    }

    [Fact]
    public async Task UnknownAction_RefusedWithTheSdkCode()
    {
        var bench = await PollBench.OpenAsync();
        Assert.Equal(ToolCodes.UnknownAction, await PollBench.RefusalCodeAsync(bench, "reset", "{}"));
    }
}
