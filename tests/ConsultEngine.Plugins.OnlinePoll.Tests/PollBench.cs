using System.Text.Json;
using ConsultEngine.Abstractions;
using ConsultEngine.Testing;
using ConsultEngine.Testing.Tools;

namespace ConsultEngine.Plugins.OnlinePoll.Tests;

/// <summary>A bench with the online poll and a two-question poll open from 09:00 to 17:00 on the bench's first day (the clock starts at 08:00).</summary>
internal static class PollBench
{
    public static readonly DateTimeOffset Opens = ManualClock.DefaultStart.AddHours(1);

    public static readonly DateTimeOffset Closes = ManualClock.DefaultStart.AddHours(9);

    public const string SetUpJson = """
        {
          "opensAt": "2026-01-05T09:00:00+07:00",
          "closesAt": "2026-01-05T17:00:00+07:00",
          "questions": [
            {
              "id": "thu-phi",
              "title": { "vi": "Anh/Chị có đồng ý thu phí đỗ xe ô tô dưới lòng đường tại các tuyến phố trung tâm không?", "en": "Do you agree with charging for on-street car parking in central streets?" },
              "choice": "single",
              "options": [
                { "value": "dong-y", "label": { "vi": "Đồng ý", "en": "Agree" } },
                { "value": "khong-dong-y", "label": { "vi": "Không đồng ý", "en": "Disagree" } },
                { "value": "chua-co-y-kien", "label": { "vi": "Chưa có ý kiến", "en": "No opinion yet" } }
              ]
            },
            {
              "id": "uu-tien",
              "title": { "vi": "Nguồn thu nên ưu tiên cho những việc nào? (chọn tối đa 2)", "en": "What should the revenue go to first? (at most 2)" },
              "choice": "multiple",
              "maxChoices": 2,
              "options": [
                { "value": "bai-do-xe", "label": { "vi": "Xây thêm bãi đỗ xe công cộng", "en": "More public car parks" } },
                { "value": "xe-buyt", "label": { "vi": "Phát triển xe buýt", "en": "Better buses" } },
                { "value": "via-he", "label": { "vi": "Trả lại vỉa hè cho người đi bộ", "en": "Pavements back to pedestrians" } },
                { "value": "cay-xanh", "label": { "vi": "Trồng thêm cây xanh", "en": "More street trees" } }
              ]
            }
          ]
        }
        """;

    public static ToolTestBench Create(string configJson = """{ "verification": "phone" }""") => new(new OnlinePollTool(), configJson);

    /// <summary>A bench whose poll is set up and open (the clock at 09:00).</summary>
    public static async Task<ToolTestBench> OpenAsync(string configJson = """{ "verification": "phone" }""")
    {
        var bench = Create(configJson);
        await bench.OpenAsync();
        await bench.ExecuteAsync("set-up", SetUpJson);
        bench.Clock.AdvanceTo(Opens);
        return bench;
    }

    public static Submission Vote(string identifier, string answersJson, InputChannel channel = InputChannel.Web, RespondentAttributes? respondent = null) => new()
    {
        Channel = channel,
        Identifier = identifier,
        Answers = ToolTestBench.Parse(answersJson),
        Respondent = respondent ?? RespondentAttributes.None,
        Collector = channel == InputChannel.Enumerator ? "tongdai-1022" : null,
    };

    public static async Task<string> RefusalCodeAsync(ToolTestBench bench, string action, string payloadJson, string? actor = "staff")
    {
        var refusal = await Assert.ThrowsAsync<ToolException>(() => bench.ExecuteAsync(action, payloadJson, actor));
        return refusal.Code;
    }

    public static JsonElement Question(JsonElement tally, string id) =>
        tally.GetProperty("questions").EnumerateArray().Single(q => q.GetProperty("id").GetString() == id);

    public static int Count(JsonElement question, string option) =>
        question.GetProperty("options").EnumerateArray().Single(o => o.GetProperty("value").GetString() == option).GetProperty("count").GetInt32();
}
