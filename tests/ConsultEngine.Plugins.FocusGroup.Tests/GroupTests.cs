using ConsultEngine.Abstractions;
using ConsultEngine.Testing.Tools;

namespace ConsultEngine.Plugins.FocusGroup.Tests;

public sealed class GroupTests
{
    [Fact]
    public async Task DefineGroup_StoresTheGroup_AndListsItWithItsMeetingAndFacilitator()
    {
        var bench = new FocusGroupBench();

        var created = await bench.WomenGroupAsync();
        var list = await bench.RunAsync("list-groups", "{}");

        Assert.True(created.GetProperty("created").GetBoolean());
        var group = Assert.Single(list.GetProperty("groups").EnumerateArray());
        Assert.Equal("phu-nu", group.GetProperty("id").GetString());
        Assert.Equal("Nhóm phụ nữ", group.GetProperty("name").GetProperty("vi").GetString());
        Assert.Equal(8, group.GetProperty("plannedSize").GetInt32());
        Assert.Equal("Nguyễn Thị Hoa (Hội LHPN)", group.GetProperty("facilitator").GetString());
        Assert.Equal("Nhà văn hoá tổ dân phố 5, phường Hải Châu", group.GetProperty("meeting").GetProperty("place").GetString());
    }

    [Fact]
    public async Task DefineGroup_Again_UpdatesItAndKeepsTheRoster()
    {
        var bench = new FocusGroupBench();
        await bench.WomenGroupAsync();
        await bench.WomenAsync(3);

        var updated = await bench.WomenGroupAsync(plannedSize: 10);
        var roster = await bench.RunAsync("get-roster", """{ "group": "phu-nu" }""");

        Assert.False(updated.GetProperty("created").GetBoolean());
        Assert.Equal(10, roster.GetProperty("plannedSize").GetInt32());
        Assert.Equal(3, roster.GetProperty("participants").GetArrayLength());
    }

    [Fact]
    public async Task DefineGroup_WithACriterionNotInTheConfig_IsRefused()
    {
        var bench = new FocusGroupBench();

        var refusal = await bench.RefusedAsync("define-group", """{ "id": "sinh-vien", "criteria": [ { "label": "Thanh niên" }, { "label": "Sinh viên" } ], "plannedSize": 8 }""");

        Assert.Equal(FocusGroupCodes.CriterionNotInConfig, refusal.Code);
        Assert.Equal("/criteria/1/label", Assert.Single(refusal.Problems).Path);
    }

    [Fact]
    public async Task DefineGroup_CriteriaMatchTheConfigIgnoringCaseAndUnicodeForm()
    {
        var bench = new FocusGroupBench();

        // "PHỤ NỮ" decomposed (NFD) is the config's "Phụ nữ".
        var created = await bench.RunAsync("define-group", $$"""{ "id": "phu-nu", "criteria": [ { "label": "{{"PHỤ NỮ".Normalize(System.Text.NormalizationForm.FormD)}}" } ], "plannedSize": 8 }""");

        Assert.True(created.GetProperty("created").GetBoolean());
    }

    [Fact]
    public async Task DefineGroup_AnyCriterion_WhenTheConfigListsNone()
    {
        var bench = new FocusGroupBench("""{ "groups": 3 }""");

        var created = await bench.RunAsync("define-group", """{ "id": "chuyen-gia", "criteria": [ { "label": "Chuyên gia môi trường" } ], "plannedSize": 6 }""");

        Assert.True(created.GetProperty("created").GetBoolean());
    }

    [Fact]
    public async Task DefineGroup_LargerThanParticipantsPerGroup_IsRefused()
    {
        var bench = new FocusGroupBench();

        var refusal = await bench.RefusedAsync("define-group", """{ "id": "thanh-nien", "criteria": [ { "label": "Thanh niên" } ], "plannedSize": 12 }""");

        Assert.Equal(FocusGroupCodes.PlannedSizeOutOfRange, refusal.Code);
        Assert.Equal("/plannedSize", refusal.Problems[0].Path);
    }

    [Fact]
    public async Task DefineGroup_BeyondTheConfigsNumberOfGroups_IsRefused()
    {
        var bench = new FocusGroupBench("""{ "groups": 1 }""");
        await bench.RunAsync("define-group", """{ "id": "a", "criteria": [ { "label": "x" } ], "plannedSize": 6 }""");

        var refusal = await bench.RefusedAsync("define-group", """{ "id": "b", "criteria": [ { "label": "x" } ], "plannedSize": 6 }""");
        var update = await bench.RunAsync("define-group", """{ "id": "a", "criteria": [ { "label": "y" } ], "plannedSize": 6 }""");

        Assert.Equal(FocusGroupCodes.GroupLimitReached, refusal.Code);
        Assert.False(update.GetProperty("created").GetBoolean());
    }

    [Fact]
    public async Task DefineGroup_WithCriteriaItsRosterNoLongerMeets_IsRefused()
    {
        var bench = new FocusGroupBench();
        await bench.WomenGroupAsync();
        await bench.WomenAsync(2);

        var refusal = await bench.RefusedAsync("define-group", """{ "id": "phu-nu", "criteria": [ { "label": "Phụ nữ", "attribute": "ageBand", "values": ["18-29"] } ], "plannedSize": 8 }""");

        Assert.Equal(FocusGroupCodes.ParticipantOutsideCriteria, refusal.Code);
        Assert.Equal(2, refusal.Problems.Count);
        Assert.All(refusal.Problems, p => Assert.Equal("/criteria", p.Path));
    }

    [Fact]
    public async Task DefineGroup_TurningAGroupWithPassagesIntoAPilot_IsRefused()
    {
        var bench = new FocusGroupBench();
        await bench.GuideAsync();
        await bench.WomenGroupAsync();
        await bench.RunAsync("record-passages", """{ "group": "phu-nu", "passages": [ { "question": "kho-khan", "text": "Không có chỗ để thùng rác." } ] }""");

        var refusal = await bench.RefusedAsync("define-group", """{ "id": "phu-nu", "criteria": [ { "label": "Phụ nữ" } ], "plannedSize": 8, "pilot": true }""");

        Assert.Equal(FocusGroupCodes.GroupHasPassages, refusal.Code);
        Assert.Equal("/pilot", refusal.Problems[0].Path);
    }

    [Fact]
    public async Task RemoveGroup_WithoutPassages_RemovesIt_WithPassages_IsRefused()
    {
        var bench = new FocusGroupBench();
        await bench.GuideAsync();
        await bench.WomenGroupAsync();
        await bench.BusinessGroupAsync();
        await bench.RunAsync("record-passages", """{ "group": "phu-nu", "passages": [ { "question": "kho-khan", "text": "Không có chỗ để thùng rác." } ] }""");

        await bench.RunAsync("remove-group", """{ "id": "ho-kinh-doanh" }""");
        var refusal = await bench.RefusedAsync("remove-group", """{ "id": "phu-nu" }""");
        var missing = await bench.RefusedAsync("remove-group", """{ "id": "ho-kinh-doanh" }""");

        Assert.Equal(FocusGroupCodes.GroupHasPassages, refusal.Code);
        Assert.Equal(FocusGroupCodes.GroupNotFound, missing.Code);
        Assert.Single((await bench.RunAsync("list-groups", "{}")).GetProperty("groups").EnumerateArray());
    }

    [Fact]
    public async Task GetRoster_OfAnUnknownGroup_IsRefused()
    {
        var bench = new FocusGroupBench();

        var refusal = await bench.RefusedAsync("get-roster", """{ "group": "phu-nu" }""");

        Assert.Equal(FocusGroupCodes.GroupNotFound, refusal.Code);
        Assert.Equal("/group", refusal.Problems[0].Path);
    }

    [Fact]
    public async Task UnknownAction_IsRefused()
    {
        var bench = new FocusGroupBench();

        var refusal = await Assert.ThrowsAsync<ToolException>(() => bench.Bench.ExecuteAsync("delete-everything", "{}"));

        Assert.Equal(ToolCodes.UnknownAction, refusal.Code);
    }

    [Fact]
    public async Task AnAction_WithoutASignedInActor_IsRefused()
    {
        var bench = new FocusGroupBench();

        var refusal = await bench.RefusedAsync("list-groups", "{}", actor: null);

        Assert.Equal(ToolCodes.NotAllowed, refusal.Code);
    }

    [Fact]
    public async Task APayloadTheHostDidNotCheck_IsStillRefusedWhenMalformed()
    {
        var bench = new FocusGroupBench();

        // The bench does not apply the payload schema, as a careless host might not: the tool refuses a name smuggled in.
        var extra = await Assert.ThrowsAsync<ToolException>(() => bench.Bench.ExecuteAsync("define-group", """{ "id": "a", "criteria": [ { "label": "Phụ nữ" } ], "plannedSize": 8, "leader": "Trần Văn B" }""", "lan"));
        var missing = await Assert.ThrowsAsync<ToolException>(() => bench.Bench.ExecuteAsync("define-group", """{ "id": "a", "plannedSize": 8 }""", "lan"));

        Assert.Equal(ToolCodes.PayloadInvalid, extra.Code);
        Assert.Equal(ToolCodes.PayloadInvalid, missing.Code);
        Assert.False(FocusGroupBench.SchemaAccepts(bench.Tool, "define-group", """{ "id": "a", "criteria": [ { "label": "Phụ nữ" } ], "plannedSize": 8, "leader": "Trần Văn B" }"""));
    }

    [Fact]
    public async Task AnIdThatIsNotLowerCase_IsRefusedEvenWhenTheHostSkippedTheSchema()
    {
        var bench = new FocusGroupBench();

        var group = await Assert.ThrowsAsync<ToolException>(() => bench.Bench.ExecuteAsync("define-group", """{ "id": "Phụ nữ", "criteria": [ { "label": "Phụ nữ" } ], "plannedSize": 8 }""", "lan"));
        var theme = await Assert.ThrowsAsync<ToolException>(() => bench.Bench.ExecuteAsync("define-theme", """{ "id": "chi phí", "label": { "vi": "Chi phí" } }""", "lan"));
        var notAnObject = await Assert.ThrowsAsync<ToolException>(() => bench.Bench.ExecuteAsync("define-theme", "[]", "lan"));

        Assert.Equal((ToolCodes.PayloadInvalid, "/id"), (group.Code, group.Problems[0].Path));
        Assert.Equal(ToolCodes.PayloadInvalid, theme.Code);
        Assert.Equal(ToolCodes.PayloadInvalid, notAnObject.Code);
    }

    [Fact]
    public async Task AStoredGroup_WithAPropertyALaterVersionWrote_IsStillRead()
    {
        var bench = new FocusGroupBench();
        await bench.Bench.Records.PutAsync("groups", "phu-nu", ToolTestBench.Parse("""
            { "id": "phu-nu", "criteria": [ { "label": "Phụ nữ" } ], "plannedSize": 8, "interpreter": "tiếng H'Mông" }
            """));

        var list = await bench.RunAsync("list-groups", "{}");

        Assert.Equal("phu-nu", list.GetProperty("groups")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Open_WithASelectionCriterionListedTwice_IsRefused()
    {
        var bench = new FocusGroupBench("""{ "selectionCriteria": ["Phụ nữ", "phụ nữ "] }""");

        var refusal = await Assert.ThrowsAsync<ToolException>(bench.Bench.OpenAsync);

        Assert.Equal(ToolCodes.ConfigInvalid, refusal.Code);
        Assert.Equal("/selectionCriteria/1", refusal.Problems[0].Path);
    }

    [Fact]
    public async Task Open_WithTheStandardConfig_Succeeds()
    {
        var bench = new FocusGroupBench();

        await bench.Bench.OpenAsync();

        Assert.Empty(await bench.Bench.Records.ListAsync("groups"));
        Assert.NotNull(ToolTestBench.ToJson(bench.Tool.Manifest));
    }
}
