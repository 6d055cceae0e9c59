using System.Text.Json;
using ConsultEngine.Abstractions;
using ConsultEngine.Testing.Tools;

namespace ConsultEngine.Plugins.PublicHearing.Tests;

/// <summary>A bench with the public hearing; sessions on Saturday 10 January 2026 (the clock starts on Monday the 5th).</summary>
internal static class HearingBench
{
    public static readonly DateTimeOffset MorningStart = new(2026, 1, 10, 8, 0, 0, TimeSpan.FromHours(7));

    public static ToolTestBench Create(string configJson = """{ "channels": ["in-person"], "round": 1, "sessions": 2, "capacity": 150, "registration": true }""") =>
        new(new PublicHearingTool(), configJson);

    public static string Session(string id = "hai-chau", int? capacity = 3, string starts = "2026-01-10T08:00:00+07:00", string ends = "2026-01-10T11:30:00+07:00") =>
        $$"""
        {
          "id": "{{id}}",
          "title": { "vi": "Phiên điều trần tại {{id}}", "en": "Hearing session at {{id}}" },
          "venue": "Hội trường UBND phường Hải Châu",
          "address": "15 Quang Trung, phường Hải Châu, Đà Nẵng",
          "startsAt": "{{starts}}",
          "endsAt": "{{ends}}"{{(capacity is null ? "" : $", \"capacity\": {capacity}")}}
        }
        """;

    /// <summary>A bench with one session of <paramref name="capacity"/> seats.</summary>
    public static async Task<ToolTestBench> WithSessionAsync(int capacity = 3, string? configJson = null)
    {
        var bench = configJson is null ? Create() : Create(configJson);
        await bench.OpenAsync();
        await bench.ExecuteAsync("add-session", Session(capacity: capacity));
        return bench;
    }

    public static async Task<JsonElement> RegisterAsync(ToolTestBench bench, string fullName, string? phone = null, string session = "hai-chau", string? actor = null, string respondent = "{}")
    {
        var phoneJson = phone is null ? "" : $", \"phone\": \"{phone}\"";
        return (await bench.ExecuteAsync("register", $$"""{ "sessionId": "{{session}}", "fullName": "{{fullName}}"{{phoneJson}}, "respondent": {{respondent}} }""", actor))!.Value;
    }

    public static async Task<string> RefusalCodeAsync(ToolTestBench bench, string action, string payloadJson, string? actor = "staff")
    {
        var refusal = await Assert.ThrowsAsync<ToolException>(() => bench.ExecuteAsync(action, payloadJson, actor));
        return refusal.Code;
    }

    public static async Task<JsonElement> RosterAsync(ToolTestBench bench, string session = "hai-chau") =>
        (await bench.ExecuteAsync("roster", $$"""{ "sessionId": "{{session}}" }"""))!.Value.GetProperty("sessions")[0];

    public static Submission Opinion(string session, string text, string? answersJson = null, RespondentAttributes? respondent = null, InputChannel channel = InputChannel.Enumerator) => new()
    {
        Channel = channel,
        Subject = session,
        Text = text,
        Answers = answersJson is null ? null : ToolTestBench.Parse(answersJson),
        Respondent = respondent ?? RespondentAttributes.None,
    };
}
