using System.Text.Json;
using ConsultEngine.Definitions.Model;

namespace ConsultEngine.Definitions.StepTypes;

/// <summary>The step types every engine knows, all at major version 1.</summary>
public static class BuiltInStepTypes
{
    public static StepTypeDescriptor Task { get; } = Human("task", "Nhiệm vụ", "Task", expectsOutcomes: false);

    public static StepTypeDescriptor Meeting { get; } = Human("meeting", "Cuộc họp", "Meeting", expectsOutcomes: false);

    public static StepTypeDescriptor Approval { get; } = Human("approval", "Phê duyệt", "Approval", expectsOutcomes: true);

    public static StepTypeDescriptor Decision { get; } = Human("decision", "Quyết định", "Decision", expectsOutcomes: true);

    /// <summary>Sends a message through the outbox to an audience.</summary>
    public static StepTypeDescriptor Notify { get; } = new("notify", 1, StepKind.Automatic)
    {
        Title = LocalizedText.Of("Thông báo", "Notification"),
        ConfigSchema = Parse("""
            {
              "type": "object",
              "required": ["audience", "message"],
              "additionalProperties": false,
              "properties": {
                "audience": { "type": "string", "minLength": 1 },
                "channels": { "type": "array", "items": { "enum": ["email", "sms", "portal", "post", "media"] }, "minItems": 1 },
                "message": {
                  "type": "object", "required": ["vi"], "additionalProperties": false,
                  "properties": { "vi": { "type": "string" }, "en": { "type": "string" } }
                },
                "notifies": { "enum": ["subscribers"] },
                "requires": { "enum": ["explanation-register"] }
              }
            }
            """),
    };

    /// <summary>Waits for a duration (a comment period, a statutory delay).</summary>
    public static StepTypeDescriptor Wait { get; } = new("wait", 1, StepKind.Automatic)
    {
        Title = LocalizedText.Of("Chờ", "Wait"),
        ConfigSchema = Parse("""
            {
              "type": "object",
              "required": ["for"],
              "additionalProperties": false,
              "properties": { "for": { "type": "string", "format": "duration" } }
            }
            """),
        DurationConfigProperties = ["for"],
    };

    public static IReadOnlyList<StepTypeDescriptor> All { get; } = [Task, Meeting, Approval, Decision, Notify, Wait];

    private static StepTypeDescriptor Human(string name, string vi, string en, bool expectsOutcomes) => new(name, 1, StepKind.Human)
    {
        Title = LocalizedText.Of(vi, en),
        RequiresRole = true,
        SupportsOutcomes = true,
        ExpectsOutcomes = expectsOutcomes,
    };

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
