using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using ConsultEngine.Abstractions;
using ConsultEngine.Hosting;
using ConsultEngine.Hosting.Plugins;
using ConsultEngine.Hosting.Tools;
using ConsultEngine.Persistence.Tools;
using ConsultEngine.Testing;
using ConsultEngine.Testing.Tools;
using Microsoft.Extensions.DependencyInjection;
using Snapshooter;
using Snapshooter.Xunit;

namespace ConsultEngine.Acceptance.Tests;

/// <summary>
/// The standard five-phase process (<c>hdnd.standard@1</c>, its main scenario) run with the four
/// standard tools loaded as plugins from this project's plugins folder: each tool step collects a
/// fixed data set through its tool — submissions on every channel the step allows and the tool's
/// staff and public actions — and closes into the engine with the tool's analysis. The analyses are
/// snapshot-tested (input ids, which tools draw at random, are numbered in order of appearance).
/// </summary>
public sealed class StandardProcessWithToolsTests : IAsyncLifetime, IDisposable
{
    private static readonly string Here = Folder();
    private static readonly string Definitions = Path.GetFullPath(Path.Combine(Here, "..", "..", "definitions"));
    private static readonly string Plugins = Path.Combine(AppContext.BaseDirectory, "plugins");

    private readonly Dictionary<string, List<string>> _refusals = new(StringComparer.Ordinal);
    private ToolConsultationHost _host = null!;
    private ToolScenarioResult _run = null!;

    public async Task InitializeAsync()
    {
        _host = await ToolConsultationHost.StartAsync(Definitions, [], builder => builder.UsePlugins(Plugins));
        var scenario = Scenario.Load(Path.Combine(AppContext.BaseDirectory, "Scenarios", "hdnd.standard.main.json"));
        _run = await _host.RunAsync(scenario, CollectAsync);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    public void Dispose() => _host?.Dispose();

    [Fact]
    public void ThePluginsLoadFromThePluginsFolder_AndNoneIsRefused()
    {
        var catalog = _host.Services.GetRequiredService<PluginCatalog>();
        Assert.Empty(catalog.Refused);
        Assert.Equal(["focus-group", "online-poll", "public-hearing", "survey"], catalog.Loaded.Select(p => p.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TheScenarioPasses_AndEveryToolStepClosedThroughItsTool()
    {
        Assert.True(_run.Passed, string.Join("\n", _run.Scenario.Failures));
        Assert.Equal(
            ["narrow-consultation", "run-focus-groups", "run-online-poll", "run-public-hearing", "run-survey"],
            _run.Closed.Keys.Order(StringComparer.Ordinal));
        foreach (var (step, closed) in _run.Closed)
        {
            Assert.True(closed.Analysis.Basis.Counted > 0, $"{step} counted nothing");
            Assert.Equal(closed.Analysis.Basis.Counted, closed.Output["counted"]!.GetValue<int>());
        }
    }

    [Fact]
    public void RefusedSubmissions_CarryTheirCodes_AndStoreNothing()
    {
        Assert.Equal([ToolCodes.AlreadySubmitted], _refusals["run-online-poll"]);
        Assert.All(_refusals["run-survey"], code => Assert.StartsWith("CE92", code, StringComparison.Ordinal));
        Assert.NotEmpty(_refusals["run-survey"]);
        var poll = _run.Closed["run-online-poll"].Analysis;
        Assert.Equal(10, poll.Basis.Stored);
        Assert.Equal(10, poll.Basis.People);
    }

    [Fact]
    public void TheSurvey_LeavesPilotResponsesOutOfItsResults()
    {
        var survey = _run.Closed["run-survey"].Analysis;
        Assert.Equal(2, survey.Basis.ExcludedPilot);
        Assert.Equal(12, survey.Basis.Counted);
    }

    [Theory]
    [InlineData("narrow-consultation")]
    [InlineData("run-survey")]
    [InlineData("run-public-hearing")]
    [InlineData("run-focus-groups")]
    [InlineData("run-online-poll")]
    public void EachToolsAnalysis_OfTheFixedDataSet_MatchesItsSnapshot(string step) =>
        Snapshot.Match(ToolTestBench.ToScrubbedJson(_run.Closed[step].Analysis), new SnapshotNameExtension(step));

    [Fact]
    public async Task OnADatabaseFile_NoVotersOrRegistrantsPhoneNumberIsStored()
    {
        var folder = Directory.CreateTempSubdirectory("consult-acceptance-");
        try
        {
            var database = Path.Combine(folder.FullName, "consult.db");
            var host = await ToolConsultationHost.StartAsync(Definitions, [], builder => builder
                .UsePlugins(Plugins)
                .UseToolDataStore(async (_, cancellationToken) => await SqliteToolDataStore.OpenAsync(database, cancellationToken: cancellationToken)));
            await using (host)
            {
                var run = await host.RunAsync(Scenario.Load(Path.Combine(AppContext.BaseDirectory, "Scenarios", "hdnd.standard.main.json")), CollectAsync);
                Assert.True(run.Passed, string.Join("\n", run.Scenario.Failures));
                Assert.Equal(10, run.Closed["run-online-poll"].Analysis.Basis.Counted);
            }

            var files = Directory.GetFiles(folder.FullName, "consult.db*");
            Assert.Contains(files, f => f.EndsWith("consult.db", StringComparison.Ordinal));
            var bytes = files.SelectMany(File.ReadAllBytes).ToArray();
            Assert.True(bytes.Length > 0);
            // Present as a control: what the tools do store is in the file.
            Assert.True(Contains(bytes, "nghi-loc-001"), "the hearing's registrations should be stored");
            foreach (var phone in new[] { "0987654300", "987654300", "+84 98 765 4300", "84987654309", "0912345600", "912345603" })
            {
                Assert.False(Contains(bytes, phone), $"the identifier {phone} was found in the database files");
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static bool Contains(byte[] haystack, string text)
    {
        // SQLite stores text as UTF-8; look for it that way, and as UTF-16 in case a page holds it so.
        return haystack.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(text)) >= 0
            || haystack.AsSpan().IndexOf(System.Text.Encoding.Unicode.GetBytes(text)) >= 0;
    }

    private async Task CollectAsync(ToolStepTurn turn)
    {
        var refused = _refusals[turn.StepId] = [];
        var step = new StepDriver(turn, refused);
        switch (turn.StepId)
        {
            case "narrow-consultation":
                await NarrowConsultationAsync(step);
                break;
            case "run-survey":
                await SurveyAsync(step);
                break;
            case "run-public-hearing":
                await HearingAsync(step);
                break;
            case "run-focus-groups":
                await FocusGroupsAsync(step);
                break;
            case "run-online-poll":
                await PollAsync(step);
                break;
            default:
                throw new InvalidOperationException($"The scenario reached a tool step this test has no data for: {turn.StepId}.");
        }
    }

    private static async Task NarrowConsultationAsync(StepDriver step)
    {
        await step.ActAsync("set-guide", """
            { "questions": [
              { "id": "van-de", "text": { "vi": "Vấn đề lớn nhất của việc thu gom rác thải sinh hoạt hiện nay là gì?", "en": "What is the main problem of household waste collection today?" } },
              { "id": "muc-gia", "text": { "vi": "Mức giá dịch vụ thu gom nên được tính theo cách nào?", "en": "How should the collection fee be set?" } } ] }
            """);
        await step.ActAsync("define-group", """
            { "id": "chuyen-gia", "name": { "vi": "Chuyên gia và cán bộ chuyên môn", "en": "Experts" },
              "criteria": [ { "label": "Chuyên gia, nhà khoa học am hiểu lĩnh vực" } ], "plannedSize": 6 }
            """);
        await step.ActAsync("add-participants", """
            { "group": "chuyen-gia", "participants": [
              { "code": "CG-01", "attributes": { "gender": "nam", "ageBand": "45-59", "occupation": "nhà nghiên cứu" }, "meets": ["Chuyên gia, nhà khoa học am hiểu lĩnh vực"], "consent": { "given": true, "form": "written" } },
              { "code": "CG-02", "attributes": { "gender": "nữ", "ageBand": "30-44", "occupation": "cán bộ Sở Tài nguyên và Môi trường" }, "meets": ["Chuyên gia, nhà khoa học am hiểu lĩnh vực"], "consent": { "given": true, "form": "written" } },
              { "code": "CG-03", "attributes": { "gender": "nam", "ageBand": "30-44", "occupation": "cán bộ Sở Tài chính" }, "meets": ["Chuyên gia, nhà khoa học am hiểu lĩnh vực"], "consent": { "given": true, "form": "written" } } ] }
            """);
        await step.ActAsync("define-theme", """{ "id": "phan-loai", "label": { "vi": "Phân loại tại nguồn", "en": "Sorting at source" } }""");
        await step.ActAsync("define-theme", """{ "id": "gia-theo-khoi-luong", "label": { "vi": "Giá theo khối lượng", "en": "Fee by volume" } }""");
        var recorded = await step.ActAsync("record-passages", """
            { "group": "chuyen-gia", "passages": [
              { "question": "van-de", "participant": "CG-01", "text": "Rác chưa được phân loại nên chi phí xử lý tại bãi chôn lấp tăng mỗi năm." },
              { "question": "van-de", "participant": "CG-02", "text": "Nhiều xã miền núi chưa có xe thu gom, người dân tự đốt rác." },
              { "question": "muc-gia", "participant": "CG-03", "text": "Nên tính giá theo khối lượng để khuyến khích giảm rác, có miễn giảm cho hộ nghèo." },
              { "question": "muc-gia", "participant": "CG-01", "text": "Giá cần khác nhau giữa thành thị và nông thôn vì chi phí vận chuyển khác nhau." } ] }
            """);
        var ids = recorded!.Value.GetProperty("recorded").EnumerateArray().Select(e => e.GetGuid()).ToList();
        await step.ActAsync("code-passage", $$"""{ "inputId": "{{ids[0]}}", "themes": ["phan-loai"] }""");
        await step.ActAsync("code-passage", $$"""{ "inputId": "{{ids[2]}}", "themes": ["gia-theo-khoi-luong"] }""");
    }

    private static async Task SurveyAsync(StepDriver step)
    {
        await step.ActAsync("set-questionnaire", """
            {
              "title": { "vi": "Khảo sát hộ gia đình về dịch vụ thu gom rác thải sinh hoạt", "en": "Household survey on waste collection" },
              "languages": ["vi", "en"],
              "questions": [
                { "id": "sorts_waste", "type": "single-choice", "required": true, "label": { "vi": "Gia đình có phân loại rác tại nguồn không?", "en": "Does your household sort its waste?" },
                  "options": [ { "value": "yes", "label": { "vi": "Có", "en": "Yes" } }, { "value": "no", "label": { "vi": "Không", "en": "No" } } ] },
                { "id": "why_not", "type": "multiple-choice", "relevant": "answers.sorts_waste === 'no'", "required": true,
                  "label": { "vi": "Vì sao gia đình chưa phân loại?", "en": "Why not?" },
                  "options": [ { "value": "no_bins", "label": { "vi": "Không có thùng", "en": "No bins" } }, { "value": "no_time", "label": { "vi": "Không có thời gian", "en": "No time" } }, { "value": "mixed_anyway", "label": { "vi": "Xe rác đổ chung", "en": "Collected mixed anyway" } } ] },
                { "id": "fee", "type": "single-choice", "required": true, "label": { "vi": "Mức giá hộ gia đình chấp nhận được mỗi tháng?", "en": "Acceptable monthly fee?" },
                  "options": [ { "value": "20k", "label": { "vi": "20.000 đồng", "en": "VND 20,000" } }, { "value": "25k", "label": { "vi": "25.000 đồng", "en": "VND 25,000" } }, { "value": "30k", "label": { "vi": "30.000 đồng", "en": "VND 30,000" } } ] },
                { "id": "comment", "type": "long-text", "label": { "vi": "Ý kiến khác", "en": "Other comments" } }
              ]
            }
            """);
        await step.SubmitAsync(Survey("yes", null, "25k", "Bảng hỏi dài, nên rút gọn.", "Trường Vinh", "nữ", "30-44"), InputChannel.Enumerator);
        await step.SubmitAsync(Survey("no", "no_bins", "20k", null, "Nghi Lộc", "nam", "45-59"), InputChannel.Enumerator);
        await step.ActAsync("end-pilot", "{}");
        (string Sorts, string? Why, string Fee, string? Comment, string Commune, string Gender, string Age)[] live =
        [
            ("yes", null, "25k", null, "Trường Vinh", "nữ", "30-44"),
            ("yes", null, "30k", "Đề nghị thu gom đúng giờ hơn.", "Trường Vinh", "nam", "45-59"),
            ("no", "no_bins", "20k", null, "Trường Vinh", "nữ", "60+"),
            ("no", "mixed_anyway no_time", "20k", "Xe rác đổ chung nên phân loại cũng vô ích.", "Trường Vinh", "nam", "18-29"),
            ("yes", null, "25k", null, "Nghi Lộc", "nữ", "30-44"),
            ("no", "no_bins", "20k", null, "Nghi Lộc", "nam", "45-59"),
            ("no", "no_time", "25k", null, "Nghi Lộc", "nữ", "18-29"),
            ("yes", null, "20k", "Hộ nghèo cần được miễn phí.", "Con Cuông", "nữ", "45-59"),
            ("no", "no_bins mixed_anyway", "20k", null, "Con Cuông", "nam", "30-44"),
            ("no", "no_bins", "20k", null, "Con Cuông", "nam", "60+"),
            ("yes", null, "30k", null, "Con Cuông", "nữ", "18-29"),
            ("yes", null, "25k", null, "Trường Vinh", "nam", "30-44"),
        ];
        var channels = new[] { InputChannel.Enumerator, InputChannel.Paper, InputChannel.Web };
        for (var i = 0; i < live.Length; i++)
        {
            var r = live[i];
            await step.SubmitAsync(Survey(r.Sorts, r.Why, r.Fee, r.Comment, r.Commune, r.Gender, r.Age), channels[i % channels.Length]);
        }

        // Refused, nothing stored: the reason is required when the household does not sort its waste.
        await step.SubmitAsync(Survey("no", null, "20k", null, "Trường Vinh", "nam", "30-44"), InputChannel.Web);
        // Refused: an option that is not in the list.
        await step.SubmitAsync(Survey("yes", null, "50k", null, "Trường Vinh", "nam", "30-44"), InputChannel.Web);
    }

    private static Submission Survey(string sorts, string? why, string fee, string? comment, string commune, string gender, string age)
    {
        var whyJson = why is null ? "" : $", \"why_not\": [{string.Join(", ", why.Split(' ').Select(w => $"\"{w}\""))}]";
        var commentJson = comment is null ? "" : $", \"comment\": \"{comment}\"";
        return new Submission
        {
            Channel = InputChannel.Web,
            Answers = Json($$"""{ "sorts_waste": "{{sorts}}", "fee": "{{fee}}"{{whyJson}}{{commentJson}} }"""),
            Respondent = new RespondentAttributes { Province = "Nghệ An", Commune = commune, Gender = gender, AgeBand = age },
        };
    }

    private static async Task HearingAsync(StepDriver step)
    {
        var now = step.Turn.Clock.GetUtcNow();
        var starts = now.AddHours(2);
        await step.ActAsync("add-session", $$"""
            { "id": "nghi-loc", "title": { "vi": "Điều trần về giá dịch vụ thu gom rác tại xã Nghi Lộc", "en": "Hearing on the waste collection fee in Nghi Loc" },
              "venue": "Hội trường UBND xã Nghi Lộc", "address": "xã Nghi Lộc, tỉnh Nghệ An",
              "startsAt": "{{Iso(starts)}}", "endsAt": "{{Iso(starts.AddHours(3))}}", "capacity": 3 }
            """);
        string[] names = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung"];
        for (var i = 0; i < names.Length; i++)
        {
            await step.ActAsync("register", $$"""
                { "sessionId": "nghi-loc", "fullName": "{{names[i]}}", "phone": "09123456{{i:00}}", "respondent": { "commune": "Nghi Lộc", "gender": "{{(i % 2 == 0 ? "nam" : "nữ")}}" } }
                """, ToolCaller.Public());
        }

        step.Turn.Clock.Advance(TimeSpan.FromHours(2.5));
        foreach (var registration in new[] { "nghi-loc-001", "nghi-loc-002", "nghi-loc-003" })
        {
            await step.ActAsync("check-in", $$"""{ "sessionId": "nghi-loc", "registrationId": "{{registration}}" }""");
        }

        await step.ActAsync("add-speaker", """
            { "sessionId": "nghi-loc", "registrationId": "nghi-loc-001", "opinions": [
              { "text": "Mức 25.000 đồng một tháng là phù hợp nếu xe rác đến đúng lịch.", "stance": "support", "article": "Điều 3" },
              { "text": "Đề nghị miễn phí cho hộ nghèo và hộ cận nghèo.", "stance": "amend", "article": "Điều 5" } ] }
            """);
        await step.ActAsync("add-speaker", """
            { "sessionId": "nghi-loc", "registrationId": "nghi-loc-002", "opinions": [
              { "text": "Nông thôn thu nhập thấp, không nên áp cùng mức giá với thành phố Vinh.", "stance": "oppose", "article": "Điều 3" } ] }
            """);
        await step.ActAsync("record-minutes", """
            { "sessionId": "nghi-loc", "summary": "Phiên điều trần nghe ý kiến người dân xã Nghi Lộc về giá dịch vụ thu gom rác.",
              "conclusions": ["Đề nghị UBND tỉnh nghiên cứu mức giá riêng cho khu vực nông thôn.", "Bổ sung đối tượng miễn giảm là hộ nghèo, hộ cận nghèo."],
              "adoptedBy": "Thường trực HĐND tỉnh" }
            """);
    }

    private static async Task FocusGroupsAsync(StepDriver step)
    {
        await step.ActAsync("set-guide", """
            { "questions": [
              { "id": "rao-can", "text": { "vi": "Điều gì cản trở gia đình phân loại rác?", "en": "What keeps households from sorting waste?" } },
              { "id": "de-xuat", "text": { "vi": "Anh chị đề xuất gì với HĐND tỉnh?", "en": "What do you propose to the Provincial People's Council?" } } ] }
            """);
        await step.ActAsync("define-group", """
            { "id": "phu-nu", "name": { "vi": "Nhóm phụ nữ", "en": "Women" }, "criteria": [ { "label": "Phụ nữ", "attribute": "gender", "values": ["nữ"] } ], "plannedSize": 8 }
            """);
        await step.ActAsync("define-group", """
            { "id": "dan-toc", "name": { "vi": "Người dân tộc thiểu số", "en": "Ethnic minorities" }, "criteria": [ { "label": "Người dân tộc thiểu số" } ], "plannedSize": 8 }
            """);
        await step.ActAsync("add-participants", """
            { "group": "phu-nu", "participants": [
              { "code": "PN-01", "attributes": { "gender": "nữ", "ageBand": "30-44", "commune": "Trường Vinh" }, "consent": { "given": true, "form": "oral" } },
              { "code": "PN-02", "attributes": { "gender": "nữ", "ageBand": "45-59", "commune": "Trường Vinh" }, "consent": { "given": true, "form": "oral" } } ] }
            """);
        await step.ActAsync("add-participants", """
            { "group": "dan-toc", "participants": [
              { "code": "DT-01", "attributes": { "gender": "nam", "ethnicity": "Thái", "commune": "Con Cuông" }, "meets": ["Người dân tộc thiểu số"], "consent": { "given": true, "form": "oral" } },
              { "code": "DT-02", "attributes": { "gender": "nữ", "ethnicity": "Khơ Mú", "commune": "Con Cuông" }, "meets": ["Người dân tộc thiểu số"], "consent": { "given": true, "form": "oral" } } ] }
            """);
        await step.ActAsync("define-theme", """{ "id": "thieu-ha-tang", "label": { "vi": "Thiếu thùng, xe thu gom", "en": "Too few bins and trucks" } }""");
        await step.ActAsync("define-theme", """{ "id": "truyen-thong", "label": { "vi": "Cần hướng dẫn bằng tiếng dân tộc", "en": "Guidance in minority languages" } }""");
        var women = await step.ActAsync("record-passages", """
            { "group": "phu-nu", "passages": [
              { "question": "rao-can", "participant": "PN-01", "text": "Nhà chật, không có chỗ để nhiều thùng rác." },
              { "question": "de-xuat", "participant": "PN-02", "text": "Tổ dân phố nên phát túi phân loại miễn phí năm đầu." } ] }
            """);
        var minorities = await step.ActAsync("record-passages", """
            { "group": "dan-toc", "passages": [
              { "question": "rao-can", "participant": "DT-01", "text": "Bản ở xa, xe rác một tuần mới vào một lần." },
              { "question": "de-xuat", "participant": "DT-02", "text": "Cần tờ rơi và loa phát thanh bằng tiếng Thái để bà con hiểu." } ] }
            """);
        var ids = women!.Value.GetProperty("recorded").EnumerateArray().Concat(minorities!.Value.GetProperty("recorded").EnumerateArray()).Select(e => e.GetGuid()).ToList();
        await step.ActAsync("code-passage", $$"""{ "inputId": "{{ids[0]}}", "themes": ["thieu-ha-tang"] }""");
        await step.ActAsync("code-passage", $$"""{ "inputId": "{{ids[2]}}", "themes": ["thieu-ha-tang"] }""");
        await step.ActAsync("code-passage", $$"""{ "inputId": "{{ids[3]}}", "themes": ["truyen-thong"] }""");
    }

    private static async Task PollAsync(StepDriver step)
    {
        var now = step.Turn.Clock.GetUtcNow();
        await step.ActAsync("set-up", $$"""
            { "opensAt": "{{Iso(now)}}", "closesAt": "{{Iso(now.AddDays(20))}}",
              "questions": [ { "id": "phuong-an", "title": { "vi": "Anh/Chị chọn phương án giá nào?", "en": "Which fee option do you choose?" }, "choice": "single",
                "options": [ { "value": "pa1", "label": { "vi": "Phương án 1: 20.000 đồng/hộ/tháng", "en": "Option 1: VND 20,000" } },
                             { "value": "pa2", "label": { "vi": "Phương án 2: theo khối lượng", "en": "Option 2: by volume" } } ] } ] }
            """);
        string[] votes = ["pa1", "pa1", "pa2", "pa1", "pa2", "pa2", "pa1", "pa1", "pa2", "pa1"];
        for (var i = 0; i < votes.Length; i++)
        {
            await step.SubmitAsync(new Submission
            {
                Channel = InputChannel.Web,
                Identifier = $"+84 98 765 43{i:00}",
                Answers = Json($$"""{ "phuong-an": "{{votes[i]}}" }"""),
                Respondent = new RespondentAttributes { Gender = i % 2 == 0 ? "nữ" : "nam" },
            }, caller: ToolCaller.Public());
        }

        // The same phone number written another way: one vote per person.
        await step.SubmitAsync(new Submission { Channel = InputChannel.Web, Identifier = "0987654300", Answers = Json("""{ "phuong-an": "pa2" }""") }, caller: ToolCaller.Public());
    }

    private static string Iso(DateTimeOffset moment) => moment.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static JsonElement Json(string text)
    {
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    private static string Folder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

    /// <summary>Calls one tool step as staff (or the public), recording the codes of refused submissions.</summary>
    private sealed class StepDriver(ToolStepTurn turn, List<string> refused)
    {
        public ToolStepTurn Turn => turn;

        public Task<JsonElement?> ActAsync(string action, string payload, ToolCaller? caller = null) =>
            turn.Tools.ExecuteAsync(turn.InstanceId, turn.StepId, action, Json(payload), caller ?? ToolCaller.Staff("van-phong"));

        public async Task SubmitAsync(Submission submission, InputChannel? channel = null, ToolCaller? caller = null)
        {
            var result = await turn.Tools.SubmitAsync(turn.InstanceId, turn.StepId, channel is { } c ? submission with { Channel = c } : submission, caller ?? ToolCaller.Staff("dieu-tra-vien"));
            if (!result.Accepted)
            {
                refused.AddRange(result.Codes);
            }
        }
    }
}
