using System.Diagnostics;
using ConsultEngine.Abstractions;
using ConsultEngine.Plugins.Survey;
using ConsultEngine.Testing.Tools;

namespace ConsultEngine.Plugins.Survey.Tests;

public sealed class SkipLogicAndConstraintTests
{
    [Fact]
    public async Task Relevant_True_MakesARequiredQuestionRequired()
    {
        var bench = await Support.BenchAsync();

        var result = await bench.SubmitAsync("""{ "ward": "ba_dinh", "uses_bus": "no", "fare_support": "2", "reasons": ["price", "other"] }""");

        var problem = Assert.Single(result.Result.Problems);
        Assert.Equal((SurveyCodes.RequiredMissing, "reasons_other"), (problem.Code, problem.Path));
    }

    [Fact]
    public async Task Relevant_False_HidesARequiredQuestion()
    {
        var bench = await Support.BenchAsync();

        var result = await bench.SubmitAsync("""{ "ward": "ba_dinh", "uses_bus": "no", "fare_support": "2", "reasons": ["price"] }""");

        Assert.True(result.Accepted);
        Assert.Empty(result.Codes);
    }

    [Fact]
    public async Task GroupRelevant_True_RequiresTheQuestionsInIt()
    {
        var bench = await Support.BenchAsync();

        var result = await bench.SubmitAsync("""{ "ward": "ba_dinh", "uses_bus": "yes", "fare_support": "2" }""");

        var problem = Assert.Single(result.Result.Problems);
        Assert.Equal((SurveyCodes.RequiredMissing, "trips_per_week"), (problem.Code, problem.Path));
    }

    [Fact]
    public async Task AnswerToAHiddenQuestion_IsDroppedWithAWarning()
    {
        var bench = await Support.BenchAsync();

        var result = await bench.SubmitAsync("""{ "ward": "ba_dinh", "uses_bus": "no", "fare_support": "2", "trips_per_week": 9, "monthly_pass": "yes" }""");

        Assert.True(result.Accepted);
        Assert.Equal([SurveyCodes.NotRelevantDropped, SurveyCodes.NotRelevantDropped], result.Codes);
        Assert.All(result.Result.Problems, p => Assert.Equal(ProblemSeverity.Warning, p.Severity));
        Assert.False(result.Stored().TryGetProperty("trips_per_week", out _));
        Assert.False(result.Stored().TryGetProperty("monthly_pass", out _));
    }

    [Fact]
    public async Task AWrongAnswerToAHiddenQuestion_IsDroppedNotRefused()
    {
        var bench = await Support.BenchAsync();

        var result = await bench.SubmitAsync("""{ "ward": "ba_dinh", "uses_bus": "no", "fare_support": "2", "trips_per_week": 900 }""");

        Assert.True(result.Accepted);
        Assert.Equal([SurveyCodes.NotRelevantDropped], result.Codes);
    }

    [Fact]
    public async Task Constraint_False_RefusesWithTheQuestionsMessageInTheCallersLanguage()
    {
        var bench = await Support.BenchAsync();

        var result = await bench.Tool.CollectAsync(
            bench.Context(actor: null, language: "en"),
            new Submission { Channel = InputChannel.Web, Answers = ToolTestBench.Parse(Support.With(Support.Minimal, "fair_fare", "7500")) },
            CancellationToken.None);

        var problem = Assert.Single(result.Problems);
        Assert.Equal((SurveyCodes.ConstraintFailed, "fair_fare"), (problem.Code, problem.Path));
        Assert.Equal("Round the fare to a thousand dong.", problem.Message);
    }

    [Fact]
    public async Task Constraint_OverAMultipleChoice_CountsTheChosenOptions()
    {
        var bench = await Support.BenchAsync();

        var result = await bench.SubmitAsync(Support.With(Support.Minimal, "reasons", """["price", "frequency", "comfort", "safety"]"""));

        Assert.Equal([SurveyCodes.ConstraintFailed], result.Codes);
    }

    [Fact]
    public async Task HostileScript_EndsInACodedErrorNotAHang()
    {
        var bench = await Support.BenchAsync(setQuestionnaire: false);
        await bench.ExecuteAsync("set-questionnaire", """
            { "questions": [ { "id": "q", "type": "number", "label": { "vi": "Số" }, "constraint": "while (true) {} ; true" } ] }
            """);
        var watch = Stopwatch.StartNew();

        var result = await bench.SubmitAsync("""{ "q": 1 }""");

        Assert.False(result.Accepted);
        var problem = Assert.Single(result.Result.Problems);
        Assert.Equal((SurveyCodes.ScriptFailed, "q"), (problem.Code, problem.Path));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task HostileRelevant_StopsTheCheckAtTheFirstFault()
    {
        var bench = await Support.BenchAsync(setQuestionnaire: false);
        await bench.ExecuteAsync("set-questionnaire", """
            { "questions": [
              { "id": "a", "type": "text", "label": { "vi": "A" }, "relevant": "for (;;) {}" },
              { "id": "b", "type": "text", "label": { "vi": "B" }, "relevant": "for (;;) {}" } ] }
            """);

        var result = await bench.SubmitAsync("""{ "a": "x", "b": "y" }""");

        Assert.Equal([SurveyCodes.ScriptFailed], result.Codes);
    }

    [Fact]
    public async Task SetQuestionnaire_ScriptsThatDoNotParse_AreRefusedPerQuestion()
    {
        var bench = await Support.BenchAsync(setQuestionnaire: false);

        var error = await Support.Refused(() => bench.ExecuteAsync("set-questionnaire", """
            { "questions": [
              { "id": "a", "type": "text", "label": { "vi": "A" }, "relevant": "answers.b ===" },
              { "id": "b", "type": "number", "label": { "vi": "B" }, "constraint": "self >" },
              { "id": "c", "type": "mystery", "label": { "vi": "C" } },
              { "id": "b", "type": "single-choice", "label": { "vi": "B2" } } ] }
            """));

        Assert.Equal(SurveyCodes.QuestionnaireInvalid, error.Code);
        Assert.Equal(
            [(SurveyCodes.ScriptSyntax, "a"), (SurveyCodes.ScriptSyntax, "b"), (SurveyCodes.UnknownQuestionType, "c"), (SurveyCodes.DuplicateQuestionId, "b"), (SurveyCodes.OptionsInvalid, "b")],
            error.Problems.Select(p => (p.Code, p.Path)));
    }

    [Fact]
    public async Task SetQuestionnaire_NotAQuestionnaire_IsRefused()
    {
        var bench = await Support.BenchAsync(setQuestionnaire: false);

        var error = await Support.Refused(() => bench.ExecuteAsync("set-questionnaire", """{ "questions": 3 }"""));

        Assert.Equal(SurveyCodes.QuestionnaireInvalid, error.Code);
    }

    [Fact]
    public async Task Collect_WithoutAQuestionnaire_IsRefused()
    {
        var bench = await Support.BenchAsync(setQuestionnaire: false);

        var result = await bench.SubmitAsync("{}");

        Assert.Equal([SurveyCodes.NoQuestionnaire], result.Codes);
    }
}
