using System.Text.Json.Nodes;
using ConsultEngine.Hosting.Demo.Data;
using static ConsultEngine.Hosting.Demo.DemoTexts;

namespace ConsultEngine.Hosting.Demo.Stages;

/// <summary>
/// Two focus groups — women of the city's wards, and Thái and Khơ Mú people of a mountain commune —
/// on one discussion guide; every passage coded to the consultation's codebook by the Working Group's
/// coder, then coded blind by a second coder (<c>second-code-passage</c>) so that the tool can compute
/// the agreement between them (Cohen's kappa) that the Working Group's coding step reports.
/// </summary>
internal static class FocusGroupStage
{
    private const string Step = "run-focus-groups";

    private static readonly string[] WomenAges = ["18-29", "30-44", "30-44", "45-59", "60+"];

    private static readonly string[] MinorityAges = ["30-44", "45-59", "18-29", "60+"];

    /// <summary>The fieldwork days the two groups meet on.</summary>
    public static IReadOnlyList<int> MeetingDays { get; } = [9, 11];

    /// <summary>The guide, the codebook, the two groups and their rosters.</summary>
    public static async Task SetUpAsync(DemoRun run)
    {
        await run.ActAsync(Step, "set-guide", """
            { "questions": [
              { "id": "thu-gom", "text": { "vi": "Việc thu gom rác ở nơi anh chị ở hiện nay thế nào?", "en": "How is waste collected where you live?" } },
              { "id": "muc-gia", "text": { "vi": "Anh chị nghĩ gì về mức giá hiện nay và các phương án giá mới?", "en": "What do you think of today's price and the new options?" } },
              { "id": "phan-loai", "text": { "vi": "Điều gì giúp hoặc cản trở gia đình phân loại rác?", "en": "What helps or keeps households from sorting waste?" } },
              { "id": "de-xuat", "text": { "vi": "Anh chị đề xuất gì với HĐND tỉnh?", "en": "What do you propose to the Provincial People's Council?" } } ] }
            """, Actors.Office);
        await NarrowConsultationStage.ThemesAsync(run, Step, Actors.WorkingGroup);
        await run.ActAsync(Step, "define-group", $$"""
            { "id": "phu-nu-phuong", "name": { "vi": "Phụ nữ các phường trung tâm", "en": "Women of the central wards" },
              "criteria": [ { "label": "Phụ nữ", "attribute": "gender", "values": ["nữ"] } ], "plannedSize": 9,
              "meeting": { "at": "{{DemoRun.Iso(run.Now.AddDays(MeetingDays[0]))}}", "place": "Nhà văn hóa phường Trường Vinh" }, "facilitator": "Trần Thị Thu Hà" }
            """, Actors.Office);
        await run.ActAsync(Step, "define-group", $$"""
            { "id": "dan-toc-con-cuong", "name": { "vi": "Người dân tộc thiểu số xã Con Cuông", "en": "Ethnic minority people of Con Cuong commune" },
              "criteria": [ { "label": "Người dân tộc thiểu số" } ], "plannedSize": 8,
              "meeting": { "at": "{{DemoRun.Iso(run.Now.AddDays(MeetingDays[1]))}}", "place": "Hội trường UBND xã Con Cuông" }, "facilitator": "Nguyễn Văn Đức" }
            """, Actors.Office);
        await run.ActAsync(Step, "add-participants", Roster("phu-nu-phuong", "PN", 9, i => new JsonObject
        {
            ["province"] = Province, ["commune"] = i % 3 == 0 ? "phường Vinh Hưng" : "phường Trường Vinh", ["gender"] = "nữ",
            ["ageBand"] = WomenAges[i % WomenAges.Length], ["ethnicity"] = "Kinh",
        }, null), Actors.Office);
        await run.ActAsync(Step, "add-participants", Roster("dan-toc-con-cuong", "DT", 8, i => new JsonObject
        {
            ["province"] = Province, ["commune"] = "xã Con Cuông", ["gender"] = i % 2 == 0 ? "nữ" : "nam",
            ["ageBand"] = MinorityAges[i % MinorityAges.Length], ["ethnicity"] = i % 3 == 0 ? "Khơ Mú" : "Thái",
        }, "Người dân tộc thiểu số"), Actors.Office);

    }

    /// <summary>The discussion of the group of the given index: its passages recorded, then coded.</summary>
    public static Task HoldAsync(DemoRun run, int index) => index == 0
        ? RecordAndCodeAsync(run, "phu-nu-phuong", FocusGroupPassages.Women)
        : RecordAndCodeAsync(run, "dan-toc-con-cuong", FocusGroupPassages.Minorities);

    public static Task CloseAsync(DemoRun run) => run.CloseAsync(Step, Actors.Office);

    /// <summary>Records passages of a group; returns their input ids in order.</summary>
    public static async Task<IReadOnlyList<Guid>> RecordAsync(DemoRun run, string step, string group, IReadOnlyList<(string Question, string Participant, string Text)> passages)
    {
        var list = new JsonArray();
        foreach (var (question, participant, text) in passages)
        {
            list.Add(new JsonObject { ["question"] = question, ["participant"] = participant, ["text"] = text });
        }

        var recorded = await run.ActAsync(step, "record-passages", new JsonObject { ["group"] = group, ["passages"] = list }, Actors.Office)
            ?? throw new DemoException(DemoCodes.ScriptRefused, $"The step '{step}' recorded no passages.");
        return [.. recorded.GetProperty("recorded").EnumerateArray().Select(e => e.GetGuid())];
    }

    public static Task CodeAsync(DemoRun run, string step, Guid inputId, IReadOnlyList<string> themes, string coder) =>
        run.ActAsync(step, "code-passage", new JsonObject { ["inputId"] = inputId.ToString(), ["themes"] = new JsonArray([.. themes.Select(t => (JsonNode)t)]) }, coder);

    private static async Task RecordAndCodeAsync(DemoRun run, string group, IReadOnlyList<(string Question, string Participant, string Text, string[] Themes)> passages)
    {
        var ids = await RecordAsync(run, Step, group, [.. passages.Select(p => (p.Question, p.Participant, p.Text))]);
        for (var i = 0; i < ids.Count; i++)
        {
            await CodeAsync(run, Step, ids[i], passages[i].Themes, Actors.WorkingGroup);
        }

        for (var i = 0; i < ids.Count; i++)
        {
            await run.ActAsync(Step, "second-code-passage", new JsonObject
            {
                ["inputId"] = ids[i].ToString(),
                ["themes"] = new JsonArray([.. SecondCoding(passages[i].Themes, i).Select(t => (JsonNode)t)]),
            }, Actors.SecondCoder);
        }
    }

    /// <summary>
    /// What the second coder reads into a passage: mostly what the first did, but now and then one
    /// theme fewer or one more (guidance read into a remark on sorting), as two honest coders differ.
    /// </summary>
    private static string[] SecondCoding(string[] themes, int index) => (index % 5) switch
    {
        1 when themes.Length > 1 => [.. themes.Take(themes.Length - 1)],
        3 when !themes.Contains(Codebook.Information) => [.. themes, Codebook.Information],
        _ => themes,
    };

    private static JsonObject Roster(string group, string prefix, int size, Func<int, JsonObject> attributes, string? meets)
    {
        var participants = new JsonArray();
        for (var i = 1; i <= size; i++)
        {
            var participant = new JsonObject
            {
                ["code"] = $"{prefix}-{i:00}",
                ["attributes"] = attributes(i),
                ["consent"] = new JsonObject { ["given"] = true, ["form"] = "oral" },
            };
            if (meets is not null)
            {
                participant["meets"] = new JsonArray(meets);
            }

            participants.Add(participant);
        }

        return new JsonObject { ["group"] = group, ["participants"] = participants };
    }
}
