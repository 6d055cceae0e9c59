using System.Runtime.CompilerServices;
using System.Text.Json;
using ConsultEngine.Abstractions;
using ConsultEngine.Testing.Tools;
using Json.Schema;

namespace ConsultEngine.Plugins.FocusGroup.Tests;

/// <summary>
/// The tool on a <see cref="ToolTestBench"/>, with the host's payload check in front of every action:
/// a payload is first evaluated against the action's schema from the manifest (what the host does),
/// so the tests' payloads also prove the schemas and the tool agree.
/// </summary>
internal sealed class FocusGroupBench
{
    /// <summary>The config of the standard definition's 'run-focus-groups' step.</summary>
    public const string StandardConfig = """
        {
          "pilot": true,
          "channels": ["in-person"],
          "groups": 6,
          "participantsPerGroup": 10,
          "selectionCriteria": ["Phụ nữ", "Thanh niên", "Người cao tuổi", "Người dân tộc thiểu số", "Người khuyết tật", "Doanh nghiệp, hộ kinh doanh"],
          "guide": "Hướng dẫn thảo luận nhóm tập trung"
        }
        """;

    public FocusGroupBench(string config = StandardConfig) => Bench = new ToolTestBench(Tool, config) { StepId = "run-focus-groups" };

    public FocusGroupTool Tool { get; } = new();

    public ToolTestBench Bench { get; }

    public static bool SchemaAccepts(FocusGroupTool tool, string action, string payloadJson)
    {
        var schema = JsonSchema.FromText(tool.Manifest.Actions.Single(a => a.Name == action).PayloadSchema, new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        using var payload = JsonDocument.Parse(payloadJson);
        return schema.Evaluate(payload.RootElement, new EvaluationOptions { RequireFormatValidation = true }).IsValid;
    }

    /// <summary>Runs an action whose payload the schema accepts; its result.</summary>
    public async Task<JsonElement> RunAsync(string action, string payloadJson, string? actor = "lan")
    {
        Assert.True(SchemaAccepts(Tool, action, payloadJson), $"The schema of '{action}' refuses: {payloadJson}");
        var result = await Bench.ExecuteAsync(action, payloadJson, actor);
        return result ?? default;
    }

    /// <summary>Runs an action the schema accepts but the tool must refuse; the refusal.</summary>
    public async Task<ToolException> RefusedAsync(string action, string payloadJson, string? actor = "lan")
    {
        Assert.True(SchemaAccepts(Tool, action, payloadJson), $"The schema of '{action}' refuses: {payloadJson}");
        return await Assert.ThrowsAsync<ToolException>(() => Bench.ExecuteAsync(action, payloadJson, actor));
    }

    public Task<JsonElement> GuideAsync() => RunAsync("set-guide", """
        { "questions": [
          { "id": "thoi-quen", "text": { "vi": "Hiện nay gia đình, cơ sở của anh chị xử lý rác thải sinh hoạt như thế nào?", "en": "How does your household or business handle its waste today?" },
            "probes": [ { "vi": "Có phân loại không? Phân loại thành mấy loại?", "en": "Is it sorted? Into how many kinds?" } ] },
          { "id": "kho-khan", "text": { "vi": "Khó khăn lớn nhất khi phân loại rác tại nguồn là gì?", "en": "What is the main difficulty of sorting waste at source?" } },
          { "id": "muc-phi", "text": { "vi": "Anh chị nghĩ gì về việc tính phí thu gom theo khối lượng?", "en": "What do you think of a collection fee by volume?" } },
          { "id": "de-xuat", "text": { "vi": "Anh chị đề xuất gì với HĐND tỉnh?", "en": "What do you propose to the Provincial People's Council?" } }
        ] }
        """);

    public Task<JsonElement> WomenGroupAsync(int plannedSize = 8) => RunAsync("define-group", $$"""
        { "id": "phu-nu", "name": { "vi": "Nhóm phụ nữ", "en": "Women" },
          "criteria": [ { "label": "Phụ nữ", "attribute": "gender", "values": ["nữ"] } ],
          "plannedSize": {{plannedSize}},
          "meeting": { "at": "2026-03-10T08:30:00+07:00", "place": "Nhà văn hoá tổ dân phố 5, phường Hải Châu" },
          "facilitator": "Nguyễn Thị Hoa (Hội LHPN)" }
        """);

    public Task<JsonElement> BusinessGroupAsync() => RunAsync("define-group", """
        { "id": "ho-kinh-doanh", "name": { "vi": "Hộ kinh doanh", "en": "Household businesses" },
          "criteria": [ { "label": "Doanh nghiệp, hộ kinh doanh" } ], "plannedSize": 8 }
        """);

    /// <summary>Participants PN-01..PN-nn of the women's group (gender 'nữ').</summary>
    public Task<JsonElement> WomenAsync(int count, int first = 1) => RunAsync("add-participants", $$"""
        { "group": "phu-nu", "participants": [ {{string.Join(", ", Enumerable.Range(first, count).Select(i =>
            $$"""{ "code": "PN-{{i:00}}", "attributes": { "gender": "nữ", "ageBand": "{{(i % 2 == 0 ? "30-44" : "45-59")}}", "commune": "Hải Châu" }, "consent": { "given": true, "form": "oral" } }"""))}} ] }
        """);

    /// <summary>The repository root (with ConsultEngine.sln), found from this source file.</summary>
    public static string RepositoryRoot([CallerFilePath] string here = "")
    {
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(here)!); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ConsultEngine.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root was not found above " + here);
    }
}
