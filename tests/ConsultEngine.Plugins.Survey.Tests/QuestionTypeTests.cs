using System.Text.Json;
using ConsultEngine.Plugins.Survey;

namespace ConsultEngine.Plugins.Survey.Tests;

public sealed class QuestionTypeTests
{
    private const string Rider = """{ "ward": "cau_giay", "uses_bus": "yes", "trips_per_week": 12, "fare_support": "5" }""";

    [Theory]
    [InlineData("ward", "\"hoan_kiem\"")]
    [InlineData("fare_support", "3")]
    [InlineData("reasons", "[\"price\", \"comfort\"]")]
    [InlineData("reasons", "\"price comfort\"")]
    [InlineData("fair_fare", "8000")]
    [InlineData("fair_fare", "\"9000\"")]
    [InlineData("priorities", "[\"routes\", \"frequency\", \"price\"]")]
    [InlineData("started_on", "\"2024-09-02\"")]
    [InlineData("comment", "\"Nên có thêm tuyến xe buýt điện đến khu công nghiệp.\"")]
    public async Task Collect_EachQuestionType_AcceptsAWellFormedAnswer(string question, string value)
    {
        var bench = await Support.BenchAsync();

        var result = await bench.SubmitAsync(Support.With(Support.Minimal, question, value));

        Assert.True(result.Accepted, string.Join(", ", result.Codes));
        Assert.Empty(result.Codes);
    }

    [Theory]
    [InlineData("ward", "\"tay_ho\"", SurveyCodes.OptionNotListed)]
    [InlineData("ward", "true", SurveyCodes.WrongAnswerType)]
    [InlineData("fare_support", "6", SurveyCodes.OptionNotListed)]
    [InlineData("fare_support", "{}", SurveyCodes.WrongAnswerType)]
    [InlineData("reasons", "[\"price\", \"noise\"]", SurveyCodes.OptionNotListed)]
    [InlineData("reasons", "[\"price\", \"price\"]", SurveyCodes.WrongAnswerType)]
    [InlineData("reasons", "42", SurveyCodes.WrongAnswerType)]
    [InlineData("fair_fare", "\"bảy nghìn\"", SurveyCodes.WrongAnswerType)]
    [InlineData("fair_fare", "60000", SurveyCodes.NumberOutOfRange)]
    [InlineData("fair_fare", "-1000", SurveyCodes.NumberOutOfRange)]
    [InlineData("priorities", "[\"routes\", \"price\"]", SurveyCodes.RankingInvalid)]
    [InlineData("priorities", "[\"routes\", \"routes\", \"price\"]", SurveyCodes.RankingInvalid)]
    [InlineData("priorities", "[\"routes\", \"price\", \"parking\"]", SurveyCodes.OptionNotListed)]
    [InlineData("started_on", "\"02/09/2024\"", SurveyCodes.InvalidDate)]
    [InlineData("started_on", "\"2024-02-30\"", SurveyCodes.InvalidDate)]
    [InlineData("comment", "17", SurveyCodes.WrongAnswerType)]
    [InlineData("intro", "\"đã đọc\"", SurveyCodes.UnknownQuestion)]
    [InlineData("heavy_user", "\"yes\"", SurveyCodes.UnknownQuestion)]
    [InlineData("favourite_colour", "\"xanh\"", SurveyCodes.UnknownQuestion)]
    public async Task Collect_EachQuestionType_RefusesAWrongAnswerWithItsCode(string question, string value, string code)
    {
        var bench = await Support.BenchAsync();

        var result = await bench.SubmitAsync(Support.With(Support.Minimal, question, value));

        Assert.False(result.Accepted);
        var problem = Assert.Single(result.Result.Problems);
        Assert.Equal(code, problem.Code);
        Assert.Equal(question, problem.Path);
        Assert.Equal(0, await bench.Inputs.CountAsync(ConsultEngine.Abstractions.InputQuery.All));
    }

    [Fact]
    public async Task Collect_WholeNumberQuestion_RefusesAFraction()
    {
        var bench = await Support.BenchAsync();

        var result = await bench.SubmitAsync(Support.With(Rider, "trips_per_week", "2.5"));

        Assert.Equal([SurveyCodes.NumberOutOfRange], result.Codes);
    }

    [Fact]
    public async Task Collect_LongTextOverItsLimit_IsRefused()
    {
        var bench = await Support.BenchAsync();

        var result = await bench.SubmitAsync(Support.With(Support.Minimal, "comment", JsonSerializer.Serialize(new string('x', 2001))));

        Assert.Equal([SurveyCodes.TextTooLong], result.Codes);
    }

    [Fact]
    public async Task Collect_RequiredQuestionsUnanswered_AreEachReported()
    {
        var bench = await Support.BenchAsync();

        var result = await bench.SubmitAsync("""{ "uses_bus": "no" }""");

        Assert.Equal([SurveyCodes.RequiredMissing, SurveyCodes.RequiredMissing], result.Codes);
        Assert.Equal(["ward", "fare_support"], result.Result.Problems.Select(p => p.Path));
    }

    [Fact]
    public async Task Collect_AnswersThatAreNotAnObject_AreRefused()
    {
        var bench = await Support.BenchAsync();

        var result = await bench.SubmitAsync("""["ba_dinh"]""");

        Assert.Equal([SurveyCodes.AnswersNotObject], result.Codes);
    }

    [Fact]
    public async Task Collect_AcceptedAnswers_AreStoredNormalised()
    {
        var bench = await Support.BenchAsync();

        var result = await bench.SubmitAsync("""{ "ward": "ba_dinh", "uses_bus": "yes", "trips_per_week": "14", "fare_support": 4, "reasons": "price frequency", "fair_fare": "7000" }""");

        Assert.True(result.Accepted);
        var stored = result.Stored();
        Assert.Equal(14, stored.GetProperty("trips_per_week").GetInt32());
        Assert.Equal("4", stored.GetProperty("fare_support").GetString());
        Assert.Equal(["price", "frequency"], stored.GetProperty("reasons").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(7000, stored.GetProperty("fair_fare").GetDouble());
        Assert.Equal("yes", stored.GetProperty("heavy_user").GetString());
    }
}
