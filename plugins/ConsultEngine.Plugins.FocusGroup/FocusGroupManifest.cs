using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.FocusGroup;

/// <summary>The manifest of the focus-group tool: its config schema and its actions with their payload schemas.</summary>
internal static class FocusGroupManifest
{
    /// <summary>
    /// Accepts every property of the placeholder descriptor the definitions were written against
    /// (<c>StandardToolTypes.FocusGroup</c>), with the same constraints, so that existing definitions
    /// keep validating.
    /// </summary>
    public const string ConfigSchema = """
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "type": "object",
          "additionalProperties": false,
          "properties": {
            "contracted": { "type": "boolean", "description": "Run by a contracted organisation." },
            "pilot": { "type": "boolean", "description": "Pilot-test the guide with a trial group before the focus groups are held." },
            "channels": { "type": "array", "items": { "enum": ["web", "enumerator", "paper", "import", "in-person", "sms"] }, "minItems": 1, "uniqueItems": true },
            "openFor": { "type": "string", "format": "duration", "description": "How long the focus groups are held for." },
            "guide": { "type": "string", "description": "The guidance document for the focus groups of this consultation." },
            "groups": { "type": "integer", "minimum": 1, "description": "How many groups are held (pilot groups included)." },
            "participantsPerGroup": { "type": "integer", "minimum": 2, "maximum": 20, "description": "The most participants a group's roster may hold." },
            "selectionCriteria": { "type": "array", "items": { "type": "string" }, "description": "The criteria groups are selected by; a group's criteria are taken from these." }
          }
        }
        """;

    private const string Empty = """{ "type": "object", "additionalProperties": false }""";

    private const string Id = """{ "type": "string", "pattern": "^[a-z0-9][a-z0-9-]{0,39}$" }""";

    private const string Text = """
        { "type": "object", "required": ["vi"], "additionalProperties": false,
          "properties": { "vi": { "type": "string", "minLength": 1 }, "en": { "type": "string", "minLength": 1 } } }
        """;

    private const string InputId = """{ "type": "string", "format": "uuid" }""";

    private const string Attributes = """
        { "type": "object", "additionalProperties": false, "properties": {
            "province": { "type": "string" }, "commune": { "type": "string" }, "communeCode": { "type": "string" },
            "district": { "type": "string" }, "gender": { "type": "string" },
            "ageBand": { "type": "string" }, "ethnicity": { "type": "string" }, "occupation": { "type": "string" } } }
        """;

    public static IReadOnlyList<ToolAction> Actions { get; } =
    [
        Staff("define-group", "Xác định nhóm", "Define a group", $$"""
            { "type": "object", "required": ["id", "criteria", "plannedSize"], "additionalProperties": false, "properties": {
                "id": {{Id}},
                "name": {{Text}},
                "criteria": { "type": "array", "minItems": 1, "items": {
                    "type": "object", "required": ["label"], "additionalProperties": false, "properties": {
                      "label": { "type": "string", "minLength": 1 },
                      "attribute": { "enum": ["province", "commune", "district", "gender", "ageBand", "ethnicity", "occupation"] },
                      "values": { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } } },
                    "dependentRequired": { "attribute": ["values"], "values": ["attribute"] } } },
                "plannedSize": { "type": "integer", "minimum": 2, "maximum": 20 },
                "meeting": { "type": "object", "required": ["at", "place"], "additionalProperties": false, "properties": {
                    "at": { "type": "string", "format": "date-time" }, "place": { "type": "string", "minLength": 1 } } },
                "facilitator": { "type": "string", "minLength": 1 },
                "pilot": { "type": "boolean" } } }
            """),
        Staff("remove-group", "Xoá nhóm", "Remove a group", $$"""
            { "type": "object", "required": ["id"], "additionalProperties": false, "properties": { "id": {{Id}} } }
            """),
        Staff("add-participants", "Thêm người tham gia", "Add participants", $$"""
            { "type": "object", "required": ["group", "participants"], "additionalProperties": false, "properties": {
                "group": {{Id}},
                "participants": { "type": "array", "minItems": 1, "maxItems": 20, "items": {
                    "type": "object", "required": ["code", "consent"], "additionalProperties": false, "properties": {
                      "code": { "type": "string", "pattern": "^[A-Za-z0-9][A-Za-z0-9._-]{0,23}$" },
                      "attributes": {{Attributes}},
                      "meets": { "type": "array", "items": { "type": "string", "minLength": 1 }, "uniqueItems": true },
                      "consent": { "type": "object", "required": ["given"], "additionalProperties": false, "properties": {
                          "given": { "type": "boolean" }, "form": { "enum": ["oral", "written"] },
                          "at": { "type": "string", "format": "date-time" }, "recordedBy": { "type": "string" } } } } } } } }
            """),
        Staff("remove-participant", "Bỏ người tham gia", "Remove a participant", $$"""
            { "type": "object", "required": ["group", "code"], "additionalProperties": false, "properties": {
                "group": {{Id}}, "code": { "type": "string", "minLength": 1 } } }
            """),
        Staff("set-guide", "Đặt hướng dẫn thảo luận", "Set the discussion guide", $$"""
            { "type": "object", "required": ["questions"], "additionalProperties": false, "properties": {
                "questions": { "type": "array", "minItems": 1, "items": {
                    "type": "object", "required": ["id", "text"], "additionalProperties": false, "properties": {
                      "id": {{Id}}, "text": {{Text}}, "probes": { "type": "array", "items": {{Text}} } } } } } }
            """),
        Staff("reorder-guide", "Sắp xếp lại hướng dẫn", "Reorder the guide", $$"""
            { "type": "object", "required": ["order"], "additionalProperties": false, "properties": {
                "order": { "type": "array", "minItems": 1, "items": {{Id}} } } }
            """),
        Staff("record-passages", "Ghi biên bản thảo luận", "Record discussion passages", $$"""
            { "type": "object", "required": ["group", "passages"], "additionalProperties": false, "properties": {
                "group": {{Id}},
                "passages": { "type": "array", "minItems": 1, "maxItems": 500, "items": {
                    "type": "object", "required": ["question", "text"], "additionalProperties": false, "properties": {
                      "id": {{InputId}}, "question": {{Id}}, "participant": { "type": "string", "minLength": 1 },
                      "text": { "type": "string", "minLength": 1, "maxLength": 10000 },
                      "at": { "type": "string", "format": "date-time" } } } } } }
            """),
        Staff("define-theme", "Xác định chủ đề mã hoá", "Define a codebook theme", $$"""
            { "type": "object", "required": ["id", "label"], "additionalProperties": false, "properties": {
                "id": {{Id}}, "label": {{Text}}, "description": {{Text}} } }
            """),
        Staff("remove-theme", "Xoá chủ đề mã hoá", "Remove a codebook theme", $$"""
            { "type": "object", "required": ["id"], "additionalProperties": false, "properties": { "id": {{Id}} } }
            """),
        Staff("code-passage", "Mã hoá đoạn trích", "Code a passage", $$"""
            { "type": "object", "required": ["inputId", "themes"], "additionalProperties": false, "properties": {
                "inputId": {{InputId}}, "themes": { "type": "array", "minItems": 1, "uniqueItems": true, "items": {{Id}} } } }
            """),
        Staff("second-code-passage", "Mã hoá độc lập (người mã hoá thứ hai)", "Code a passage blind (second coder)", $$"""
            { "type": "object", "required": ["inputId", "themes"], "additionalProperties": false, "properties": {
                "inputId": {{InputId}}, "themes": { "type": "array", "uniqueItems": true, "items": {{Id}} } } }
            """),
        Staff("uncode", "Bỏ mã hoá", "Uncode a passage", $$"""
            { "type": "object", "required": ["inputId"], "additionalProperties": false, "properties": {
                "inputId": {{InputId}}, "themes": { "type": "array", "minItems": 1, "uniqueItems": true, "items": {{Id}} } } }
            """),
        Staff("mark-duplicate", "Đánh dấu trùng lặp", "Mark a passage duplicate", $$"""
            { "type": "object", "required": ["inputId"], "additionalProperties": false, "properties": {
                "inputId": {{InputId}}, "of": {{InputId}}, "duplicate": { "type": "boolean" } } }
            """),
        Read("list-groups", "Danh sách nhóm", "List the groups", Empty),
        Read("get-roster", "Danh sách người tham gia", "Show a group's roster", $$"""
            { "type": "object", "required": ["group"], "additionalProperties": false, "properties": { "group": {{Id}} } }
            """),
        Read("get-guide", "Hướng dẫn thảo luận", "Show the discussion guide", Empty),
        Read("get-codebook", "Bộ mã chủ đề", "Show the codebook", Empty),
        Read("coverage", "Mức độ bao quát câu hỏi", "Guide coverage by group", Empty),
    ];

    public static ToolManifest Create() => new()
    {
        Id = FocusGroupTool.ToolId,
        Version = "1.0.0",
        Title = new LocalText("Thảo luận nhóm tập trung", "Focus group"),
        Description = new LocalText(
            "Nhóm và tiêu chí lựa chọn, danh sách người tham gia (mã ẩn danh), hướng dẫn thảo luận, biên bản theo từng câu hỏi, bộ mã chủ đề và mã hoá.",
            "Groups and selection criteria, rosters of pseudonymous participants, the discussion guide, notes per guide question, a codebook and coding."),
        BuiltForSdk = new SdkVersion(Sdk.Major, Sdk.Minor),
        StepTypeMajor = 1,
        ConfigSchema = ConfigSchema,
        DurationConfigProperties = ["openFor"],
        Channels = [InputChannel.Enumerator, InputChannel.Paper],
        Actions = Actions,
    };

    private static ToolAction Staff(string name, string vi, string en, string schema) => new(name, new LocalText(vi, en), ToolAudience.Staff, schema);

    private static ToolAction Read(string name, string vi, string en, string schema) => Staff(name, vi, en, schema) with { ReadOnly = true };
}
