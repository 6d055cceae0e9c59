using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.PublicHearing.Tests;

public class OpinionTests
{
    [Fact]
    public async Task AddSpeaker_RecordsTheSpeakerAndEachOpinionAsAnInput()
    {
        var bench = await HearingBench.WithSessionAsync();
        await HearingBench.RegisterAsync(bench, "Nguyễn Văn An", respondent: """{ "commune": "Hải Châu", "gender": "nam" }""");
        bench.Clock.AdvanceTo(HearingBench.MorningStart.AddMinutes(30));

        var result = (await bench.ExecuteAsync("add-speaker", """
            { "sessionId": "hai-chau", "registrationId": "hai-chau-001", "organisation": "Hội Cựu chiến binh phường",
              "opinions": [
                { "text": "Đề nghị giữ mức phí cũ cho người cao tuổi.", "stance": "amend", "article": "Điều 5" },
                { "text": "Đồng ý với việc công khai nguồn thu." } ] }
            """))!.Value;

        Assert.Equal("hai-chau-s01", result.GetProperty("speakerId").GetString());
        Assert.Equal("N. V. An", result.GetProperty("displayName").GetString());
        var inputs = await bench.Inputs.ReadAsync(InputQuery.All);
        Assert.Equal(2, inputs.Count);
        Assert.All(inputs, i =>
        {
            Assert.Equal(InputChannel.Enumerator, i.Channel);
            Assert.Equal("hai-chau", i.Subject);
            Assert.Equal("staff", i.Collector);
            Assert.Equal("Hải Châu", i.Respondent.Commune);
            Assert.Equal("hai-chau-s01", i.Answers!.Value.GetProperty("speaker").GetString());
        });
        Assert.Equal("amend", inputs[0].Answers!.Value.GetProperty("stance").GetString());
        Assert.Equal("Điều 5", inputs[0].Answers!.Value.GetProperty("article").GetString());
        Assert.False(inputs[1].Answers!.Value.TryGetProperty("stance", out _));
    }

    [Theory]
    [InlineData("""{ "sessionId": "hai-chau", "opinions": [] }""", PublicHearingCodes.SpeakerNameMissing)]
    [InlineData("""{ "sessionId": "hai-chau", "registrationId": "hai-chau-404" }""", PublicHearingCodes.RegistrationUnknown)]
    [InlineData("""{ "sessionId": "hai-chau", "name": "Võ Thị E", "opinions": [{ "text": "" }] }""", PublicHearingCodes.OpinionMissing)]
    [InlineData("""{ "sessionId": "hai-chau", "name": "Võ Thị E", "opinions": [{ "text": "Ý kiến", "stance": "neutral" }] }""", PublicHearingCodes.StanceInvalid)]
    [InlineData("""{ "sessionId": "son-tra", "name": "Võ Thị E" }""", PublicHearingCodes.SessionUnknown)]
    public async Task AddSpeaker_Unusable_RefusedWithItsCode(string payload, string code)
    {
        var bench = await HearingBench.WithSessionAsync();
        Assert.Equal(code, await HearingBench.RefusalCodeAsync(bench, "add-speaker", payload));
        Assert.Equal(0, await bench.Inputs.CountAsync(InputQuery.All));
    }

    [Fact]
    public async Task Collect_AnOpinionFromStaffEntry_IsStoredWithItsStance()
    {
        var bench = await HearingBench.WithSessionAsync();
        await bench.ExecuteAsync("add-speaker", """{ "sessionId": "hai-chau", "name": "Võ Thị Em" }""");

        var submitted = await bench.SubmitAsync(HearingBench.Opinion("hai-chau", "Đề nghị bổ sung quy định về bãi đỗ xe cho người khuyết tật.", """{ "stance": "amend", "article": "Điều 7", "speaker": "hai-chau-s01" }"""), actor: "thu-ky");

        Assert.True(submitted.Accepted);
        var input = submitted.Result.Inputs[0];
        Assert.Equal("thu-ky", input.Collector);
        Assert.Equal("hai-chau", input.Subject);
    }

    [Theory]
    [InlineData("ngu-hanh-son", "Ý kiến", null, PublicHearingCodes.SessionUnknown)]
    [InlineData(null, "Ý kiến", null, PublicHearingCodes.SessionUnknown)]
    [InlineData("hai-chau", " ", null, PublicHearingCodes.OpinionMissing)]
    [InlineData("hai-chau", "Ý kiến", """{ "stance": "neutral" }""", PublicHearingCodes.StanceInvalid)]
    [InlineData("hai-chau", "Ý kiến", """{ "speaker": "hai-chau-s09" }""", PublicHearingCodes.SpeakerUnknown)]
    [InlineData("hai-chau", "Ý kiến", """{ "mood": "vui" }""", PublicHearingCodes.OpinionAnswersInvalid)]
    [InlineData("hai-chau", "Ý kiến", """["support"]""", PublicHearingCodes.OpinionAnswersInvalid)]
    public async Task Collect_Unusable_RefusedWithItsCode(string? session, string text, string? answers, string code)
    {
        var bench = await HearingBench.WithSessionAsync();
        var submitted = await bench.SubmitAsync(HearingBench.Opinion(session!, text, answers), actor: "staff");
        Assert.Equal([code], submitted.Codes);
    }

    [Fact]
    public async Task Collect_FromTheWebOrWithoutStaff_Refused()
    {
        var bench = await HearingBench.WithSessionAsync();
        Assert.Equal([PublicHearingCodes.ChannelNotAccepted], (await bench.SubmitAsync(HearingBench.Opinion("hai-chau", "Ý kiến", channel: InputChannel.Web), actor: "staff")).Codes);
        Assert.Equal([ToolCodes.NotAllowed], (await bench.SubmitAsync(HearingBench.Opinion("hai-chau", "Ý kiến"), actor: null)).Codes);
        Assert.True((await bench.SubmitAsync(HearingBench.Opinion("hai-chau", "Văn bản góp ý nộp tại phiên", channel: InputChannel.Paper), actor: "staff")).Accepted);
    }

    [Fact]
    public async Task CodeOpinion_SetsTheThemes()
    {
        var bench = await HearingBench.WithSessionAsync();
        var input = (await bench.SubmitAsync(HearingBench.Opinion("hai-chau", "Phí quá cao so với thu nhập."), actor: "staff")).Result.Inputs[0];

        var result = (await bench.ExecuteAsync("code-opinion", $$"""{ "inputId": "{{input.Id}}", "themes": ["muc-phi", "thu-nhap", "muc-phi"] }"""))!.Value;

        Assert.Equal(["muc-phi", "thu-nhap"], result.GetProperty("themes").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(["muc-phi", "thu-nhap"], (await bench.Inputs.FindAsync(input.Id))!.Themes);
    }

    [Theory]
    [InlineData("""{ "inputId": "00000000-0000-4000-8000-000000000042", "themes": ["muc-phi"] }""", ToolCodes.InputNotFound)]
    [InlineData("""{ "inputId": "không-phải-guid", "themes": ["muc-phi"] }""", ToolCodes.PayloadInvalid)]
    [InlineData("""{ "inputId": "00000000-0000-4000-8000-000000000042", "themes": [""] }""", PublicHearingCodes.ThemesInvalid)]
    [InlineData("""{ "inputId": "00000000-0000-4000-8000-000000000042" }""", PublicHearingCodes.ThemesInvalid)]
    public async Task CodeOpinion_Unusable_RefusedWithItsCode(string payload, string code)
    {
        var bench = await HearingBench.WithSessionAsync();
        Assert.Equal(code, await HearingBench.RefusalCodeAsync(bench, "code-opinion", payload));
    }
}
