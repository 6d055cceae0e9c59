using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConsultEngine.Abstractions;
using ConsultEngine.Benchmarks.Durable;
using ConsultEngine.Hosting;
using ConsultEngine.Hosting.Registers;
using ConsultEngine.Hosting.Tools;
using ConsultEngine.Persistence.Registers;
using ConsultEngine.Persistence.Tools;
using ConsultEngine.Reporting;
using ConsultEngine.Reporting.Documents;
using ConsultEngine.Reporting.Rendering;
using ConsultEngine.Testing;
using ConsultEngine.Testing.Tools;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultEngine.Benchmarks.Report;

/// <summary>What one build of the explanation register took and held.</summary>
internal sealed record RegisterTiming(double Setup, double Build, double Docx, double Cpu, int Opinions, int Rows, int Grouped, int DocxBytes)
{
    public double Total => Build + Docx;
}

/// <summary>
/// The explanation register of 2,000 opinions: the standard process's main scenario on a SQLite
/// file, its survey given 1,800 responses with a free-text comment and its hearing 200 spoken
/// opinions (20 speakers, ten each), every opinion then dispositioned through
/// <see cref="IConsultationRegisters"/> — the near-identical ones as the groups the register
/// suggests — and the register document built end to end and timed: the opinions read from the tool
/// steps, the dispositions from the register store, the table composed, the DOCX rendered.
/// </summary>
internal static class ExplanationRegisterBench
{
    public const int SurveyOpinions = 1_800;
    public const int Speakers = 20;
    public const int OpinionsPerSpeaker = 10;
    public const int Opinions = SurveyOpinions + (Speakers * OpinionsPerSpeaker);

    private static readonly string[] Wishes =
    [
        "Đề nghị thu gom đúng giờ, không để rác qua đêm ở đầu ngõ",
        "Nên bán túi đựng rác có in giá ở các cửa hàng tiện lợi",
        "Tính giá theo khối lượng là công bằng với hộ ít người",
        "Điểm tập kết gần chợ bốc mùi, đề nghị chuyển đi nơi khác",
        "Cần công khai số tiền thu được và chi cho việc gì",
        "Đề nghị miễn giảm cho hộ nghèo, hộ cận nghèo và gia đình chính sách",
        "Xe rác một tuần chỉ vào hai lần, rác để lâu ruồi nhặng nhiều",
        "Nhà nông dân thu nhập thấp, đề nghị giữ mức giá như hiện nay",
        "Cần hướng dẫn phân loại bằng tiếng Thái và bằng hình ảnh",
        "Nên thu theo khẩu chứ không thu theo hộ",
        "Thu tiền đủ mà không thu gom thường xuyên thì không đồng ý tăng giá",
        "Cần thêm thùng phân loại ở các khu tập thể",
    ];

    private static readonly string[] Places = ["xóm 1", "xóm 2", "xóm 3", "khối 4", "khối 5", "bản Na Nhu", "bản Huồi Giảng", "tổ dân phố 7", "tổ dân phố 9", "thôn Đông"];

    private static readonly string[] Reasons =
    [
        "vì nhà tôi ở cuối ngõ", "vì mùa hè rác bốc mùi", "vì nhiều hộ là người cao tuổi", "vì thu nhập của bà con còn thấp",
        "vì đường vào bản hẹp", "vì chợ họp hằng ngày", "vì trẻ con hay chơi gần đó", "vì đã phản ánh nhiều lần",
    ];

    /// <summary>Seeds the consultation (not timed), then builds and renders its register twice: the first (cold) build is the measure, the second is shown.</summary>
    public static async Task<(RegisterTiming Cold, RegisterTiming Warm)> MeasureAsync()
    {
        using var database = new TempDatabase();
        var host = new ToolConsultationHost(ReportSuite.FindDefinitions(), [], builder =>
        {
            builder.UsePlugins(Path.Combine(AppContext.BaseDirectory, "plugins"))
                .UseToolDataStore(_ => SqliteToolDataStore.OpenAsync(database.Path).GetAwaiter().GetResult());

            // The registers live in the options' SQLite file: the benchmark's own, not one in the working folder.
            builder.Services.Configure<ConsultEngineOptions>(o => o.DatabasePath = database.Path);
        });
        await using (host.ConfigureAwait(false))
        {
            var setup = Stopwatch.StartNew();
            var scenario = Scenario.Load(Path.Combine(AppContext.BaseDirectory, "Scenarios", "hdnd.standard.main.json"));
            var run = await host.RunAsync(scenario, turn => turn.StepId switch
            {
                "run-survey" => SurveyAsync(turn),
                "run-public-hearing" => HearingAsync(turn),
                _ => Task.CompletedTask,
            }).ConfigureAwait(false);
            if (!run.Passed)
            {
                throw new InvalidOperationException("The scenario failed: " + string.Join("; ", run.Scenario.Failures));
            }

            var instance = (await host.Store.ListInstancesAsync().ConfigureAwait(false)).Single().Id;
            var registers = host.Services.GetRequiredService<IConsultationRegisters>();
            var grouped = await DispositionAllAsync(registers, instance).ConfigureAwait(false);
            var seeded = setup.Elapsed.TotalSeconds;

            var reports = ConsultationReporting.Create(host.Services);
            var cold = await BuildAsync(reports, instance, seeded, grouped).ConfigureAwait(false);
            var warm = await BuildAsync(reports, instance, seeded, grouped).ConfigureAwait(false);
            return (cold, warm);
        }
    }

    private static async Task<RegisterTiming> BuildAsync(IConsultationReports reports, Guid instance, double setup, int grouped)
    {
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var document = await reports.BuildExplanationRegisterAsync(instance).ConfigureAwait(false);
        var build = clock.Elapsed.TotalSeconds;
        clock.Restart();
        var docx = DocxRenderer.Render(document);
        var render = clock.Elapsed.TotalSeconds;
        process.Refresh();
        cpu = process.TotalProcessorTime - cpu;
        var rows = document.AllSections().SelectMany(s => s.Blocks).OfType<TableBlock>().Sum(t => t.Rows.Count);
        return new RegisterTiming(setup, build, render, cpu.TotalSeconds, Opinions, rows, grouped, docx.Length);
    }

    /// <summary>Every opinion dispositioned in one batch: each suggested group of alike opinions together, the rest one by one. Returns the number of groups.</summary>
    private static async Task<int> DispositionAllAsync(IConsultationRegisters registers, Guid instance)
    {
        var entries = await registers.EntriesAsync(instance).ConfigureAwait(false);
        if (entries.Count != Opinions)
        {
            throw new InvalidOperationException($"The register holds {entries.Count} opinions, not {Opinions}.");
        }

        var groups = await registers.SuggestGroupsAsync(instance).ConfigureAwait(false);
        var done = new HashSet<string>(StringComparer.Ordinal);
        var requests = new List<DispositionRequest>();
        foreach (var group in groups)
        {
            var ids = group.OpinionIds.Where(done.Add).ToList();
            if (ids.Count > 0)
            {
                requests.Add(new DispositionRequest(ids, Answer(requests.Count)));
            }
        }

        var grouped = requests.Count(r => r.OpinionIds.Count > 1);
        requests.AddRange(entries.Where(e => done.Add(e.Opinion.Id)).Select(e => new DispositionRequest([e.Opinion.Id], Answer(requests.Count + e.Opinion.Text.Length))));
        await registers.RecordDispositionsAsync(instance, requests, "nhom-cong-tac").ConfigureAwait(false);
        return grouped;
    }

    private static DispositionEntry Answer(int n) => (n % 4) switch
    {
        0 => new DispositionEntry(DispositionKind.TakenUp, "Tiếp thu: mức giá tối đa riêng cho ba khu vực, gắn với tần suất thu gom tối thiểu."),
        1 => new DispositionEntry(DispositionKind.PartlyTakenUp, "Tiếp thu một phần: thí điểm tại 4 phường từ năm 2027, chưa áp dụng toàn tỉnh."),
        2 => new DispositionEntry(DispositionKind.NotTakenUp, "Không tiếp thu: số nhân khẩu thực tế khó xác minh và tốn chi phí quản lý; giá tính theo hộ."),
        _ => new DispositionEntry(DispositionKind.OutOfScope, "Ngoài phạm vi tham vấn về giá: đã chuyển tới UBND cấp xã để xử lý."),
    };

    /// <summary>
    /// A citizen's opinion: one of a dozen wishes, most often with a place and a reason (so most texts
    /// differ), now and then bare (so a few hundred are identical and the register groups them).
    /// </summary>
    private static string Text(Random random)
    {
        var wish = Wishes[random.Next(Wishes.Length)];
        return random.NextDouble() < 0.15
            ? wish + "."
            : $"{wish} ở {Places[random.Next(Places.Length)]}, {Reasons[random.Next(Reasons.Length)]}.";
    }

    private static async Task SurveyAsync(ToolStepTurn turn)
    {
        await ActAsync(turn, "set-questionnaire", """
            { "title": { "vi": "Khảo sát hộ gia đình về thu gom rác", "en": "Household survey on waste collection" }, "languages": ["vi", "en"],
              "questions": [
                { "id": "fee", "type": "single-choice", "required": true, "label": { "vi": "Mức giá chấp nhận được mỗi tháng?", "en": "Acceptable monthly fee?" },
                  "options": [ { "value": "20k", "label": { "vi": "20.000 đồng", "en": "VND 20,000" } }, { "value": "30k", "label": { "vi": "30.000 đồng", "en": "VND 30,000" } } ] },
                { "id": "comment", "type": "long-text", "label": { "vi": "Ý kiến khác", "en": "Other comments" } } ] }
            """).ConfigureAwait(false);
        await ActAsync(turn, "end-pilot", "{}").ConfigureAwait(false);
        var random = new Random(20260701);
        var submissions = Enumerable.Range(0, SurveyOpinions).Select(i => new Submission
        {
            Channel = i % 3 == 0 ? InputChannel.Web : InputChannel.Enumerator,
            Answers = JsonSerializer.SerializeToElement(new JsonObject { ["fee"] = i % 2 == 0 ? "20k" : "30k", ["comment"] = Text(random) }),
            Respondent = new RespondentAttributes { Province = "Nghệ An", Commune = Places[i % Places.Length], Gender = i % 2 == 0 ? "nữ" : "nam" },
        }).ToList();
        await Parallel.ForEachAsync(submissions, new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (submission, token) =>
        {
            var result = await turn.Tools.SubmitAsync(turn.InstanceId, turn.StepId, submission, ToolCaller.Staff("dieu-tra-vien"), token).ConfigureAwait(false);
            if (!result.Accepted)
            {
                throw new InvalidOperationException("A survey response was refused: " + string.Join(", ", result.Codes));
            }
        }).ConfigureAwait(false);
    }

    private static async Task HearingAsync(ToolStepTurn turn)
    {
        var starts = turn.Clock.GetUtcNow().AddHours(2);
        await ActAsync(turn, "add-session", $$"""
            { "id": "nghi-loc", "title": { "vi": "Điều trần về giá dịch vụ thu gom rác tại xã Nghi Lộc", "en": "Hearing on the fee in Nghi Loc" },
              "venue": "Hội trường UBND xã Nghi Lộc", "address": "xã Nghi Lộc, tỉnh Nghệ An",
              "startsAt": "{{Iso(starts)}}", "endsAt": "{{Iso(starts.AddHours(4))}}", "capacity": {{Speakers}} }
            """).ConfigureAwait(false);
        var registrations = new List<string>();
        for (var i = 0; i < Speakers; i++)
        {
            var answer = await ActAsync(turn, "register", $$"""{ "sessionId": "nghi-loc", "fullName": "Nguyễn Văn An", "phone": "09123456{{i:00}}", "respondent": { "commune": "Nghi Lộc", "gender": "{{(i % 2 == 0 ? "nam" : "nữ")}}" } }""", ToolCaller.Public()).ConfigureAwait(false);
            registrations.Add(answer!.Value.GetProperty("registrationId").GetString()!);
        }

        turn.Clock.Advance(TimeSpan.FromHours(2.5));
        var random = new Random(20260702);
        foreach (var registration in registrations)
        {
            await ActAsync(turn, "check-in", $$"""{ "sessionId": "nghi-loc", "registrationId": "{{registration}}" }""").ConfigureAwait(false);
            var opinions = new JsonArray([.. Enumerable.Range(0, OpinionsPerSpeaker).Select(_ => (JsonNode)new JsonObject { ["text"] = Text(random), ["stance"] = "amend" })]);
            await ActAsync(turn, "add-speaker", new JsonObject { ["sessionId"] = "nghi-loc", ["registrationId"] = registration, ["opinions"] = opinions }.ToJsonString()).ConfigureAwait(false);
        }
    }

    private static Task<JsonElement?> ActAsync(ToolStepTurn turn, string action, string payload, ToolCaller? caller = null) =>
        turn.Tools.ExecuteAsync(turn.InstanceId, turn.StepId, action, JsonElement.Parse(payload), caller ?? ToolCaller.Staff("van-phong"));

    private static string Iso(DateTimeOffset moment) => moment.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
