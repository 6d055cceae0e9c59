namespace ConsultEngine.Plugins.FocusGroup.Tests;

public sealed class RosterTests
{
    [Fact]
    public async Task AddParticipants_MeetingAnAttributeCriterion_AreOnTheRoster_WithConsentRecordedByTheActor()
    {
        var bench = new FocusGroupBench();
        await bench.WomenGroupAsync();

        var added = await bench.RunAsync("add-participants", """
            { "group": "phu-nu", "participants": [ { "code": "PN-01", "attributes": { "gender": "Nữ", "ageBand": "30-44" }, "consent": { "given": true, "form": "written" } } ] }
            """, actor: "hoa");
        var roster = await bench.RunAsync("get-roster", """{ "group": "phu-nu" }""");

        Assert.Equal(1, added.GetProperty("participants").GetInt32());
        var participant = Assert.Single(roster.GetProperty("participants").EnumerateArray());
        Assert.Equal("PN-01", participant.GetProperty("code").GetString());
        Assert.Equal("hoa", participant.GetProperty("consent").GetProperty("recordedBy").GetString());
        Assert.Equal(bench.Bench.Clock.GetUtcNow(), participant.GetProperty("consent").GetProperty("at").GetDateTimeOffset());
    }

    [Fact]
    public async Task AddParticipant_OutsideAnAttributeCriterion_IsRefused()
    {
        var bench = new FocusGroupBench();
        await bench.WomenGroupAsync();

        var refusal = await bench.RefusedAsync("add-participants", """
            { "group": "phu-nu", "participants": [
              { "code": "PN-01", "attributes": { "gender": "nữ" }, "consent": { "given": true } },
              { "code": "PN-02", "attributes": { "gender": "nam" }, "consent": { "given": true } },
              { "code": "PN-03", "consent": { "given": true } } ] }
            """);

        Assert.Equal(FocusGroupCodes.ParticipantOutsideCriteria, refusal.Code);
        Assert.Equal(["/participants/1/attributes/gender", "/participants/2/attributes/gender"], refusal.Problems.Select(p => p.Path));
        Assert.Empty((await bench.RunAsync("get-roster", """{ "group": "phu-nu" }""")).GetProperty("participants").EnumerateArray());
    }

    [Fact]
    public async Task AddParticipant_ToADeclaredCriterion_MustBeDeclaredToMeetIt()
    {
        var bench = new FocusGroupBench();
        await bench.BusinessGroupAsync();

        var refusal = await bench.RefusedAsync("add-participants", """
            { "group": "ho-kinh-doanh", "participants": [
              { "code": "KD-01", "meets": ["Doanh nghiệp, hộ kinh doanh"], "consent": { "given": true } },
              { "code": "KD-02", "consent": { "given": true } },
              { "code": "KD-03", "meets": ["Doanh nghiệp, hộ kinh doanh", "Thanh niên"], "consent": { "given": true } } ] }
            """);
        var accepted = await bench.RunAsync("add-participants", """
            { "group": "ho-kinh-doanh", "participants": [ { "code": "KD-01", "meets": ["doanh nghiệp, hộ kinh doanh"], "consent": { "given": true } } ] }
            """);

        Assert.Equal(FocusGroupCodes.ParticipantOutsideCriteria, refusal.Code);
        Assert.Equal(["/participants/1/meets", "/participants/2/meets/1"], refusal.Problems.Select(p => p.Path));
        Assert.Equal(1, accepted.GetProperty("participants").GetInt32());
    }

    [Fact]
    public async Task AddParticipant_WithoutConsent_IsRefused()
    {
        var bench = new FocusGroupBench();
        await bench.WomenGroupAsync();

        var refusal = await bench.RefusedAsync("add-participants", """
            { "group": "phu-nu", "participants": [ { "code": "PN-01", "attributes": { "gender": "nữ" }, "consent": { "given": false } } ] }
            """);

        Assert.Equal(FocusGroupCodes.ConsentMissing, refusal.Code);
        Assert.Equal("/participants/0/consent/given", refusal.Problems[0].Path);
    }

    [Theory]
    [InlineData("0912345678")]
    [InlineData("079201001234")]
    [InlineData("PN-0912345678")]
    public async Task AddParticipant_WithACodeThatLooksLikeAPhoneOrIdNumber_IsRefused(string code)
    {
        var bench = new FocusGroupBench();
        await bench.WomenGroupAsync();

        var refusal = await bench.RefusedAsync("add-participants", $$"""
            { "group": "phu-nu", "participants": [ { "code": "{{code}}", "attributes": { "gender": "nữ" }, "consent": { "given": true } } ] }
            """);

        Assert.Equal(FocusGroupCodes.ParticipantCodeNotPseudonymous, refusal.Code);
        Assert.Equal("/participants/0/code", refusal.Problems[0].Path);
    }

    [Fact]
    public async Task AddParticipant_WithANameForACode_IsRefusedByTheSchemaAndByTheTool()
    {
        var bench = new FocusGroupBench();
        await bench.WomenGroupAsync();
        const string payload = """{ "group": "phu-nu", "participants": [ { "code": "Nguyễn Thị Lan", "attributes": { "gender": "nữ" }, "consent": { "given": true } } ] }""";

        var refusal = await Assert.ThrowsAsync<ConsultEngine.Abstractions.ToolException>(() => bench.Bench.ExecuteAsync("add-participants", payload, "lan"));

        Assert.False(FocusGroupBench.SchemaAccepts(bench.Tool, "add-participants", payload));
        Assert.Equal(FocusGroupCodes.ParticipantCodeNotPseudonymous, refusal.Code);
    }

    [Fact]
    public async Task AddParticipant_WhoseCodeIsOnAnotherRoster_IsRefused()
    {
        var bench = new FocusGroupBench();
        await bench.WomenGroupAsync();
        await bench.BusinessGroupAsync();
        await bench.WomenAsync(1);

        var otherGroup = await bench.RefusedAsync("add-participants", """
            { "group": "ho-kinh-doanh", "participants": [ { "code": "pn-01", "meets": ["Doanh nghiệp, hộ kinh doanh"], "consent": { "given": true } } ] }
            """);
        var twice = await bench.RefusedAsync("add-participants", """
            { "group": "ho-kinh-doanh", "participants": [
              { "code": "KD-01", "meets": ["Doanh nghiệp, hộ kinh doanh"], "consent": { "given": true } },
              { "code": "KD-01", "meets": ["Doanh nghiệp, hộ kinh doanh"], "consent": { "given": true } } ] }
            """);

        Assert.Equal(FocusGroupCodes.ParticipantCodeTaken, otherGroup.Code);
        Assert.Equal(FocusGroupCodes.ParticipantCodeTaken, twice.Code);
        Assert.Equal("/participants/1/code", Assert.Single(twice.Problems).Path);
    }

    [Fact]
    public async Task Roster_MayExceedThePlannedSize_ButNotParticipantsPerGroup()
    {
        var bench = new FocusGroupBench();
        await bench.WomenGroupAsync(plannedSize: 8);

        var nine = await bench.WomenAsync(9);
        var ten = await bench.WomenAsync(1, first: 10);
        var refusal = await bench.RefusedAsync("add-participants", """
            { "group": "phu-nu", "participants": [ { "code": "PN-11", "attributes": { "gender": "nữ" }, "consent": { "given": true } } ] }
            """);

        Assert.True(nine.GetProperty("overPlanned").GetBoolean());
        Assert.Equal(10, ten.GetProperty("participants").GetInt32());
        Assert.Equal(FocusGroupCodes.RosterFull, refusal.Code);
        Assert.Equal("/participants", refusal.Problems[0].Path);
    }

    [Fact]
    public async Task RemoveParticipant_WithoutPassages_LeavesTheRoster_WithPassages_IsRefused()
    {
        var bench = new FocusGroupBench();
        await bench.GuideAsync();
        await bench.WomenGroupAsync();
        await bench.WomenAsync(2);
        await bench.RunAsync("record-passages", """{ "group": "phu-nu", "passages": [ { "question": "kho-khan", "participant": "PN-01", "text": "Nhà chật, không có chỗ để ba thùng rác." } ] }""");

        var removed = await bench.RunAsync("remove-participant", """{ "group": "phu-nu", "code": "PN-02" }""");
        var spoke = await bench.RefusedAsync("remove-participant", """{ "group": "phu-nu", "code": "PN-01" }""");
        var unknown = await bench.RefusedAsync("remove-participant", """{ "group": "phu-nu", "code": "PN-02" }""");

        Assert.Equal(1, removed.GetProperty("participants").GetInt32());
        Assert.Equal(FocusGroupCodes.ParticipantHasPassages, spoke.Code);
        Assert.Equal(FocusGroupCodes.ParticipantNotFound, unknown.Code);
    }

    [Fact]
    public async Task AddParticipants_ToAnUnknownGroup_IsRefused()
    {
        var bench = new FocusGroupBench();

        var refusal = await bench.RefusedAsync("add-participants", """{ "group": "phu-nu", "participants": [ { "code": "PN-01", "consent": { "given": true } } ] }""");

        Assert.Equal(FocusGroupCodes.GroupNotFound, refusal.Code);
    }
}
