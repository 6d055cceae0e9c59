using ConsultEngine.Abstractions;
using ConsultEngine.Testing.Tools;

namespace ConsultEngine.Plugins.Survey.Tests;

public sealed class ChoiceFilterAndQuotaEvaluationTests
{
    private const string Wards = """
        { "questions": [
          { "id": "city", "type": "single-choice", "required": true, "label": { "vi": "Thành phố" },
            "options": [ { "value": "hn" }, { "value": "hcm" } ] },
          { "id": "ward", "type": "single-choice", "label": { "vi": "Phường" }, "choiceFilter": "self.city === answers.city",
            "options": [ { "value": "w1", "properties": { "city": "hn" } }, { "value": "w2", "properties": { "city": "hcm" } }, { "value": "w3", "properties": { "city": "hn" } } ] } ] }
        """;

    private static async Task<FormEvaluation> EvaluateAsync(ToolTestBench bench, string bodyJson, string formId = "main") =>
        await ((IToolSurfaces)bench.Tool).EvaluateAsync(bench.Context(formId == "entry" ? "dtv.an" : null), formId, ToolTestBench.Parse(bodyJson), CancellationToken.None);

    [Fact]
    public async Task AChoiceFilter_ListsTheOptionsOfferedForTheAnswersSoFar()
    {
        var bench = await Support.BenchAsync(Wards, setQuestionnaire: false);

        var evaluation = await EvaluateAsync(bench, """{ "answers": { "city": "hn" } }""");

        Assert.Equal(["w1", "w3"], evaluation.Choices["/answers/ward"]);
        Assert.False(evaluation.Choices.ContainsKey("/answers/city"));
    }

    [Fact]
    public async Task AnOptionTheFilterHides_IsAProblemAtItsAnswer_AsCollectionRefusesIt()
    {
        var bench = await Support.BenchAsync(Wards, setQuestionnaire: false);
        const string Answers = """{ "city": "hn", "ward": "w2" }""";

        var evaluation = await EvaluateAsync(bench, $$"""{ "answers": {{Answers}} }""");
        var collected = await bench.SubmitAsync(Answers);

        Assert.Equal([(SurveyCodes.OptionFilteredOut, "/answers/ward")], evaluation.Problems.Select(p => (p.Code, p.Path)));
        Assert.Equal([SurveyCodes.OptionFilteredOut], collected.Codes);
    }

    [Fact]
    public async Task AFullQuota_IsAProblemAtTheRespondentsAttribute()
    {
        var bench = await Support.BenchAsync("""{ "quotas": { "gender": { "female": 1 } } }""");
        Assert.True((await bench.SubmitAsync(Support.Minimal, InputChannel.Enumerator, new RespondentAttributes { Gender = "female" }, actor: "dtv.an")).Accepted);

        var evaluation = await EvaluateAsync(bench, $$"""{ "answers": {{Support.Minimal}}, "respondent": { "gender": "female" } }""", "entry");
        var collected = await bench.SubmitAsync(Support.Minimal, InputChannel.Enumerator, new RespondentAttributes { Gender = "female" }, actor: "dtv.an");

        Assert.Equal([(SurveyCodes.QuotaFull, "/respondent/gender")], evaluation.Problems.Select(p => (p.Code, p.Path)));
        Assert.False(collected.Accepted);
    }

    [Fact]
    public async Task AQuotaWithRoomLeft_IsNoProblem()
    {
        var bench = await Support.BenchAsync("""{ "quotas": { "gender": { "female": 5 } } }""");

        var evaluation = await EvaluateAsync(bench, $$"""{ "answers": {{Support.Minimal}}, "respondent": { "gender": "female" } }""", "entry");

        Assert.Empty(evaluation.Problems);
    }

    [Fact]
    public async Task InPilotMode_QuotasAreNotChecked()
    {
        var bench = await Support.BenchAsync("""{ "pilot": true, "quotas": { "gender": { "female": 0 } } }""");

        var evaluation = await EvaluateAsync(bench, $$"""{ "answers": {{Support.Minimal}}, "respondent": { "gender": "female" } }""", "entry");

        Assert.Empty(evaluation.Problems);
    }

    [Fact]
    public async Task OpenFor_GivesThePublicTheClosingTime()
    {
        var bench = await Support.BenchAsync("""{ "openFor": "P30D" }""");

        var surface = await PublicSurfaceTests.PublicAsync(bench);

        Assert.Equal(bench.Clock.GetUtcNow(), surface!.OpensAt);
        Assert.Equal(surface.OpensAt + TimeSpan.FromDays(30), surface.ClosesAt);
    }
}
