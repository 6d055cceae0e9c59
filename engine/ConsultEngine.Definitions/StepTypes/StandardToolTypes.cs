using System.Text.Json;
using ConsultEngine.Definitions.Model;

namespace ConsultEngine.Definitions.StepTypes;

/// <summary>
/// The step types of the four consultation tools the standard process names. Their behaviour comes
/// from plugins; these descriptors let definitions be validated (type, version, config) by a host
/// that has not loaded the plugins, such as <c>consult validate</c>. A host that loads the plugins
/// registers the plugins' own descriptors instead.
/// </summary>
public static class StandardToolTypes
{
    private const string Common = """
        "contracted": { "type": "boolean", "description": "Run by a contracted organisation." },
        "pilot": { "type": "boolean", "description": "Pilot-test the tool before it is carried out." },
        "channels": { "type": "array", "items": { "enum": ["web", "enumerator", "paper", "import", "in-person", "sms"] }, "minItems": 1, "uniqueItems": true },
        "openFor": { "type": "string", "format": "duration", "description": "How long the tool collects input." },
        "guide": { "type": "string", "description": "The guidance document of the tool for this consultation." }
        """;

    public static StepTypeDescriptor Survey { get; } = Tool("survey", "Khảo sát", "Survey", """
        "questionnaire": { "type": "string", "description": "The questionnaire: a form id or an XLSForm file name." },
        "sampleSize": { "type": "integer", "minimum": 1 },
        "quotas": { "type": "object", "additionalProperties": { "type": "object", "additionalProperties": { "type": "integer", "minimum": 0 } } }
        """);

    public static StepTypeDescriptor PublicHearing { get; } = Tool("public-hearing", "Điều trần công khai", "Public hearing", """
        "sessions": { "type": "integer", "minimum": 1 },
        "capacity": { "type": "integer", "minimum": 1 },
        "registration": { "type": "boolean" },
        "round": { "type": "integer", "minimum": 1 }
        """);

    public static StepTypeDescriptor FocusGroup { get; } = Tool("focus-group", "Thảo luận nhóm tập trung", "Focus group", """
        "groups": { "type": "integer", "minimum": 1 },
        "participantsPerGroup": { "type": "integer", "minimum": 2, "maximum": 20 },
        "selectionCriteria": { "type": "array", "items": { "type": "string" } }
        """);

    public static StepTypeDescriptor OnlinePoll { get; } = Tool("online-poll", "Bình chọn trực tuyến", "Online poll", """
        "verification": { "enum": ["phone", "citizen-id", "none"] },
        "allowVoteChange": { "type": "boolean" },
        "questions": { "type": "integer", "minimum": 1 },
        "publishTallies": { "type": "boolean" }
        """);

    public static IReadOnlyList<StepTypeDescriptor> All { get; } = [Survey, PublicHearing, FocusGroup, OnlinePoll];

    /// <summary>A registry with the built-in types and the four standard tools.</summary>
    public static StepTypeRegistry CreateRegistry()
    {
        var registry = StepTypeRegistry.CreateWithBuiltIns();
        foreach (var tool in All)
        {
            registry.Add(tool);
        }

        return registry;
    }

    private static StepTypeDescriptor Tool(string id, string vi, string en, string properties)
    {
        using var schema = JsonDocument.Parse($$"""
            { "type": "object", "additionalProperties": false, "properties": { {{Common}}, {{properties}} } }
            """);
        return new StepTypeDescriptor(StepTypeName.ToolPrefix + id, 1, StepKind.Tool)
        {
            Title = LocalizedText.Of(vi, en),
            ConfigSchema = schema.RootElement.Clone(),
            DurationConfigProperties = ["openFor"],

            // A tool step may close with an outcome that routes (a pilot found problems: back to adjusting the tools).
            SupportsOutcomes = true,
        };
    }
}
