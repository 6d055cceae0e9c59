using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.PublicHearing;

/// <summary>
/// The hearing's manifest: its config schema (a superset of the placeholder the definitions were
/// validated with) and its actions. Payload schemas give the shape; the hearing's coded checks
/// (CE94xx) apply beyond it, so that a person sees a reason, not a schema error.
/// </summary>
internal static class PublicHearingManifest
{
    public const string AddSession = "add-session";
    public const string UpdateSession = "update-session";
    public const string Register = "register";
    public const string CancelRegistration = "cancel-registration";
    public const string CheckIn = "check-in";
    public const string AddSpeaker = "add-speaker";
    public const string CodeOpinion = "code-opinion";
    public const string RecordMinutes = "record-minutes";
    public const string Roster = "roster";

    private const string ConfigSchema = """
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "type": "object",
          "additionalProperties": false,
          "properties": {
            "contracted": { "type": "boolean", "description": "Run by a contracted organisation." },
            "pilot": { "type": "boolean", "description": "Pilot-test the tool before it is carried out." },
            "channels": { "type": "array", "items": { "enum": ["web", "enumerator", "paper", "import", "in-person", "sms"] }, "minItems": 1, "uniqueItems": true },
            "openFor": { "type": "string", "format": "duration", "description": "How long the tool collects input." },
            "guide": { "type": "string", "description": "The guidance document of the tool for this consultation." },
            "sessions": { "type": "integer", "minimum": 1, "description": "How many sessions the hearing holds at most." },
            "capacity": { "type": "integer", "minimum": 1, "description": "The seats of a session that names no capacity of its own." },
            "registration": { "type": "boolean", "description": "Whether the public registers in advance (default true); without, only staff register people (walk-ins)." },
            "round": { "type": "integer", "minimum": 1, "description": "Which round of hearings this is." }
          }
        }
        """;

    private const string Text = """{ "oneOf": [ { "type": "string" }, { "type": "object", "additionalProperties": false, "properties": { "vi": { "type": "string" }, "en": { "type": "string" } } } ] }""";

    private const string Respondent = """{ "type": "object", "additionalProperties": false, "properties": { "province": { "type": "string" }, "commune": { "type": "string" }, "communeCode": { "type": "string" }, "district": { "type": "string" }, "gender": { "type": "string" }, "ageBand": { "type": "string" }, "ethnicity": { "type": "string" }, "occupation": { "type": "string" } } }""";

    private static readonly string SessionSchema = Schema("""
        "id": { "type": "string", "description": "Lower-case letters, digits and '-'." },
        "title": TEXT,
        "venue": { "type": "string" },
        "address": { "type": "string" },
        "startsAt": { "type": "string", "format": "date-time" },
        "endsAt": { "type": "string", "format": "date-time" },
        "capacity": { "type": "integer", "description": "Default: the config's capacity." }
        """);

    private static readonly string RegisterSchema = Schema("""
        "sessionId": { "type": "string" },
        "fullName": { "type": "string", "description": "Kept only as initials and the given name." },
        "phone": { "type": "string", "description": "Optional; kept only as a keyed hash, to find a second registration for the same session." },
        "respondent": RESPONDENT
        """);

    private static readonly string CancelSchema = Schema("""
        "sessionId": { "type": "string" },
        "registrationId": { "type": "string" },
        "phone": { "type": "string", "description": "Required of the public: the number the registration was made with." }
        """);

    private static readonly string CheckInSchema = Schema("""
        "sessionId": { "type": "string" },
        "registrationId": { "type": "string" }
        """);

    private static readonly string SpeakerSchema = Schema("""
        "sessionId": { "type": "string" },
        "name": { "type": "string", "description": "Kept only as initials and the given name; default: the registration's." },
        "registrationId": { "type": "string" },
        "organisation": { "type": "string" },
        "respondent": RESPONDENT,
        "opinions": {
          "type": "array",
          "items": {
            "type": "object", "additionalProperties": false,
            "properties": {
              "text": { "type": "string" },
              "stance": { "enum": ["support", "oppose", "amend", "other"] },
              "article": { "type": "string" }
            }
          }
        }
        """);

    private static readonly string CodeSchema = Schema("""
        "inputId": { "type": "string", "format": "uuid" },
        "themes": { "type": "array", "items": { "type": "string" } }
        """);

    private static readonly string MinutesSchema = Schema("""
        "sessionId": { "type": "string" },
        "summary": TEXT,
        "conclusions": { "type": "array", "items": { "type": "string" } },
        "attendance": { "type": "integer", "description": "Default: the number checked in." },
        "adoptedBy": { "type": "string" }
        """);

    private static readonly string RosterSchema = Schema("""
        "sessionId": { "type": "string", "description": "Default: every session." }
        """);

    public static ToolManifest Create() => new()
    {
        Id = PublicHearingTool.ToolId,
        Version = "1.0.0",
        Title = new LocalText("Điều trần công khai", "Public hearing"),
        Description = new LocalText(
            "Các phiên điều trần (địa điểm, thời gian, sức chứa), đăng ký và danh sách chờ, điểm danh, người phát biểu và ý kiến, biên bản.",
            "Hearing sessions (venue, time, capacity), registration and waiting list, attendance, speakers and their opinions, minutes."),
        BuiltForSdk = new SdkVersion(Sdk.Major, Sdk.Minor),
        ConfigSchema = ConfigSchema,
        DurationConfigProperties = ["openFor"],
        Channels = [InputChannel.Enumerator, InputChannel.Paper],
        Actions =
        [
            new ToolAction(AddSession, new LocalText("Thêm phiên điều trần", "Add a session"), ToolAudience.Staff, SessionSchema),
            new ToolAction(UpdateSession, new LocalText("Cập nhật phiên điều trần", "Update a session"), ToolAudience.Staff, SessionSchema),
            new ToolAction(Register, new LocalText("Đăng ký tham dự", "Register to attend"), ToolAudience.Public, RegisterSchema),
            new ToolAction(CancelRegistration, new LocalText("Hủy đăng ký", "Cancel a registration"), ToolAudience.Public, CancelSchema),
            new ToolAction(CheckIn, new LocalText("Điểm danh", "Check in"), ToolAudience.Staff, CheckInSchema),
            new ToolAction(AddSpeaker, new LocalText("Ghi nhận người phát biểu và ý kiến", "Add a speaker and their opinions"), ToolAudience.Staff, SpeakerSchema),
            new ToolAction(CodeOpinion, new LocalText("Mã hóa ý kiến theo chủ đề", "Code an opinion to themes"), ToolAudience.Staff, CodeSchema),
            new ToolAction(RecordMinutes, new LocalText("Ghi biên bản phiên điều trần", "Record a session's minutes"), ToolAudience.Staff, MinutesSchema),
            new ToolAction(Roster, new LocalText("Danh sách đăng ký, chờ và điểm danh", "Registrations, waiting list and attendance"), ToolAudience.Staff, RosterSchema) { ReadOnly = true },
        ],
    };

    private static string Schema(string properties) =>
        $$"""{ "type": "object", "additionalProperties": false, "properties": { {{properties.Replace("TEXT", Text, StringComparison.Ordinal).Replace("RESPONDENT", Respondent, StringComparison.Ordinal)}} } }""";
}
