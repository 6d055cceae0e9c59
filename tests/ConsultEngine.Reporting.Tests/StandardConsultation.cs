using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using ConsultEngine.Abstractions;
using ConsultEngine.Hosting;
using ConsultEngine.Hosting.Tools;
using ConsultEngine.Testing;
using ConsultEngine.Testing.Tools;

namespace ConsultEngine.Reporting.Tests;

/// <summary>
/// One finished consultation of the standard process (<c>hdnd.standard@1</c>, its main scenario) run
/// in memory with the standard tool plugins: a survey with pilot responses on three channels, a poll
/// of keyed votes, a public hearing with opinions and a focus group with coded passages. Shared by the
/// tests of a class; the clock is manual, so the report is the same on every run.
/// </summary>
public sealed class StandardConsultation : IAsyncLifetime
{
    public static string Definitions { get; } = Path.GetFullPath(Path.Combine(Folder(), "..", "..", "definitions"));

    private static readonly string Plugins = Path.Combine(AppContext.BaseDirectory, "plugins");

    public ToolConsultationHost Host { get; private set; } = null!;

    public ToolScenarioResult Run { get; private set; } = null!;

    public Guid InstanceId { get; private set; }

    public IConsultationReports Reports => ConsultationReporting.Create(Host.Services);

    public static Task<ToolConsultationHost> NewHostAsync() => ToolConsultationHost.StartAsync(Definitions, [], builder => builder.UsePlugins(Plugins));

    public async Task InitializeAsync()
    {
        Host = await NewHostAsync();
        var scenario = Scenario.Load(Path.Combine(AppContext.BaseDirectory, "Scenarios", "hdnd.standard.main.json"));
        Run = await Host.RunAsync(scenario, CollectAsync);
        InstanceId = (await Host.Store.ListInstancesAsync()).Single().Id;
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();

    private static Task CollectAsync(ToolStepTurn turn) => turn.StepId switch
    {
        "run-survey" => SurveyAsync(turn),
        "run-online-poll" => PollAsync(turn),
        "run-public-hearing" => HearingAsync(turn),
        "run-focus-groups" => FocusGroupAsync(turn),
        _ => Task.CompletedTask,
    };

    private static async Task SurveyAsync(ToolStepTurn turn)
    {
        await ActAsync(turn, "set-questionnaire", """
            { "title": { "vi": "Khảo sát hộ gia đình về thu gom rác", "en": "Household survey on waste collection" }, "languages": ["vi", "en"],
              "questions": [
                { "id": "sorts_waste", "type": "single-choice", "required": true, "label": { "vi": "Gia đình có phân loại rác tại nguồn không?", "en": "Does your household sort its waste?" },
                  "options": [ { "value": "yes", "label": { "vi": "Có", "en": "Yes" } }, { "value": "no", "label": { "vi": "Không", "en": "No" } } ] },
                { "id": "fee", "type": "single-choice", "required": true, "label": { "vi": "Mức giá chấp nhận được mỗi tháng?", "en": "Acceptable monthly fee?" },
                  "options": [ { "value": "20k", "label": { "vi": "20.000 đồng", "en": "VND 20,000" } }, { "value": "25k", "label": { "vi": "25.000 đồng", "en": "VND 25,000" } }, { "value": "30k", "label": { "vi": "30.000 đồng", "en": "VND 30,000" } } ] },
                { "id": "comment", "type": "long-text", "label": { "vi": "Ý kiến khác", "en": "Other comments" } } ] }
            """);
        await SubmitAsync(turn, Survey("yes", "25k", null, "Trường Vinh", "nữ"), InputChannel.Enumerator);
        await ActAsync(turn, "end-pilot", "{}");
        (string Sorts, string Fee, string? Comment, string Commune, string Gender)[] live =
        [
            ("yes", "25k", null, "Trường Vinh", "nữ"), ("yes", "30k", "Đề nghị thu gom đúng giờ hơn.", "Trường Vinh", "nam"), ("no", "20k", null, "Trường Vinh", "nữ"),
            ("no", "20k", null, "Nghi Lộc", "nam"), ("yes", "25k", null, "Nghi Lộc", "nữ"), ("no", "20k", null, "Nghi Lộc", "nam"),
            ("yes", "20k", "Hộ nghèo cần được miễn phí.", "Con Cuông", "nữ"), ("no", "20k", null, "Con Cuông", "nam"), ("yes", "30k", null, "Con Cuông", "nữ"),
        ];
        var channels = new[] { InputChannel.Enumerator, InputChannel.Paper, InputChannel.Web };
        for (var i = 0; i < live.Length; i++)
        {
            var r = live[i];
            await SubmitAsync(turn, Survey(r.Sorts, r.Fee, r.Comment, r.Commune, r.Gender), channels[i % channels.Length]);
        }
    }

    private static Submission Survey(string sorts, string fee, string? comment, string commune, string gender) => new()
    {
        Channel = InputChannel.Web,
        Answers = Json($$"""{ "sorts_waste": "{{sorts}}", "fee": "{{fee}}"{{(comment is null ? "" : $", \"comment\": \"{comment}\"")}} }"""),
        Respondent = new RespondentAttributes { Province = "Nghệ An", Commune = commune, Gender = gender },
    };

    private static async Task PollAsync(ToolStepTurn turn)
    {
        var now = turn.Clock.GetUtcNow();
        await ActAsync(turn, "set-up", $$"""
            { "opensAt": "{{Iso(now)}}", "closesAt": "{{Iso(now.AddDays(20))}}",
              "questions": [ { "id": "phuong-an", "title": { "vi": "Anh/Chị chọn phương án giá nào?", "en": "Which fee option do you choose?" }, "choice": "single",
                "options": [ { "value": "pa1", "label": { "vi": "Phương án 1: 20.000 đồng/hộ/tháng", "en": "Option 1: VND 20,000" } },
                             { "value": "pa2", "label": { "vi": "Phương án 2: theo khối lượng", "en": "Option 2: by volume" } } ] } ] }
            """);
        string[] votes = ["pa1", "pa1", "pa2", "pa1", "pa2", "pa2", "pa1", "pa1"];
        for (var i = 0; i < votes.Length; i++)
        {
            await SubmitAsync(turn, new Submission
            {
                Channel = InputChannel.Web,
                Identifier = $"+84 98 765 43{i:00}",
                Answers = Json($$"""{ "phuong-an": "{{votes[i]}}" }"""),
                Respondent = new RespondentAttributes { Gender = i % 2 == 0 ? "nữ" : "nam" },
            }, InputChannel.Web, ToolCaller.Public());
        }
    }

    private static async Task HearingAsync(ToolStepTurn turn)
    {
        var starts = turn.Clock.GetUtcNow().AddHours(2);
        await ActAsync(turn, "add-session", $$"""
            { "id": "nghi-loc", "title": { "vi": "Điều trần về giá dịch vụ thu gom rác tại xã Nghi Lộc", "en": "Hearing on the fee in Nghi Loc" },
              "venue": "Hội trường UBND xã Nghi Lộc", "address": "xã Nghi Lộc, tỉnh Nghệ An",
              "startsAt": "{{Iso(starts)}}", "endsAt": "{{Iso(starts.AddHours(3))}}", "capacity": 3 }
            """);
        await ActAsync(turn, "register", """{ "sessionId": "nghi-loc", "fullName": "Nguyễn Văn An", "phone": "0912345600", "respondent": { "commune": "Nghi Lộc", "gender": "nam" } }""", ToolCaller.Public());
        turn.Clock.Advance(TimeSpan.FromHours(2.5));
        await ActAsync(turn, "check-in", """{ "sessionId": "nghi-loc", "registrationId": "nghi-loc-001" }""");
        await ActAsync(turn, "add-speaker", """
            { "sessionId": "nghi-loc", "registrationId": "nghi-loc-001", "opinions": [
              { "text": "Mức 25.000 đồng một tháng là phù hợp nếu xe rác đến đúng lịch.", "stance": "support", "article": "Điều 3" },
              { "text": "Đề nghị miễn phí cho hộ nghèo và hộ cận nghèo.", "stance": "amend", "article": "Điều 5" } ] }
            """);
    }

    private static async Task FocusGroupAsync(ToolStepTurn turn)
    {
        await ActAsync(turn, "set-guide", """{ "questions": [ { "id": "rao-can", "text": { "vi": "Điều gì cản trở gia đình phân loại rác?", "en": "What keeps households from sorting waste?" } } ] }""");
        await ActAsync(turn, "define-group", """{ "id": "phu-nu", "name": { "vi": "Nhóm phụ nữ", "en": "Women" }, "criteria": [ { "label": "Phụ nữ", "attribute": "gender", "values": ["nữ"] } ], "plannedSize": 8 }""");
        await ActAsync(turn, "add-participants", """{ "group": "phu-nu", "participants": [ { "code": "PN-01", "attributes": { "gender": "nữ", "ageBand": "30-44", "commune": "Trường Vinh" }, "consent": { "given": true, "form": "oral" } } ] }""");
        await ActAsync(turn, "define-theme", """{ "id": "thieu-ha-tang", "label": { "vi": "Thiếu thùng, xe thu gom", "en": "Too few bins and trucks" } }""");
        var recorded = await ActAsync(turn, "record-passages", """{ "group": "phu-nu", "passages": [ { "question": "rao-can", "participant": "PN-01", "text": "Nhà chật, không có chỗ để nhiều thùng rác." } ] }""");
        var id = recorded!.Value.GetProperty("recorded")[0].GetGuid();
        await ActAsync(turn, "code-passage", $$"""{ "inputId": "{{id}}", "themes": ["thieu-ha-tang"] }""");
    }

    private static Task<JsonElement?> ActAsync(ToolStepTurn turn, string action, string payload, ToolCaller? caller = null) =>
        turn.Tools.ExecuteAsync(turn.InstanceId, turn.StepId, action, Json(payload), caller ?? ToolCaller.Staff("van-phong"));

    private static async Task SubmitAsync(ToolStepTurn turn, Submission submission, InputChannel channel, ToolCaller? caller = null)
    {
        var result = await turn.Tools.SubmitAsync(turn.InstanceId, turn.StepId, submission with { Channel = channel }, caller ?? ToolCaller.Staff("dieu-tra-vien"));
        Assert.True(result.Accepted, string.Join(", ", result.Codes));
    }

    private static string Iso(DateTimeOffset moment) => moment.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static JsonElement Json(string text)
    {
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    private static string Folder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
