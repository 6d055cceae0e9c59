using System.Text.Json.Nodes;
using ConsultEngine.Abstractions;
using ConsultEngine.Testing.Tools;
using Snapshooter.Xunit;

namespace ConsultEngine.Plugins.Survey.Tests;

public sealed class AnalysisSnapshotTests
{
    private static readonly (string Value, string Name)[] Wards = [("ba_dinh", "Ba Đình"), ("hoan_kiem", "Hoàn Kiếm"), ("cau_giay", "Cầu Giấy")];
    private static readonly string[] AgeBands = ["18-29", "30-44", "45-59", "60+"];
    private static readonly string[][] Reasons = [["price"], ["frequency", "comfort"], ["price", "safety"], ["comfort"], ["frequency"], ["price", "frequency", "comfort"], []];
    private static readonly string[][] Rankings = [["frequency", "price", "routes"], ["price", "frequency", "routes"], ["routes", "frequency", "price"], ["frequency", "routes", "price"]];
    private static readonly string[] Comments =
    [
        "Giá vé nên giữ nguyên cho học sinh, sinh viên.",
        "Cần thêm tuyến đến các khu đô thị mới ở phía tây.",
        "Người cao tuổi và người khuyết tật nên được miễn vé.",
        "Xe buýt hay trễ giờ vào giờ cao điểm, tăng giá là chưa hợp lý.",
    ];

    /// <summary>
    /// A fixed consultation: 3 pilot responses, then 48 live ones from three wards (enumerators
    /// and the web), one of them later marked a duplicate. Every value follows from the response's
    /// number, so the data set is the same on every run.
    /// </summary>
    private static async Task<ToolTestBench> ConsultationAsync()
    {
        var bench = await Support.BenchAsync("""{ "pilot": true, "sampleSize": 60, "quotas": { "gender": { "female": 30, "male": 30 }, "ethnicity": { "Tày": 6 } } }""");
        for (var i = 0; i < 3; i++)
        {
            await bench.SubmitAsync(Support.Minimal, InputChannel.Enumerator, new RespondentAttributes { Commune = "Ba Đình", Gender = "female" }, actor: "dtv.thu-nghiem");
        }

        await bench.ExecuteAsync("end-pilot", "{}");
        for (var i = 0; i < 48; i++)
        {
            bench.Clock.Advance(TimeSpan.FromMinutes(37));
            var ward = Wards[i % 3];
            var rider = i % 4 != 0;
            var answers = new JsonObject
            {
                ["ward"] = ward.Value,
                ["uses_bus"] = rider ? "yes" : "no",
                ["fare_support"] = (((i * 3) + (i % 3) + (i / 7)) % 5 + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["fair_fare"] = 5000 + (i % 4 * 1000),
            };
            if (rider)
            {
                answers["trips_per_week"] = (i * 7) % 20;
                answers["monthly_pass"] = i % 3 == 1 ? "yes" : "no";
                answers["priorities"] = new JsonArray([.. Rankings[i % Rankings.Length].Select(r => JsonValue.Create(r))]);
            }

            if (Reasons[i % Reasons.Length] is { Length: > 0 } reasons)
            {
                answers["reasons"] = new JsonArray([.. reasons.Select(r => JsonValue.Create(r))]);
            }

            if (i % 6 == 0)
            {
                answers["comment"] = Comments[i / 6 % Comments.Length];
            }

            var respondent = new RespondentAttributes
            {
                Province = "Hà Nội",
                Commune = ward.Name,
                Gender = i % 2 == 0 ? "female" : "male",
                AgeBand = AgeBands[i / 3 % 4],
                Ethnicity = i % 8 == 5 ? "Tày" : i % 11 == 7 ? "Mường" : "Kinh",
            };
            var result = await bench.SubmitAsync(answers.ToJsonString(), i % 5 == 0 ? InputChannel.Web : InputChannel.Enumerator, respondent, actor: i % 5 == 0 ? null : $"dtv.{i % 3 + 1}");
            Assert.True(result.Accepted, string.Join(", ", result.Codes));
        }

        var duplicate = (await bench.Inputs.ReadAsync(InputQuery.All))[10];
        await bench.Inputs.UpdateAsync(duplicate.Id, InputMarks.Duplicate, []);
        return bench;
    }

    [Fact]
    public async Task Analysis_OfAFixedConsultation_MatchesItsSnapshot()
    {
        var bench = await ConsultationAsync();

        var analysis = await bench.AnalyseAsync();

        Snapshot.Match(ToolTestBench.ToJson(analysis));
    }

    [Fact]
    public async Task Analysis_CountsAndFigures()
    {
        var bench = await ConsultationAsync();

        var analysis = await bench.AnalyseAsync();
        var figures = analysis.Figures.ToDictionary(f => f.Name, f => (double)f.Value!);

        Assert.Equal((51, 47, 3, 1), (analysis.Basis.Stored, analysis.Basis.Counted, analysis.Basis.ExcludedPilot, analysis.Basis.ExcludedDuplicate));
        Assert.Equal(3, figures["pilotHeldBack"]);
        Assert.Equal(InputAnalyzer.Round(figures["completeResponses"] / 47), figures["completionRate"]);
        Assert.InRange(figures["itemCompletionRate"], 0.5, 1);
        Assert.Equal(InputAnalyzer.Round(47 / 60.0), figures["sampleProgress"]);
        Assert.Equal(47, figures["channel.web"] + figures["channel.enumerator"]);
        Assert.Equal(InputAnalyzer.Round(analysis.CrossTabs.Single(c => c.QuestionId == "ward" && c.Attribute == "gender").Rows.Single(r => r.AttributeValue == "female").Answered / 30.0), figures["quota.gender.female"]);
        Assert.Equal(
            ["ward", "uses_bus", "trips_per_week", "monthly_pass", "fare_support", "reasons", "reasons_other", "fair_fare", "priorities", "comment"],
            analysis.Questions.Select(q => q.Id));
        Assert.Equal(["1", "2", "3", "4", "5"], analysis.Questions.Single(q => q.Id == "fare_support").Options.Select(o => o.Value));
    }

    [Fact]
    public async Task Analysis_OfNoResponses_HasNoCompletionRates_NotOneHundredPercent()
    {
        var bench = await Support.BenchAsync();

        var analysis = await bench.AnalyseAsync();
        var figures = analysis.Figures.ToDictionary(f => f.Name, f => f.Value);

        Assert.Equal(0, analysis.Basis.Counted);
        Assert.Null(figures["itemCompletionRate"]);
        Assert.Null(figures["completionRate"]);
        Assert.Equal(0, figures["completeResponses"]);
        var json = System.Text.Json.Nodes.JsonNode.Parse(ToolTestBench.ToJson(analysis))!;
        var item = json["figures"]!.AsArray().Single(f => f!["name"]!.GetValue<string>() == "itemCompletionRate")!;
        Assert.Null(item["value"]);
    }
}
