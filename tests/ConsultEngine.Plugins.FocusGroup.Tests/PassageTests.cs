using System.Text.Json;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.FocusGroup.Tests;

public sealed class PassageTests
{
    private static async Task<FocusGroupBench> ReadyAsync()
    {
        var bench = new FocusGroupBench();
        await bench.GuideAsync();
        await bench.WomenGroupAsync();
        await bench.WomenAsync(3);
        await bench.RunAsync("define-group", """{ "id": "thu-nghiem", "criteria": [ { "label": "Phụ nữ" } ], "plannedSize": 6, "pilot": true }""");
        return bench;
    }

    [Fact]
    public async Task RecordPassages_StoresEachAsAnEnumeratorInputAboutItsGuideQuestion_WithTheSpeakersAttributes()
    {
        var bench = await ReadyAsync();

        var result = await bench.RunAsync("record-passages", """
            { "group": "phu-nu", "passages": [
              { "id": "0b7e2c44-0000-4000-8000-000000000001", "question": "kho-khan", "participant": "PN-02", "text": "  Nhà chật, không có chỗ để ba thùng rác.  ", "at": "2026-03-10T09:05:00+07:00" },
              { "question": "de-xuat", "text": "Cả nhóm đề nghị phát túi phân loại miễn phí." } ] }
            """, actor: "hoa");
        var inputs = await bench.Bench.Inputs.ReadAsync(InputQuery.All);

        Assert.Equal(2, result.GetProperty("recorded").GetArrayLength());
        var first = inputs[0];
        Assert.Equal(new Guid("0b7e2c44-0000-4000-8000-000000000001"), first.Id);
        Assert.Equal("focus-group", first.Tool);
        Assert.Equal(InputChannel.Enumerator, first.Channel);
        Assert.Equal("kho-khan", first.Subject);
        Assert.Equal("Nhà chật, không có chỗ để ba thùng rác.", first.Text);
        Assert.Equal("hoa", first.Collector);
        Assert.Equal("nữ", first.Respondent.Gender);
        Assert.Equal("30-44", first.Respondent.AgeBand);
        Assert.Equal(new DateTimeOffset(2026, 3, 10, 9, 5, 0, TimeSpan.FromHours(7)), first.SubmittedAt);
        Assert.Equal("""{"group":"phu-nu","participant":"PN-02"}""", first.Answers!.Value.GetRawText());
        Assert.Equal(InputMarks.None, first.Flags);
        Assert.Same(RespondentAttributes.None, inputs[1].Respondent);
        Assert.Equal(bench.Bench.Clock.GetUtcNow(), inputs[1].SubmittedAt);
    }

    [Fact]
    public async Task RecordPassages_OfAPilotGroup_AreMarkedPilot()
    {
        var bench = await ReadyAsync();

        await bench.RunAsync("record-passages", """{ "group": "thu-nghiem", "passages": [ { "question": "kho-khan", "text": "Câu hỏi 2 khó hiểu, nên nói rõ 'tại nguồn' là gì." } ] }""");

        Assert.True(Assert.Single(await bench.Bench.Inputs.ReadAsync(InputQuery.All)).Is(InputMarks.Pilot));
    }

    [Fact]
    public async Task RecordPassages_IsAllOrNothing_AndNamesEachProblem()
    {
        var bench = await ReadyAsync();

        var refusal = await bench.RefusedAsync("record-passages", """
            { "group": "phu-nu", "passages": [
              { "question": "kho-khan", "participant": "PN-01", "text": "Được." },
              { "question": "gia-dien", "participant": "PN-01", "text": "Giá điện tăng." },
              { "question": "kho-khan", "participant": "TN-07", "text": "Không biết." },
              { "question": "kho-khan", "text": "   " } ] }
            """);

        Assert.Equal(FocusGroupCodes.GuideQuestionNotFound, refusal.Code);
        Assert.Equal(
            [(FocusGroupCodes.GuideQuestionNotFound, "/passages/1/question"), (FocusGroupCodes.ParticipantNotFound, "/passages/2/participant"), (FocusGroupCodes.PassageTextInvalid, "/passages/3/text")],
            refusal.Problems.Select(p => (p.Code, p.Path)));
        Assert.Empty(await bench.Bench.Inputs.ReadAsync(InputQuery.All));
    }

    [Fact]
    public async Task RecordPassages_WithAnIdAlreadyStored_IsRefused()
    {
        var bench = await ReadyAsync();
        const string payload = """{ "group": "phu-nu", "passages": [ { "id": "0b7e2c44-0000-4000-8000-000000000009", "question": "kho-khan", "text": "Được." } ] }""";
        await bench.RunAsync("record-passages", payload);

        var refusal = await bench.RefusedAsync("record-passages", payload);

        Assert.Equal(FocusGroupCodes.PassageIdTaken, refusal.Code);
        Assert.Equal("/passages/0/id", refusal.Problems[0].Path);
    }

    [Fact]
    public async Task RecordPassages_ToAnUnknownGroup_IsRefused()
    {
        var bench = await ReadyAsync();

        var refusal = await bench.RefusedAsync("record-passages", """{ "group": "thanh-nien", "passages": [ { "question": "kho-khan", "text": "Được." } ] }""");

        Assert.Equal(FocusGroupCodes.GroupNotFound, refusal.Code);
    }

    [Fact]
    public async Task RecordPassages_AfterClose_IsRefused_ButCodingGoesOn()
    {
        var bench = await ReadyAsync();
        await bench.RunAsync("record-passages", """{ "group": "phu-nu", "passages": [ { "id": "0b7e2c44-0000-4000-8000-000000000001", "question": "kho-khan", "text": "Được." } ] }""");
        await bench.RunAsync("define-theme", """{ "id": "thieu-thung", "label": { "vi": "Thiếu thùng, điểm tập kết" } }""");
        await bench.Bench.CloseAsync();

        var refusal = await bench.RefusedAsync("record-passages", """{ "group": "phu-nu", "passages": [ { "question": "kho-khan", "text": "Được." } ] }""");
        await bench.RunAsync("code-passage", """{ "inputId": "0b7e2c44-0000-4000-8000-000000000001", "themes": ["thieu-thung"] }""");
        var submitted = await bench.Bench.SubmitAsync(Note("phu-nu", "kho-khan", "PN-01"), "hoa");

        Assert.Equal(ToolCodes.StepNotCollecting, refusal.Code);
        Assert.Equal([ToolCodes.StepNotCollecting], submitted.Codes);
    }

    [Fact]
    public async Task Collect_APassageFromAnEnumerator_IsAccepted_WithTheRostersAttributes()
    {
        var bench = await ReadyAsync();

        var submitted = await bench.Bench.SubmitAsync(Note("phu-nu", "muc-phi", "PN-03") with { Collector = "tho" });
        var input = Assert.Single(await bench.Bench.Inputs.ReadAsync(InputQuery.All));

        Assert.True(submitted.Accepted);
        Assert.Equal("muc-phi", input.Subject);
        Assert.Equal("tho", input.Collector);
        Assert.Equal("45-59", input.Respondent.AgeBand);
        Assert.Equal(InputChannel.Enumerator, input.Channel);
    }

    [Fact]
    public async Task Collect_AGroupNoteWithoutASpeaker_TakesTheSubmissionsAttributesAndTheActorAsCollector()
    {
        var bench = await ReadyAsync();

        var submitted = await bench.Bench.SubmitAsync(Note("phu-nu", "muc-phi", null) with { Channel = InputChannel.Paper, Respondent = new RespondentAttributes { Commune = "Hải Châu" } }, "hoa");
        var input = Assert.Single(await bench.Bench.Inputs.ReadAsync(InputQuery.All));

        Assert.True(submitted.Accepted);
        Assert.Equal("Hải Châu", input.Respondent.Commune);
        Assert.Equal("hoa", input.Collector);
        Assert.Equal(InputChannel.Paper, input.Channel);
    }

    [Theory]
    [InlineData(InputChannel.Web)]
    [InlineData(InputChannel.Import)]
    public async Task Collect_FromAChannelAFocusGroupDoesNotUse_IsRefused(InputChannel channel)
    {
        var bench = await ReadyAsync();

        var submitted = await bench.Bench.SubmitAsync(Note("phu-nu", "muc-phi", "PN-01") with { Channel = channel });

        Assert.Equal([FocusGroupCodes.ChannelNotAccepted], submitted.Codes);
    }

    [Fact]
    public async Task Collect_WithAPersonalIdentifier_IsRefused()
    {
        var bench = await ReadyAsync();

        var submitted = await bench.Bench.SubmitAsync(Note("phu-nu", "muc-phi", "PN-01") with { Identifier = "0912345678" });

        Assert.Equal([FocusGroupCodes.IdentifierNotAccepted], submitted.Codes);
        Assert.Empty(await bench.Bench.Inputs.ReadAsync(InputQuery.All));
    }

    [Fact]
    public async Task Collect_NamesEachProblemOfTheSubmission()
    {
        var bench = await ReadyAsync();

        var unknownGroup = await bench.Bench.SubmitAsync(Note("thanh-nien", "muc-phi", null));
        var noGroup = await bench.Bench.SubmitAsync(Note("phu-nu", "muc-phi", null) with { Answers = null });
        var problems = await bench.Bench.SubmitAsync(Note("phu-nu", "gia-dien", "TN-01") with { Text = "" });

        Assert.Equal([FocusGroupCodes.GroupNotFound], unknownGroup.Codes);
        Assert.Equal("answers/group", unknownGroup.Result.Problems[0].Path);
        Assert.Equal([FocusGroupCodes.GroupNotFound], noGroup.Codes);
        Assert.Equal(
            [(FocusGroupCodes.GuideQuestionNotFound, "subject"), (FocusGroupCodes.ParticipantNotFound, "answers/participant"), (FocusGroupCodes.PassageTextInvalid, "text")],
            problems.Result.Problems.Select(p => (p.Code, p.Path)));
    }

    private static Submission Note(string group, string question, string? participant) => new()
    {
        Channel = InputChannel.Enumerator,
        Subject = question,
        Text = "Nếu thu phí theo túi thì nhiều nhà sẽ đổ rác ra bãi đất trống.",
        Answers = JsonSerializer.SerializeToElement(participant is null ? new Dictionary<string, string> { ["group"] = group } : new Dictionary<string, string> { ["group"] = group, ["participant"] = participant }),
    };
}
