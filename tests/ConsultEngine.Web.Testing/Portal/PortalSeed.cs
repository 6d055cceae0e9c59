using System.Text.Json;
using System.Text.Json.Nodes;
using ConsultEngine.Hosting.Tools;
using ConsultEngine.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultEngine.Web.Testing.Portal;

/// <summary>
/// Brings a consultation to the point where the public takes part: starts <c>hdnd.standard@1</c> with the
/// main scenario's issue, replays the scenario's completions of the earlier steps through the engine
/// (and closes the narrow consultation through its tool), and stops when the carry-out phase's tools
/// wait. Then it sets the tools up as staff would: the survey's questionnaire (<see cref="Questionnaire"/>,
/// every question type and a skip rule), the poll's questions and window, the hearing's sessions (one
/// with a single seat, to reach the waiting list).
/// </summary>
public static class PortalSeed
{
    public const string SurveyStep = "run-survey";
    public const string PollStep = "run-online-poll";
    public const string HearingStep = "run-public-hearing";

    /// <summary>The session with one seat: the second registration goes on its waiting list.</summary>
    public const string SmallSession = "xa-nghi-loc";

    public const string LargeSession = "phuong-truong-vinh";

    /// <summary>The staff member the seed acts as.</summary>
    public const string Actor = "seed";

    private static readonly HashSet<string> PublicSteps = new([SurveyStep, PollStep, HearingStep], StringComparer.Ordinal);

    /// <summary>The main scenario of the standard process (the engine's own tests play it).</summary>
    public static string ScenarioPath => Path.Combine(RepositoryPaths.Root, "tests", "ConsultEngine.Testing.Tests", "Scenarios", "hdnd.standard.main.json");

    /// <summary>A consultation with its survey, poll and hearing open to the public; returns the instance id.</summary>
    public static async Task<Guid> OpenConsultationAsync(IServiceProvider services, string? title = null)
    {
        var engine = services.GetRequiredService<ProcessEngine>();
        var tools = services.GetRequiredService<IToolSteps>();
        var clock = services.GetService<TimeProvider>() ?? TimeProvider.System;
        var scenario = JsonNode.Parse(await File.ReadAllTextAsync(ScenarioPath).ConfigureAwait(false))!.AsObject();
        var start = scenario["start"]!.AsObject();
        var instance = await engine.StartAsync("hdnd.standard", 1, start["variables"]!.DeepClone().AsObject(), title ?? start["title"]!.GetValue<string>(), Actor).ConfigureAwait(false);
        foreach (var action in scenario["actions"]!.AsArray().Select(a => a!.AsObject()))
        {
            if (action.ContainsKey("expectError"))
            {
                continue;
            }

            var actor = action["actor"]?.GetValue<string>() ?? Actor;
            if (action["tool"]?.GetValue<string>() is { } tool)
            {
                if (PublicSteps.Contains(tool))
                {
                    break;
                }

                await tools.CloseAsync(instance.Id, tool, actor, action["outcome"]?.GetValue<string>()).ConfigureAwait(false);
            }
            else if (action["complete"]?.GetValue<string>() is { } step)
            {
                await engine.CompleteStepAsync(instance.Id, step, new StepCompletion(actor, action["outcome"]?.GetValue<string>(), action["output"]?.DeepClone())).ConfigureAwait(false);
            }
        }

        await SetUpToolsAsync(tools, instance.Id, clock.GetUtcNow()).ConfigureAwait(false);
        return instance.Id;
    }

    /// <summary>Sets the open tools up as staff would: the survey's questionnaire (pilot ended), the poll, the hearing's sessions.</summary>
    public static async Task SetUpToolsAsync(IToolSteps tools, Guid instanceId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(tools);
        var staff = ToolCaller.Staff(Actor);
        await tools.ExecuteAsync(instanceId, SurveyStep, "set-questionnaire", Json(Questionnaire), staff).ConfigureAwait(false);
        await tools.ExecuteAsync(instanceId, SurveyStep, "end-pilot", Json(new { }), staff).ConfigureAwait(false);
        await tools.ExecuteAsync(instanceId, PollStep, "set-up", Json(Poll(now)), staff).ConfigureAwait(false);
        foreach (var session in Sessions(now))
        {
            await tools.ExecuteAsync(instanceId, HearingStep, "add-session", Json(session), staff).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The survey: a skip rule (how often is asked only when waste is collected, why not only when it
    /// is not), required questions, a range, and each answerable type (single and multiple choice,
    /// Likert, number, date, short and long text, ranking), plus a note.
    /// </summary>
    public static object Questionnaire { get; } = new
    {
        title = Text("Khảo sát về thu gom rác thải sinh hoạt", "Survey on household waste collection"),
        languages = new[] { "vi", "en" },
        questions = new object[]
        {
            new { id = "intro", type = "note", label = Text("Khảo sát mất khoảng 3 phút.", "The survey takes about 3 minutes.") },
            new
            {
                id = "collected", type = "single-choice", required = true,
                label = Text("Rác thải của gia đình có được thu gom không?", "Is your household's waste collected?"),
                options = new[] { Option("yes", "Có", "Yes"), Option("no", "Không", "No") },
            },
            new
            {
                id = "frequency", type = "number", required = true, integer = true, min = 1, max = 7, relevant = "answers.collected === 'yes'",
                label = Text("Mấy lần mỗi tuần?", "How many times a week?"),
                hint = Text("Từ 1 đến 7.", "From 1 to 7."),
            },
            new
            {
                id = "why-not", type = "long-text", relevant = "answers.collected === 'no'",
                label = Text("Vì sao rác chưa được thu gom?", "Why is the waste not collected?"),
            },
            new
            {
                id = "satisfaction", type = "likert", required = true,
                label = Text("Mức độ hài lòng với dịch vụ thu gom", "How satisfied are you with the collection service?"),
                options = new[] { Option("1", "Rất không hài lòng", "Very dissatisfied"), Option("2", "Không hài lòng", "Dissatisfied"), Option("3", "Bình thường", "Neutral"), Option("4", "Hài lòng", "Satisfied"), Option("5", "Rất hài lòng", "Very satisfied") },
            },
            new
            {
                id = "services", type = "multiple-choice",
                label = Text("Gia đình cần hỗ trợ gì?", "What support does your household need?"),
                options = new[] { Option("bins", "Thùng chứa rác", "Bins"), Option("sorting", "Hướng dẫn phân loại", "Sorting guidance"), Option("compost", "Ủ phân hữu cơ", "Composting") },
            },
            new { id = "since", type = "date", label = Text("Gia đình bắt đầu phân loại rác từ ngày nào?", "Since when has your household sorted its waste?") },
            new { id = "village", type = "text", label = Text("Thôn, xóm", "Village or hamlet") },
            new
            {
                id = "priorities", type = "ranking",
                label = Text("Xếp hạng các ưu tiên", "Rank the priorities"),
                options = new[] { Option("price", "Giá dịch vụ", "Price"), Option("frequency", "Tần suất thu gom", "Frequency"), Option("cleanliness", "Vệ sinh điểm tập kết", "Clean collection points") },
            },
        },
    };

    private static object Poll(DateTimeOffset now) => new
    {
        opensAt = now.AddMinutes(-5),
        closesAt = now.AddDays(30),
        questions = new object[]
        {
            new
            {
                id = "price", title = Text("Phương án giá dịch vụ thu gom rác khu vực nông thôn", "Rural waste collection price"), choice = "single",
                options = new[] { Choice("keep", "Giữ 20.000 đồng", "Keep 20,000 VND"), Choice("raise", "Tăng lên 25.000 đồng, thu gom ba lần mỗi tuần", "Raise to 25,000 VND, three collections a week") },
            },
            new
            {
                id = "support", title = Text("Hỗ trợ ưu tiên", "Support to prioritise"), choice = "multiple", maxChoices = 2,
                options = new[] { Choice("bins", "Thùng chứa", "Bins"), Choice("trucks", "Xe thu gom", "Collection trucks"), Choice("training", "Tập huấn phân loại", "Sorting training") },
            },
        },
    };

    private static object[] Sessions(DateTimeOffset now) =>
    [
        new { id = SmallSession, title = Text("Phiên xã Nghi Lộc", "Nghi Loc commune session"), venue = "Hội trường UBND xã Nghi Lộc", address = "Nghi Lộc, Nghệ An", startsAt = now.AddDays(10), endsAt = now.AddDays(10).AddHours(3), capacity = 1 },
        new { id = LargeSession, title = Text("Phiên phường Trường Vinh", "Truong Vinh ward session"), venue = "Nhà văn hóa phường Trường Vinh", address = "Vinh, Nghệ An", startsAt = now.AddDays(11), endsAt = now.AddDays(11).AddHours(3), capacity = 100 },
    ];

    private static object Text(string vi, string en) => new { vi, en };

    private static object Option(string value, string vi, string en) => new { value, label = Text(vi, en) };

    private static object Choice(string value, string vi, string en) => new { value, label = Text(vi, en) };

    private static JsonElement Json(object value) => JsonSerializer.SerializeToElement(value);
}
