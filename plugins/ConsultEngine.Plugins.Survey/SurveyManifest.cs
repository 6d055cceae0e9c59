using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.Survey;

/// <summary>The survey's manifest: config schema (a superset of the placeholder the definitions validated against) and actions.</summary>
internal static class SurveyManifest
{
    public const string SetQuestionnaire = "set-questionnaire";
    public const string ImportXlsForm = "import-xlsform";
    public const string ImportResponses = "import-responses";
    public const string Export = "export";
    public const string EndPilot = "end-pilot";
    public const string GetQuestionnaire = "questionnaire";
    public const string Status = "status";

    private const string Label = """{ "type": "object", "additionalProperties": { "type": "string" } }""";

    private const string QuestionSchema = $$"""
        {
          "type": "object", "additionalProperties": false, "required": ["id", "type"],
          "properties": {
            "id": { "type": "string", "pattern": "^[A-Za-z][A-Za-z0-9_.\\-]{0,63}$" },
            "type": { "enum": ["single-choice", "multiple-choice", "likert", "number", "date", "text", "long-text", "ranking", "note", "calculate"] },
            "label": {{Label}}, "hint": {{Label}}, "constraintMessage": {{Label}},
            "required": { "type": "boolean" },
            "relevant": { "type": "string" }, "constraint": { "type": "string" },
            "calculation": { "type": "string" }, "choiceFilter": { "type": "string" },
            "options": { "type": "array", "items": { "type": "object", "additionalProperties": false, "required": ["value"],
              "properties": { "value": { "type": "string", "minLength": 1 }, "label": {{Label}}, "properties": {{Label}} } } },
            "min": { "type": "number" }, "max": { "type": "number" }, "integer": { "type": "boolean" },
            "maxLength": { "type": "integer", "minimum": 1 },
            "group": { "type": "string" }
          }
        }
        """;

    private const string GroupSchema = $$"""
        { "type": "object", "additionalProperties": false, "required": ["id"],
          "properties": { "id": { "type": "string" }, "label": {{Label}}, "relevant": { "type": "string" }, "parent": { "type": "string" } } }
        """;

    private const string Languages = """{ "type": "array", "items": { "type": "string", "pattern": "^[a-z]{2,3}(-[A-Za-z0-9]+)*$" }, "uniqueItems": true }""";

    public const string ConfigSchema = $$"""
        {
          "type": "object", "additionalProperties": false,
          "properties": {
            "contracted": { "type": "boolean", "description": "Run by a contracted organisation." },
            "pilot": { "type": "boolean", "description": "Start in pilot mode: inputs are flagged pilot and left out of results until end-pilot." },
            "channels": { "type": "array", "items": { "enum": ["web", "enumerator", "paper", "import", "in-person", "sms"] }, "minItems": 1, "uniqueItems": true },
            "openFor": { "type": "string", "format": "duration", "description": "How long the tool collects input." },
            "guide": { "type": "string", "description": "The guidance document of the tool for this consultation." },
            "questionnaire": { "type": "string", "description": "The questionnaire: a form id or an XLSForm file name (set it with set-questionnaire or import-xlsform)." },
            "sampleSize": { "type": "integer", "minimum": 1 },
            "quotas": { "type": "object", "additionalProperties": { "type": "object", "additionalProperties": { "type": "integer", "minimum": 0 } } },
            "quotaAction": { "enum": ["stop", "warn"], "description": "When a group's quota is full: refuse (stop, the default) or accept with a warning." },
            "languages": {{Languages}},
            "groups": { "type": "array", "items": {{GroupSchema}} },
            "questions": { "type": "array", "items": {{QuestionSchema}} }
          }
        }
        """;

    private const string QuestionnairePayload = $$"""
        {
          "type": "object", "additionalProperties": false, "required": ["questions"],
          "properties": {
            "title": {{Label}}, "languages": {{Languages}},
            "formId": { "type": "string" }, "formVersion": { "type": "string" },
            "groups": { "type": "array", "items": {{GroupSchema}} },
            "questions": { "type": "array", "minItems": 1, "items": {{QuestionSchema}} }
          }
        }
        """;

    private const string FilePayload = """
        {
          "type": "object", "additionalProperties": false, "required": ["contentBase64"],
          "properties": {
            "fileName": { "type": "string" },
            "format": { "enum": ["csv", "xlsx"] },
            "contentBase64": { "type": "string", "contentEncoding": "base64" }
          }
        }
        """;

    private const string ExportPayload = """
        {
          "type": "object", "additionalProperties": false, "required": ["format"],
          "properties": { "format": { "enum": ["csv", "xlsx"] }, "countedOnly": { "type": "boolean" }, "personal": { "type": "boolean" } }
        }
        """;

    private const string Empty = """{ "type": "object", "additionalProperties": false }""";

    public static ToolManifest Create() => new()
    {
        Id = SurveyTool.Id,
        Version = "1.0.0",
        Title = new LocalText("Khảo sát", "Survey"),
        Description = new LocalText(
            "Bảng hỏi có điều kiện hiển thị, ràng buộc và hạn ngạch; thử nghiệm; nhập XLSForm; nhập và xuất phiếu trả lời CSV/XLSX.",
            "Questionnaires with skip logic, constraints and quotas; pilot mode; XLSForm import; CSV/XLSX import and export of responses."),
        BuiltForSdk = new SdkVersion(Sdk.Major, Sdk.Minor),
        StepTypeMajor = 1,
        ConfigSchema = ConfigSchema,
        DurationConfigProperties = ["openFor"],
        Channels = [InputChannel.Web, InputChannel.Enumerator, InputChannel.Paper, InputChannel.Import],
        Actions =
        [
            new(SetQuestionnaire, new LocalText("Đặt bảng hỏi", "Set the questionnaire"), ToolAudience.Staff, QuestionnairePayload),
            new(ImportXlsForm, new LocalText("Nhập bảng hỏi XLSForm", "Import an XLSForm"), ToolAudience.Staff, FilePayload),
            new(ImportResponses, new LocalText("Nhập phiếu trả lời từ tệp", "Import responses from a file"), ToolAudience.Staff, FilePayload),
            new(Export, new LocalText("Xuất phiếu trả lời", "Export responses"), ToolAudience.Staff, ExportPayload) { ReadOnly = true },
            new(EndPilot, new LocalText("Kết thúc thử nghiệm", "End the pilot"), ToolAudience.Staff, Empty),
            new(GetQuestionnaire, new LocalText("Bảng hỏi", "The questionnaire"), ToolAudience.Public, Empty) { ReadOnly = true },
            new(Status, new LocalText("Tình hình khảo sát", "Survey status"), ToolAudience.Staff, Empty) { ReadOnly = true },
        ],
    };
}
