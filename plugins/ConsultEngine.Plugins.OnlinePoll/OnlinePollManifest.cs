using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.OnlinePoll;

/// <summary>The poll's manifest: its config schema (a superset of the placeholder the definitions were validated with) and its actions.</summary>
internal static class OnlinePollManifest
{
    public const string SetUp = "set-up";

    public const string Tally = "tally";

    private const string ConfigSchema = """
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "type": "object",
          "additionalProperties": false,
          "properties": {
            "contracted": { "type": "boolean", "description": "Run by a contracted organisation." },
            "pilot": { "type": "boolean", "description": "Pilot-test the tool before it is carried out." },
            "channels": { "type": "array", "items": { "enum": ["web", "enumerator", "paper", "import", "in-person", "sms"] }, "minItems": 1, "uniqueItems": true, "description": "Where votes come from: 'web' for the portal, 'enumerator' or 'sms' for votes entered by staff (SMS, phone-assisted). Absent: both." },
            "openFor": { "type": "string", "format": "duration", "description": "How long the poll stays open when the set-up names no close time." },
            "guide": { "type": "string", "description": "The guidance document of the tool for this consultation." },
            "verification": { "enum": ["phone", "citizen-id", "none"], "description": "What a voter is verified by (one vote per number): a mobile phone number (default) or a citizen ID number; 'none' asks no number, so nothing stops a second vote and the results are indicative only." },
            "confirmBy": { "enum": ["none", "sms-code"], "description": "How a voter proves the number (verification 'phone' only): 'sms-code' sends a one-time code by SMS and counts a web vote only with the confirmed code; 'none' (default) proves nothing, so the results say they are indicative only." },
            "allowVoteChange": { "type": "boolean", "description": "A second vote by the same person replaces the first until the close time (default: refused)." },
            "questions": { "type": "integer", "minimum": 1, "description": "The most questions the poll may ask (the questions themselves come with the 'set-up' action)." },
            "publishTallies": { "type": "boolean", "description": "Show the live tallies to the public: on the poll's public page and to a public caller of 'tally' (default: staff only)." }
          },
          "if": { "properties": { "confirmBy": { "const": "sms-code" } }, "required": ["confirmBy"] },
          "then": { "properties": { "verification": { "const": "phone" } } }
        }
        """;

    private const string SetUpSchema = """
        {
          "type": "object",
          "additionalProperties": false,
          "description": "The poll's coded checks (CE9303-CE9306) apply beyond this shape. Without 'closesAt' the poll closes 'openFor' (config) after 'opensAt' (default: now).",
          "properties": {
            "opensAt": { "type": "string", "format": "date-time" },
            "closesAt": { "type": "string", "format": "date-time" },
            "questions": {
              "type": "array",
              "items": {
                "type": "object",
                "additionalProperties": false,
                "properties": {
                  "id": { "type": "string", "description": "Letters, digits, - or _ (at most 64)." },
                  "title": { "$ref": "#/$defs/text" },
                  "choice": { "enum": ["single", "multiple"] },
                  "maxChoices": { "type": "integer", "description": "Multiple choice only: at most this many options (default: all)." },
                  "options": {
                    "type": "array", "description": "At least two options.",
                    "items": {
                      "type": "object",
                      "additionalProperties": false,
                      "properties": {
                        "value": { "type": "string", "description": "Letters, digits, - or _ (at most 64)." },
                        "label": { "$ref": "#/$defs/text" }
                      }
                    }
                  }
                }
              }
            }
          },
          "$defs": {
            "text": {
              "oneOf": [
                { "type": "string" },
                { "type": "object", "additionalProperties": false, "properties": { "vi": { "type": "string" }, "en": { "type": "string" } } }
              ]
            }
          }
        }
        """;

    private const string TallySchema = """
        { "type": "object", "additionalProperties": false, "properties": {} }
        """;

    public static ToolManifest Create() => new()
    {
        Id = OnlinePollTool.ToolId,
        Version = "1.0.0",
        Title = new LocalText("Bình chọn trực tuyến", "Online poll"),
        Description = new LocalText(
            "Câu hỏi có phương án lựa chọn, thời gian mở và đóng, mỗi người đã xác thực (số điện thoại hoặc số định danh cá nhân) bình chọn một lần, kết quả trực tiếp.",
            "Questions with options, an open and a close time, one vote per verified person (phone or citizen ID number), live tallies."),
        BuiltForSdk = new SdkVersion(Sdk.Major, Sdk.Minor),
        ConfigSchema = ConfigSchema,
        DurationConfigProperties = ["openFor"],
        Channels = [InputChannel.Web, InputChannel.Enumerator],
        Actions =
        [
            new ToolAction(SetUp, new LocalText("Thiết lập câu hỏi và thời gian bình chọn", "Set up the questions and the voting window"), ToolAudience.Staff, SetUpSchema),
            new ToolAction(Tally, new LocalText("Kết quả bình chọn trực tiếp", "Live tallies"), ToolAudience.Public, TallySchema) { ReadOnly = true },
        ],
    };
}
