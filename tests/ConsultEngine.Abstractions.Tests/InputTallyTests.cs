using System.Text.Json;
using static ConsultEngine.Abstractions.Tests.Inputs;

namespace ConsultEngine.Abstractions.Tests;

/// <summary>The analysis from a tally is the analysis from the inputs themselves, for every shape of question and every choice of what counts.</summary>
public sealed class InputTallyTests
{
    private static readonly QuestionSpec[] Questions =
    [
        new("single", QuestionShape.SingleChoice) { Options = [new("a", new("A", "A")), new("b", new("B", "B")), new("never", new("Không", "Never"))] },
        new("multi", QuestionShape.MultipleChoice) { Options = [new("x", new("X", "X")), new("y", new("Y", "Y"))] },
        new("rank", QuestionShape.Ranking),
        new("amount", QuestionShape.Numeric),
        new("comment", QuestionShape.Text),
    ];

    public static TheoryData<bool, bool> Options => new() { { false, false }, { true, false }, { false, true }, { true, true } };

    [Theory]
    [MemberData(nameof(Options))]
    public void Analyse_FromTheTally_IsTheAnalysisOfTheInputs(bool pilot, bool duplicates)
    {
        var inputs = Mixed();
        var options = new AnalysisOptions { IncludePilot = pilot, IncludeDuplicates = duplicates };

        var fromInputs = InputAnalyzer.Analyse("test", "step", inputs, Questions, options);
        var fromTally = InputAnalyzer.Analyse("test", "step", InputTally.Of(inputs, Questions), Questions, options, [.. inputs.Where(options.Query.Matches)]);

        Assert.Equal(JsonSerializer.Serialize(fromInputs), JsonSerializer.Serialize(fromTally));
        Assert.NotEmpty(fromTally.CrossTabs);
    }

    [Fact]
    public void MayHavePassages_WithoutTextOrTextAnswers_IsFalse()
    {
        var inputs = Mixed().Where(i => i.Text is null).Select(i => i with { Answers = JsonElement.Parse("""{"single":"a"}""") }).ToList();

        Assert.False(InputTally.Of(inputs, Questions).MayHavePassages(Questions, AnalysisOptions.Default));
        Assert.True(InputTally.Of(Mixed(), Questions).MayHavePassages(Questions, AnalysisOptions.Default));
    }

    [Fact]
    public void Of_FoldedInAndOutAgain_LeavesNoCell()
    {
        var builder = new InputTallyBuilder(Questions);
        foreach (var input in Mixed())
        {
            builder.Add(input, 1);
            builder.Add(input, -1);
        }

        Assert.Empty(builder.Build());
    }

    [Fact]
    public void QuestionsOf_ThePlan_GivesBackTheTalliedQuestions()
    {
        var plan = InputTally.PlanOf(Questions);

        Assert.Equal(
            Questions.Where(q => q.Shape != QuestionShape.Text).Select(q => (q.Id, q.Shape)).Order(),
            InputTally.QuestionsOf(plan).Select(q => (q.Id, q.Shape)).Order());
    }

    private static List<ConsultationInput> Mixed()
    {
        var inputs = new List<ConsultationInput>();
        for (var n = 0; n < 120; n++)
        {
            var answers = n % 9 == 0
                ? """{"comment":"Ý kiến","single":""}"""
                : $$"""{"single":"{{(n % 3 == 0 ? "a" : n % 3 == 1 ? "b" : "khác\\u001F")}}","multi":{{(n % 2 == 0 ? "[\"x\",\"y\",\"x\"]" : "\"y z\"")}},"rank":["{{(n % 4 == 0 ? "p" : "q")}}","r"],"amount":{{(n % 5 == 0 ? "\"" + n + "\"" : n % 13)}}}""";
            inputs.Add(Input(
                answersJson: answers,
                text: n % 7 == 0 ? "Góp ý" : null,
                flags: n % 10 == 0 ? InputMarks.Pilot : n % 17 == 0 ? InputMarks.Duplicate : n % 23 == 0 ? InputMarks.Withdrawn : InputMarks.None,
                respondent: new RespondentAttributes { Gender = n % 4 == 0 ? null : n % 2 == 0 ? "nam" : "nữ", Commune = n % 3 == 0 ? "Hải Châu" : "Sơn Trà", AgeBand = n % 5 == 0 ? "" : "30-44" },
                uniqueKey: n % 2 == 0 ? $"k{n}" : null,
                themes: n % 14 == 0 ? ["phí"] : null));
        }

        return inputs;
    }
}
