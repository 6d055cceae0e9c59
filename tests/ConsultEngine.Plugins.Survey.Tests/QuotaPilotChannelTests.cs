using System.Text.Json.Nodes;
using ConsultEngine.Abstractions;
using ConsultEngine.Plugins.Survey;
using ConsultEngine.Testing.Tools;

namespace ConsultEngine.Plugins.Survey.Tests;

public sealed class QuotaPilotChannelTests
{
    private static readonly RespondentAttributes Kinh = new() { Ethnicity = "Kinh", Commune = "Ba Đình" };
    private static readonly RespondentAttributes Tay = new() { Ethnicity = "Tày", Commune = "Ba Đình" };

    /// <summary>The bus-fares questionnaire inline in a config, with more settings.</summary>
    private static string InlineConfig(string extra)
    {
        var config = JsonNode.Parse(extra)!.AsObject();
        var questionnaire = JsonNode.Parse(Support.BusFares)!.AsObject();
        foreach (var name in new[] { "questions", "groups", "languages" })
        {
            config[name] = questionnaire[name]!.DeepClone();
        }

        return config.ToJsonString();
    }

    [Fact]
    public async Task Quota_Stop_RefusesOnceTheGroupIsFull()
    {
        var bench = await Support.BenchAsync("""{ "quotas": { "ethnicity": { "Kinh": 2, "Tày": 5 } } }""");

        var first = await bench.SubmitAsync(Support.Minimal, respondent: Kinh);
        var second = await bench.SubmitAsync(Support.Minimal, respondent: Kinh);
        var third = await bench.SubmitAsync(Support.Minimal, respondent: Kinh);
        var other = await bench.SubmitAsync(Support.Minimal, respondent: Tay);

        Assert.Empty(first.Codes);
        Assert.Equal([SurveyCodes.QuotaReached], second.Codes);
        Assert.True(second.Accepted);
        Assert.False(third.Accepted);
        var problem = Assert.Single(third.Result.Problems);
        Assert.Equal((SurveyCodes.QuotaFull, "quotas/ethnicity/Kinh", ProblemSeverity.Error), (problem.Code, problem.Path, problem.Severity));
        Assert.True(other.Accepted);
    }

    [Fact]
    public async Task Quota_Warn_AcceptsWithAWarningOnceTheGroupIsFull()
    {
        var bench = await Support.BenchAsync("""{ "quotaAction": "warn", "quotas": { "ethnicity": { "Kinh": 1 } } }""");

        await bench.SubmitAsync(Support.Minimal, respondent: Kinh);
        var over = await bench.SubmitAsync(Support.Minimal, respondent: Kinh);

        Assert.True(over.Accepted);
        var problem = Assert.Single(over.Result.Problems);
        Assert.Equal((SurveyCodes.QuotaFull, ProblemSeverity.Warning), (problem.Code, problem.Severity));
        Assert.Equal(2, await bench.Inputs.CountAsync(InputQuery.Counted));
    }

    [Fact]
    public async Task Quota_NamingAnUnknownAttribute_FailsOpenWithACode()
    {
        var bench = new ToolTestBench(Support.Tool(), """{ "quotas": { "religion": { "x": 1 } } }""");

        var error = await Support.Refused(bench.OpenAsync);

        Assert.Equal(ToolCodes.ConfigInvalid, error.Code);
        Assert.Equal([SurveyCodes.QuotaAttributeUnknown], error.Problems.Select(p => p.Code));
    }

    [Fact]
    public async Task Pilot_InputsAreFlaggedAndLeftOutOfResults()
    {
        var bench = await Support.BenchAsync(InlineConfig("""{ "pilot": true }"""), setQuestionnaire: false);

        var pilot = await bench.SubmitAsync(Support.Minimal);
        var analysis = await bench.AnalyseAsync();

        Assert.True(pilot.Accepted);
        Assert.True(pilot.Result.Inputs[0].Is(InputMarks.Pilot));
        Assert.Equal((1, 0, 1), (analysis.Basis.Stored, analysis.Basis.Counted, analysis.Basis.ExcludedPilot));
        Assert.Equal(1, analysis.Figures.Single(f => f.Name == "pilotHeldBack").Value);
    }

    [Fact]
    public async Task Pilot_DoesNotCountTowardsQuotas()
    {
        var bench = await Support.BenchAsync(InlineConfig("""{ "pilot": true, "quotas": { "ethnicity": { "Kinh": 1 } } }"""), setQuestionnaire: false);

        await bench.SubmitAsync(Support.Minimal, respondent: Kinh);
        await bench.SubmitAsync(Support.Minimal, respondent: Kinh);
        await bench.ExecuteAsync("end-pilot", "{}");
        var live = await bench.SubmitAsync(Support.Minimal, respondent: Kinh);

        Assert.True(live.Accepted);
        Assert.False(live.Result.Inputs[0].Is(InputMarks.Pilot));
    }

    [Fact]
    public async Task EndPilot_SwitchesToLiveCollection()
    {
        var bench = await Support.BenchAsync(InlineConfig("""{ "pilot": true }"""), setQuestionnaire: false);
        await bench.SubmitAsync(Support.Minimal);

        var ended = await bench.ExecuteAsync("end-pilot", "{}");
        var live = await bench.SubmitAsync(Support.Minimal);
        var analysis = await bench.AnalyseAsync();
        var withPilot = await bench.AnalyseAsync(new AnalysisOptions { IncludePilot = true });

        Assert.Equal("live", ended!.Value.GetProperty("mode").GetString());
        Assert.Equal(InputMarks.None, live.Result.Inputs[0].Flags);
        Assert.Equal((2, 1, 1), (analysis.Basis.Stored, analysis.Basis.Counted, analysis.Basis.ExcludedPilot));
        Assert.Equal(2, withPilot.Basis.Counted);
        var again = await Support.Refused(() => bench.ExecuteAsync("end-pilot", "{}"));
        Assert.Equal(SurveyCodes.NotInPilot, again.Code);
    }

    [Fact]
    public async Task Questionnaire_MayChangeDuringThePilotButNotAfterLiveInputs()
    {
        var bench = await Support.BenchAsync(InlineConfig("""{ "pilot": true }"""), setQuestionnaire: false);
        await bench.SubmitAsync(Support.Minimal);

        var changed = await bench.ExecuteAsync("set-questionnaire", Support.BusFares);
        await bench.ExecuteAsync("end-pilot", "{}");
        var beforeLive = await bench.ExecuteAsync("set-questionnaire", Support.BusFares);
        await bench.SubmitAsync(Support.Minimal);
        var locked = await Support.Refused(() => bench.ExecuteAsync("set-questionnaire", Support.BusFares));

        Assert.Equal(2, changed!.Value.GetProperty("revision").GetInt32());
        Assert.Equal(3, beforeLive!.Value.GetProperty("revision").GetInt32());
        Assert.Equal(SurveyCodes.QuestionnaireLocked, locked.Code);
    }

    [Fact]
    public async Task Open_InvalidInlineQuestionnaire_FailsWithPerQuestionProblems()
    {
        var bench = new ToolTestBench(Support.Tool(), """{ "questions": [ { "id": "x", "type": "number", "label": { "vi": "X" }, "min": 5, "max": 1 } ] }""");

        var error = await Support.Refused(bench.OpenAsync);

        Assert.Equal(ToolCodes.ConfigInvalid, error.Code);
        Assert.Equal([(SurveyCodes.RangeInvalid, "x")], error.Problems.Select(p => (p.Code, p.Path)));
    }

    [Fact]
    public async Task Open_IsIdempotent()
    {
        var bench = await Support.BenchAsync(InlineConfig("""{ "pilot": true }"""), setQuestionnaire: false);
        await bench.ExecuteAsync("end-pilot", "{}");

        await bench.OpenAsync();
        var status = await bench.ExecuteAsync("status", "{}");

        Assert.Equal("live", status!.Value.GetProperty("mode").GetString());
    }

    [Fact]
    public async Task Enumerator_EntryRecordsTheEnumeratorAsCollector()
    {
        var bench = await Support.BenchAsync();

        var result = await bench.SubmitAsync(Support.Minimal, InputChannel.Enumerator, Kinh, actor: "dtv.nguyenvanan");

        Assert.True(result.Accepted);
        Assert.Equal((InputChannel.Enumerator, "dtv.nguyenvanan"), (result.Result.Inputs[0].Channel, result.Result.Inputs[0].Collector));
    }

    [Fact]
    public async Task Paper_EntryKeepsTheFormsDate()
    {
        var bench = await Support.BenchAsync();
        var filledIn = new DateTimeOffset(2026, 1, 3, 9, 30, 0, TimeSpan.FromHours(7));

        var result = await bench.SubmitAsync(
            new Submission { Channel = InputChannel.Paper, Answers = ToolTestBench.Parse(Support.Minimal), SubmittedAt = filledIn },
            actor: "vanthu.hdnd");

        Assert.True(result.Accepted);
        Assert.Equal((InputChannel.Paper, "vanthu.hdnd", filledIn), (result.Result.Inputs[0].Channel, result.Result.Inputs[0].Collector, result.Result.Inputs[0].SubmittedAt));
    }

    [Fact]
    public async Task Enumerator_EntryWithoutASignedInCollector_IsNotAllowed()
    {
        var bench = await Support.BenchAsync();

        var result = await bench.SubmitAsync(Support.Minimal, InputChannel.Enumerator);

        Assert.Equal([ToolCodes.NotAllowed], result.Codes);
    }

    [Fact]
    public async Task Channel_NotInTheConfig_IsRefused()
    {
        var bench = await Support.BenchAsync("""{ "channels": ["enumerator", "paper"] }""");

        var web = await bench.SubmitAsync(Support.Minimal);
        var import = await Support.Refused(() => bench.ExecuteAsync("import-responses", """{ "fileName": "a.csv", "contentBase64": "YQ==" }"""));

        Assert.Equal([SurveyCodes.ChannelNotOpen], web.Codes);
        Assert.Equal(SurveyCodes.ChannelNotOpen, import.Code);
    }

    [Fact]
    public async Task Identifier_GivesOneResponsePerPerson()
    {
        var bench = await Support.BenchAsync();

        var first = await bench.SubmitAsync(Support.Minimal, identifier: "0912 345 678");
        var again = await bench.SubmitAsync(Support.Minimal, identifier: "+84912345678");

        Assert.True(first.Accepted);
        Assert.Equal([ToolCodes.AlreadySubmitted], again.Codes);
        Assert.DoesNotContain("912345678", first.Result.Inputs[0].UniqueKey, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownAction_IsRefusedWithTheContractsCode()
    {
        var bench = await Support.BenchAsync();

        var error = await Support.Refused(() => bench.ExecuteAsync("publish", "{}"));

        Assert.Equal(ToolCodes.UnknownAction, error.Code);
    }
}
