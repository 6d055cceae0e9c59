using ConsultEngine.Abstractions;
using ConsultEngine.Testing.Tools;

namespace ConsultEngine.Plugins.Survey.Tests;

public sealed class FormEvaluationTests
{
    internal static async Task<FormEvaluation> EvaluateAsync(ToolTestBench bench, string answersJson, string formId = "main", string? actor = null) =>
        await ((IToolSurfaces)bench.Tool).EvaluateAsync(bench.Context(actor), formId, ToolTestBench.Parse($$"""{ "answers": {{answersJson}} }"""), CancellationToken.None);

    [Fact]
    public async Task AGroupSkipped_HidesItsQuestions()
    {
        var bench = await Support.BenchAsync();

        var evaluation = await EvaluateAsync(bench, """{ "ward": "ba_dinh", "uses_bus": "no" }""");

        Assert.DoesNotContain("/answers/trips_per_week", evaluation.Show);
        Assert.DoesNotContain("/answers/monthly_pass", evaluation.Show);
        Assert.Contains("/answers/fare_support", evaluation.Show);
    }

    [Fact]
    public async Task AGroupsConditionHolding_ShowsItsQuestions()
    {
        var bench = await Support.BenchAsync();

        var evaluation = await EvaluateAsync(bench, """{ "ward": "ba_dinh", "uses_bus": "yes" }""");

        Assert.Contains("/answers/trips_per_week", evaluation.Show);
        Assert.Contains("/answers/monthly_pass", evaluation.Show);
    }

    [Theory]
    [InlineData("""["price"]""", false)]
    [InlineData("""["price", "other"]""", true)]
    public async Task AQuestionsRelevant_DecidesWhetherItIsShown(string reasons, bool shown)
    {
        var bench = await Support.BenchAsync();

        var evaluation = await EvaluateAsync(bench, $$"""{ "reasons": {{reasons}} }""");

        Assert.Equal(shown, evaluation.Show.Contains("/answers/reasons_other"));
    }

    [Fact]
    public async Task NoAnswersYet_ShowsEveryQuestionWithoutACondition_AndHidesTheConditionalOnes()
    {
        var bench = await Support.BenchAsync();

        var evaluation = await ((IToolSurfaces)bench.Tool).EvaluateAsync(bench.Context(null), "main", ToolTestBench.Parse("{}"), CancellationToken.None);

        Assert.Equal(
            ["/answers/ward", "/answers/uses_bus", "/answers/fare_support", "/answers/reasons", "/answers/fair_fare", "/answers/priorities", "/answers/started_on", "/answers/comment"],
            evaluation.Show);
    }

    [Fact]
    public async Task RequiredMissing_PointsAtTheAnswersOfEveryShownRequiredQuestion()
    {
        var bench = await Support.BenchAsync();

        var evaluation = await EvaluateAsync(bench, """{ "ward": "ba_dinh", "uses_bus": "yes" }""");

        Assert.Equal(
            [(SurveyCodes.RequiredMissing, "/answers/trips_per_week"), (SurveyCodes.RequiredMissing, "/answers/fare_support")],
            evaluation.Problems.Select(p => (p.Code, p.Path)));
    }

    [Fact]
    public async Task AFailedConstraint_PointsAtItsAnswer_WithTheQuestionsMessage()
    {
        var bench = await Support.BenchAsync();

        var evaluation = await EvaluateAsync(bench, Support.With(Support.Minimal, "fair_fare", "7500"));

        var problem = Assert.Single(evaluation.Problems);
        Assert.Equal((SurveyCodes.ConstraintFailed, "/answers/fair_fare", "Giá vé làm tròn đến nghìn đồng."), (problem.Code, problem.Path, problem.Message));
    }

    [Fact]
    public async Task AnAnswerToAHiddenQuestion_IsNoProblem()
    {
        var bench = await Support.BenchAsync();

        var evaluation = await EvaluateAsync(bench, Support.With(Support.Minimal, "trips_per_week", "900"));

        Assert.Empty(evaluation.Problems);
        Assert.DoesNotContain("/answers/trips_per_week", evaluation.Show);
    }

    [Fact]
    public async Task AnswersThatAreNotAnObject_PointAtTheAnswers()
    {
        var bench = await Support.BenchAsync();

        var evaluation = await EvaluateAsync(bench, "[1]");

        Assert.Equal([(SurveyCodes.AnswersNotObject, "/answers")], evaluation.Problems.Select(p => (p.Code, p.Path)));
    }

    [Fact]
    public async Task AnUnknownForm_IsRefusedWithUnknownForm()
    {
        var bench = await Support.BenchAsync();

        var error = await Support.Refused(async () => await EvaluateAsync(bench, "{}", formId: "register"));

        Assert.Equal(ToolCodes.UnknownForm, error.Code);
        Assert.Equal("CE9112", error.Code);
    }

    [Fact]
    public async Task TheEntryForm_RunsTheSameSkipLogic_AndShowsTheSheetsFurtherFields()
    {
        var bench = await Support.BenchAsync();

        var evaluation = await EvaluateAsync(bench, """{ "ward": "ba_dinh", "uses_bus": "no" }""", formId: "entry", actor: "dtv.an");

        Assert.DoesNotContain("/answers/trips_per_week", evaluation.Show);
        Assert.Contains("/text", evaluation.Show);
        Assert.Contains("/respondent/gender", evaluation.Show);
        Assert.Equal([(SurveyCodes.RequiredMissing, "/answers/fare_support")], evaluation.Problems.Select(p => (p.Code, p.Path)));
    }

    [Fact]
    public async Task TheMainForm_OfASurveyClosedToTheWeb_IsRefusedAsCollectionWould()
    {
        var bench = await Support.BenchAsync("""{ "channels": ["paper"] }""");

        var evaluation = await EvaluateAsync(bench, Support.Minimal);
        var collected = await bench.SubmitAsync(Support.Minimal);

        Assert.Equal([SurveyCodes.ChannelNotOpen], evaluation.Problems.Select(p => p.Code));
        Assert.Equal([SurveyCodes.ChannelNotOpen], collected.Codes);
    }

    [Fact]
    public async Task WithoutAQuestionnaire_TheEvaluationSaysSo()
    {
        var bench = await Support.BenchAsync(setQuestionnaire: false);

        var evaluation = await EvaluateAsync(bench, "{}");

        Assert.Equal([SurveyCodes.NoQuestionnaire], evaluation.Problems.Select(p => p.Code));
    }
}
