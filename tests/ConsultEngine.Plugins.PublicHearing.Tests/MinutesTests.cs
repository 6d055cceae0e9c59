using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.PublicHearing.Tests;

public class MinutesTests
{
    private const string Minutes = """
        { "sessionId": "hai-chau",
          "summary": { "vi": "Phiên điều trần về phí đỗ xe dưới lòng đường, 3 người phát biểu.", "en": "Hearing on on-street parking fees, 3 speakers." },
          "conclusions": ["Đề nghị miễn phí cho người khuyết tật", "Công khai nguồn thu hằng quý"],
          "adoptedBy": "Phó Chủ tịch HĐND thành phố, chủ tọa phiên điều trần" }
        """;

    [Fact]
    public async Task RecordMinutes_BeforeTheSessionStarts_RefusedMinutesTooEarly()
    {
        var bench = await HearingBench.WithSessionAsync();
        Assert.Equal(PublicHearingCodes.MinutesTooEarly, await HearingBench.RefusalCodeAsync(bench, "record-minutes", Minutes));
    }

    [Theory]
    [InlineData("""{ "sessionId": "hai-chau", "conclusions": [], "adoptedBy": "Chủ tọa" }""")]
    [InlineData("""{ "sessionId": "hai-chau", "summary": { "en": "English only" }, "adoptedBy": "Chủ tọa" }""")]
    [InlineData("""{ "sessionId": "hai-chau", "summary": "Tóm tắt", "conclusions": [""], "adoptedBy": "Chủ tọa" }""")]
    [InlineData("""{ "sessionId": "hai-chau", "summary": "Tóm tắt", "attendance": -1, "adoptedBy": "Chủ tọa" }""")]
    [InlineData("""{ "sessionId": "hai-chau", "summary": "Tóm tắt" }""")]
    public async Task RecordMinutes_Unusable_RefusedMinutesInvalid(string payload)
    {
        var bench = await HearingBench.WithSessionAsync();
        bench.Clock.AdvanceTo(HearingBench.MorningStart.AddHours(3));
        Assert.Equal(PublicHearingCodes.MinutesInvalid, await HearingBench.RefusalCodeAsync(bench, "record-minutes", payload));
    }

    [Fact]
    public async Task RecordMinutes_WithoutAHeadCount_TakesTheCheckIns_AndCloseKeepsThem()
    {
        var bench = await HearingBench.WithSessionAsync();
        await HearingBench.RegisterAsync(bench, "Nguyễn Văn An");
        await HearingBench.RegisterAsync(bench, "Trần Thị Bình");
        bench.Clock.AdvanceTo(HearingBench.MorningStart);
        await bench.ExecuteAsync("check-in", """{ "sessionId": "hai-chau", "registrationId": "hai-chau-001" }""");
        await bench.ExecuteAsync("check-in", """{ "sessionId": "hai-chau", "registrationId": "hai-chau-002" }""");
        bench.Clock.AdvanceTo(HearingBench.MorningStart.AddHours(3));

        var recorded = (await bench.ExecuteAsync("record-minutes", Minutes))!.Value;
        Assert.Equal(2, recorded.GetProperty("attended").GetInt32());

        await bench.CloseAsync();

        Assert.Equal(PublicHearingCodes.HearingClosed, await HearingBench.RefusalCodeAsync(bench, "record-minutes", Minutes));
        Assert.Equal(PublicHearingCodes.HearingClosed, await HearingBench.RefusalCodeAsync(bench, "register", """{ "sessionId": "hai-chau", "fullName": "Lê Văn Cường" }"""));
        Assert.Equal(PublicHearingCodes.HearingClosed, await HearingBench.RefusalCodeAsync(bench, "check-in", """{ "sessionId": "hai-chau", "registrationId": "hai-chau-001" }"""));
        var roster = (await bench.ExecuteAsync("roster", "{}"))!.Value;
        Assert.True(roster.GetProperty("closed").GetBoolean());
        var minutes = roster.GetProperty("sessions")[0].GetProperty("minutes");
        Assert.Equal(["Đề nghị miễn phí cho người khuyết tật", "Công khai nguồn thu hằng quý"], minutes.GetProperty("conclusions").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal("Phó Chủ tịch HĐND thành phố, chủ tọa phiên điều trần", minutes.GetProperty("adoptedBy").GetString());
        var closing = (await bench.Records.GetAsync("hearing", "closing"))!.Value;
        Assert.True(closing.GetProperty("sessions")[0].GetProperty("hasMinutes").GetBoolean());
        Assert.Equal(2, closing.GetProperty("sessions")[0].GetProperty("attended").GetInt32());
    }

    [Fact]
    public async Task Roster_ByThePublic_RefusedNotAllowed()
    {
        var bench = await HearingBench.WithSessionAsync();
        Assert.Equal(ToolCodes.NotAllowed, await HearingBench.RefusalCodeAsync(bench, "roster", "{}", actor: null));
        Assert.Equal(ToolCodes.UnknownAction, await HearingBench.RefusalCodeAsync(bench, "delete-session", "{}"));
    }
}
