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
    public void SingleChoice_FourteenOfTwentySeven_KeepsTheExactShare_WhichReadsFiftyOnePointNinePercent()
    {
        ConsultationInput[] inputs = [.. Enumerable.Range(0, 27).Select(i => Input(i < 14 ? """{ "transport": "bus" }""" : """{ "transport": "motorbike" }"""))];

        var bus = Assert.Single(Analyse(inputs, Transport).Questions).Options[0];

        // 14/27 = 51.85…%: a share rounded to 0.5185 before display read "51,8%".
        Assert.Equal(14.0 / 27, bus.Share);
        Assert.Equal("51,9%", bus.Share.ToString("P1", new System.Globalization.CultureInfo("vi-VN")));
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
        Assert.Equal(2.0 / 3, result.Options[0].Share);
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

        // mean 25.125; sample sd = sqrt((15.125² + 5.125² + 5.375² + 14.875²) / 3) = sqrt(505.1875 / 3) = 12.976749;
        // half = t(0.975, 3) × 12.976749 / √4 = 3.182446 × 6.488375 = 20.648903 (1.96 would give 12.7169, too narrow at n = 4).
        Assert.Equal(4, summary.Count);
        Assert.Equal(25.125, summary.Mean);
        Assert.Equal(new Interval(4.4761, 45.7739), summary.Ci95);
        Assert.Equal((10, 25.25, 40), (summary.Min, summary.Median, summary.Max));
    }

    [Fact]
    public void Numeric_IntervalOfASmallSample_IsStudentsT()
    {
        var question = new QuestionSpec("score", QuestionShape.Numeric);
        ConsultationInput[] inputs = [Input("""{ "score": 3 }"""), Input("""{ "score": 5 }"""), Input("""{ "score": 6 }"""), Input("""{ "score": 7 }"""), Input("""{ "score": 9 }""")];

        var summary = Assert.Single(Analyse(inputs, question).Questions).Numeric!;

        // By hand: n = 5, mean = 30 / 5 = 6; deviations −3, −1, 0, 1, 3; squares sum to 20; s² = 20 / 4 = 5;
        // standard error s / √n = √5 / √5 = 1. t(0.975, 4) = 2.776445 (tables), so 6 ± 2.7764 = [3.2236, 8.7764].
        // The normal approximation's 6 ± 1.96 = [4.04, 7.96] would be too narrow.
        Assert.Equal(6, summary.Mean);
        Assert.Equal(new Interval(3.2236, 8.7764), summary.Ci95);
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
    public void CrossTab_OfASingleChoiceQuestion_CarriesItsChiSquareTest()
    {
        // nam: 10 bus, 20 motorbike, 30 walk (not a listed option); nữ: 20 of each. The table of ChiSquareTests:
        // by hand χ² = 16/3 = 5.3333, df 2, p = exp(−8/3) = 0.0695, Cramér's V 0.2108, no expected count below 5.
        var inputs = Many("nam", ("bus", 10), ("motorbike", 20), ("walk", 30)).Concat(Many("nữ", ("bus", 20), ("motorbike", 20), ("walk", 20))).ToList();

        var test = Assert.Single(Analyse(inputs, Transport).CrossTabs).ChiSquare!;

        Assert.Equal((5.3333, 2, 0.0695, 0.2108), (test.Statistic, test.DegreesOfFreedom, test.PValue, test.CramersV));
        Assert.Equal((120, 6, 0, 15.0), (test.Total, test.Cells, test.SmallExpectedCells, test.MinExpected));
    }

    [Fact]
    public void CrossTab_WithSmallExpectedCounts_Warns_AndOneGroupOrAMultipleChoiceHasNoTest()
    {
        // nam 1, 4, 5 and nữ 9, 6, 5: expected 3.3333 in each of nam's three cells (ChiSquareTests works it out).
        var inputs = Many("nam", ("bus", 1), ("motorbike", 4), ("walk", 5)).Concat(Many("nữ", ("bus", 9), ("motorbike", 6), ("walk", 5))).ToList();
        var concerns = new QuestionSpec("concerns", QuestionShape.MultipleChoice);
        ConsultationInput[] multiple = [Input("""{ "concerns": ["fee", "noise"] }""", respondent: Person("nữ")), Input("""{ "concerns": ["fee"] }""", respondent: Person("nam"))];

        var test = Assert.Single(Analyse(inputs, Transport).CrossTabs).ChiSquare!;

        Assert.Equal((3.9, 0.1423, true, 3, 0.5, 3.3333), (test.Statistic, test.PValue, test.SmallCellWarning, test.SmallExpectedCells, test.SmallExpectedShare, test.MinExpected));
        Assert.Null(Assert.Single(Analyse(Many("nữ", ("bus", 3), ("walk", 2)).ToList(), Transport).CrossTabs).ChiSquare);
        Assert.Null(Assert.Single(Analyse(multiple, concerns).CrossTabs).ChiSquare);
    }

    private static IEnumerable<ConsultationInput> Many(string gender, params (string Answer, int Count)[] answers) =>
        answers.SelectMany(a => Enumerable.Range(0, a.Count).Select(_ => Input($$"""{ "transport": "{{a.Answer}}" }""", respondent: Person(gender))));

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
