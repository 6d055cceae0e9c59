using static ConsultEngine.Abstractions.Tests.Inputs;

namespace ConsultEngine.Abstractions.Tests;

public sealed class InputAnalyzerTests
{
    private static readonly QuestionSpec Transport = new("transport", QuestionShape.SingleChoice)
    {
        Options = [new("bus", new LocalText("Xe buýt", "Bus")), new("motorbike", new LocalText("Xe máy", "Motorbike"))],
    };

    private static ToolAnalysis Analyse(IReadOnlyList<ConsultationInput> inputs, params QuestionSpec[] questions) =>
        InputAnalyzer.Analyse("test", "step", inputs, questions, new AnalysisOptions { CrossTabBy = ["gender"] });

    [Fact]
    public void SingleChoice_CountsSharesAndIntervals_ListedOptionsFirstThenOthersInOrdinalOrder()
    {
        ConsultationInput[] inputs =
        [
            Input("""{ "transport": "bus" }"""), Input("""{ "transport": "bus" }"""), Input("""{ "transport": "walk" }"""),
            Input("""{ "transport": "bicycle" }"""), Input("""{ "transport": "" }"""), Input("""{ "other": 1 }"""),
        ];

        var result = Assert.Single(Analyse(inputs, Transport).Questions);

        Assert.Equal(4, result.Answered);
        Assert.Equal(["bus", "motorbike", "bicycle", "walk"], result.Options.Select(o => o.Value));
        Assert.Equal([2, 0, 1, 1], result.Options.Select(o => o.Count));
        Assert.Equal([0.5, 0, 0.25, 0.25], result.Options.Select(o => o.Share));
        Assert.Equal(InputAnalyzer.Wilson(2, 4), result.Options[0].Ci95);
        Assert.Equal(new LocalText("Xe buýt", "Bus"), result.Options[0].Label);
        Assert.Null(result.Options[2].Label);
    }

    [Fact]
    public void SingleChoice_NobodyAnswered_HasZeroSharesAndTheWholeInterval()
    {
        var result = Assert.Single(Analyse([Input("""{ "other": "x" }""")], Transport).Questions);

        Assert.Equal(0, result.Answered);
        Assert.All(result.Options, o => Assert.Equal((0, 0.0, new Interval(0, 1)), (o.Count, o.Share, o.Ci95)));
    }

    [Fact]
    public void MultipleChoice_CountsEachOptionOncePerAnswer_FromArraysOrSpaceSeparatedStrings()
    {
        var question = new QuestionSpec("concerns", QuestionShape.MultipleChoice);
        ConsultationInput[] inputs =
        [
            Input("""{ "concerns": ["fee", "noise", "fee"] }"""), Input("""{ "concerns": "fee parking" }"""), Input("""{ "concerns": [] }"""),
        ];

        var result = Assert.Single(Analyse(inputs, question).Questions);

        Assert.Equal(2, result.Answered);
        Assert.Equal([("fee", 2, 1.0), ("noise", 1, 0.5), ("parking", 1, 0.5)], result.Options.Select(o => (o.Value, o.Count, o.Share)));
    }

    [Fact]
    public void Ranking_CountsFirstChoicesAndTheMeanRankAmongThoseWhoRankedIt()
    {
        var question = new QuestionSpec("priorities", QuestionShape.Ranking)
        {
            Options = [new("roads", new LocalText("Đường", "Roads")), new("schools", new LocalText("Trường", "Schools")), new("parks", new LocalText("Công viên", "Parks"))],
        };
        ConsultationInput[] inputs =
        [
            Input("""{ "priorities": ["roads", "schools", "parks"] }"""),
            Input("""{ "priorities": ["schools", "roads"] }"""),
            Input("""{ "priorities": ["roads", "parks", "schools"] }"""),
        ];

        var result = Assert.Single(Analyse(inputs, question).Questions);

        Assert.Equal(3, result.Answered);
        // roads ranked 1, 2, 1; schools 2, 1, 3; parks 3, 2 (one person left it out).
        Assert.Equal([("roads", 2, 1.3333), ("schools", 1, 2.0), ("parks", 0, 2.5)], result.Options.Select(o => (o.Value, o.Count, o.MeanRank!.Value)));
        Assert.Equal(0.6667, result.Options[0].Share);
    }

    [Fact]
    public void Numeric_SummarisesMeanIntervalMinMedianMax_AndIgnoresWhatIsNotANumber()
    {
        var question = new QuestionSpec("fee", QuestionShape.Numeric);
        ConsultationInput[] inputs =
        [
            Input("""{ "fee": 10 }"""), Input("""{ "fee": "20" }"""), Input("""{ "fee": 30.5 }"""), Input("""{ "fee": 40 }"""),
            Input("""{ "fee": "nhiều" }"""), Input("""{ "fee": true }"""),
        ];

        var summary = Assert.Single(Analyse(inputs, question).Questions).Numeric!;

        // mean 25.125; sample sd = sqrt((15.125² + 5.125² + 5.375² + 14.875²) / 3) = 12.9767; half = 1.96 × 12.9767 / 2 = 12.7169.
        Assert.Equal(4, summary.Count);
        Assert.Equal(25.125, summary.Mean);
        Assert.Equal(new Interval(12.408, 37.842), summary.Ci95);
        Assert.Equal((10, 25.25, 40), (summary.Min, summary.Median, summary.Max));
    }

    [Fact]
    public void Numeric_MedianOfAnOddCount_IsTheMiddleValue_AndOneValueHasNoSpread()
    {
        var question = new QuestionSpec("age", QuestionShape.Numeric);

        var odd = Analyse([Input("""{ "age": 70 }"""), Input("""{ "age": 20 }"""), Input("""{ "age": 35 }""")], question).Questions[0].Numeric!;
        var one = Analyse([Input("""{ "age": 42 }""")], question).Questions[0].Numeric!;
        var none = Analyse([Input("""{ "x": 1 }""")], question).Questions[0];

        Assert.Equal(35, odd.Median);
        Assert.Equal(new Interval(42, 42), one.Ci95);
        Assert.Null(none.Numeric);
        Assert.Equal(0, none.Answered);
    }

    [Fact]
    public void Numeric_IgnoresValuesThatAreNotFinite()
    {
        var question = new QuestionSpec("fee", QuestionShape.Numeric);
        ConsultationInput[] inputs = [Input("""{ "fee": 10 }"""), Input("""{ "fee": 1e400 }"""), Input("""{ "fee": "Infinity" }"""), Input("""{ "fee": "NaN" }"""), Input("""{ "fee": "20" }""")];

        var result = Assert.Single(Analyse(inputs, question).Questions);

        Assert.Equal(2, result.Answered);
        Assert.Equal(15, result.Numeric!.Mean);
        Assert.Equal(20, result.Numeric.Max);
        Assert.NotEmpty(System.Text.Json.JsonSerializer.Serialize(result));
    }

    [Fact]
    public void CrossTab_BreaksAChoiceQuestionDownByAttribute_SkippingPeopleWithoutTheAttribute()
    {
        ConsultationInput[] inputs =
        [
            Input("""{ "transport": "bus" }""", respondent: Person("nữ")),
            Input("""{ "transport": "motorbike" }""", respondent: Person("nữ")),
            Input("""{ "transport": "bus" }""", respondent: Person("nam")),
            Input("""{ "transport": "bus" }"""),
        ];

        var crossTab = Assert.Single(Analyse(inputs, Transport).CrossTabs);

        Assert.Equal(("transport", "gender"), (crossTab.QuestionId, crossTab.Attribute));
        Assert.Equal(["nam", "nữ"], crossTab.Rows.Select(r => r.AttributeValue));
        Assert.Equal([1, 2], crossTab.Rows.Select(r => r.Answered));
        Assert.Equal([1.0, 0.5], crossTab.Rows.Select(r => r.Options[0].Share));
        Assert.Equal(InputAnalyzer.Wilson(1, 2), crossTab.Rows[1].Options[0].Ci95);
    }

    [Fact]
    public void CrossTab_IsLeftOutForAnAttributeNobodyHas_AndForQuestionsThatAreNotChoices()
    {
        var inputs = new[] { Input("""{ "transport": "bus", "fee": 3 }""") };

        var analysis = InputAnalyzer.Analyse("test", "step", inputs, [Transport, new QuestionSpec("fee", QuestionShape.Numeric)], AnalysisOptions.Default);

        Assert.Empty(analysis.CrossTabs);
    }

    [Fact]
    public void Passages_ComeFromTheInputsTextAndFromTextQuestions()
    {
        var comment = new QuestionSpec("comment", QuestionShape.Text);
        var a = Input("""{ "comment": "Cần thêm xe buýt." }""", text: "Ý kiến tại buổi điều trần", subject: "session-1");
        var b = Input("""{ "comment": "" }""", text: "   ");

        var analysis = Analyse([a, b], comment);

        Assert.Equal([(a.Id, "session-1", "Ý kiến tại buổi điều trần"), (a.Id, "comment", "Cần thêm xe buýt.")], analysis.Uncoded.Select(p => (p.InputId, p.Subject, p.Text)));
        Assert.Equal(1, analysis.Questions[0].Answered);
    }

    [Fact]
    public void Themes_GroupCodedPassagesLargestFirstThenByName_EachPassageOncePerTheme()
    {
        var a = Input(text: "Phí cao quá", themes: ["cost", "cost", "fairness"]);
        var b = Input(text: "Không công bằng", themes: ["fairness"]);
        var c = Input(text: "Thu phí hai lần", themes: ["cost", "access"]);
        var d = Input(text: "Chưa mã hoá");

        var analysis = Analyse([a, b, c, d]);

        Assert.Equal([("cost", 2), ("fairness", 2), ("access", 1)], analysis.Themes.Select(t => (t.Theme, t.Count)));
        Assert.Equal([a.Id, c.Id], analysis.Themes[0].Passages.Select(p => p.InputId));
        Assert.Equal([d.Id], analysis.Uncoded.Select(p => p.InputId));
    }

    [Fact]
    public void Answer_IgnoresNullEmptyStringsAndEmptyArrays()
    {
        var input = Input("""{ "a": null, "b": "", "c": [], "d": "x", "e": 0 }""");

        Assert.Null(InputAnalyzer.Answer(input, "a"));
        Assert.Null(InputAnalyzer.Answer(input, "b"));
        Assert.Null(InputAnalyzer.Answer(input, "c"));
        Assert.Null(InputAnalyzer.Answer(input, "missing"));
        Assert.Null(InputAnalyzer.Answer(Input(), "d"));
        Assert.Equal("x", InputAnalyzer.Answer(input, "d")!.Value.GetString());
        Assert.Equal(0, InputAnalyzer.Answer(input, "e")!.Value.GetInt32());
    }

    [Theory]
    [InlineData(0.03125, 0.0313)]
    [InlineData(-0.03125, -0.0313)]
    [InlineData(0.12344, 0.1234)]
    [InlineData(2.0 / 3, 0.6667)]
    public void Round_KeepsFourDecimals_HalvesAwayFromZero(double value, double rounded) =>
        Assert.Equal(rounded, InputAnalyzer.Round(value));
}
