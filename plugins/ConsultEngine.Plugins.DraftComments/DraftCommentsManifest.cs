using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.DraftComments;

/// <summary>The manifest of the draft-comments tool: step type <c>tool:draft-comments@1</c>.</summary>
internal static class DraftCommentsManifest
{
    public const string Id = "draft-comments";

    public const string ArticlesAction = "articles";

    public const string CodeAction = "code";

    private const string LocalTextSchema = """
        { "type": "object", "required": ["vi"], "additionalProperties": false,
          "properties": { "vi": { "type": "string", "minLength": 1 }, "en": { "type": "string" } } }
        """;

    public static ToolManifest Manifest { get; } = new()
    {
        Id = Id,
        Version = "1.1.0",
        Title = new LocalText("Góp ý dự thảo", "Comments on a draft"),
        Description = new LocalText(
            "Người dân góp ý từng điều hoặc toàn bộ dự thảo văn bản (đồng ý, không đồng ý hoặc đề xuất sửa); kết quả là số góp ý và ý kiến theo điều, tỷ lệ và khoảng tin cậy 95%, cùng nội dung góp ý.",
            "Citizens comment on each article of a draft document or on the whole draft (agree, disagree or propose wording); the result is the number of comments and stances per article, their shares with 95% intervals, and the comments themselves."),
        // The constants are compiled into the plugin: they record the SDK it was built for.
        BuiltForSdk = new SdkVersion(Sdk.Major, Sdk.Minor),
        StepTypeMajor = 1,
        ConfigSchema = $$"""
            {
              "$schema": "https://json-schema.org/draft/2020-12/schema",
              "type": "object",
              "required": ["articles"],
              "additionalProperties": false,
              "properties": {
                "draft": {{LocalTextSchema}},
                "summary": {{LocalTextSchema}},
                "articles": {
                  "type": "array", "minItems": 1, "maxItems": 2000,
                  "items": {
                    "type": "object", "required": ["id", "title"], "additionalProperties": false,
                    "properties": {
                      "id": { "type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$", "not": { "const": "draft" }, "description": "'draft' names the whole draft." },
                      "title": {{LocalTextSchema}},
                      "paragraphs": { "type": "array", "items": {{LocalTextSchema}}, "description": "The article's text, shown to the public above its comment form." }
                    }
                  }
                },
                "maxLength": { "type": "integer", "minimum": 50, "maximum": 20000, "description": "The longest comment accepted, in characters (4000 unless set)." },
                "onePerPersonPerArticle": { "type": "boolean", "description": "A person who gives an identifier keeps one comment per article: a new one replaces the earlier (true unless set)." },
                "pilot": { "type": "boolean", "description": "Comments are collected while the draft page is being tried out: they are kept but not counted." },
                "openFor": { "type": "string", "format": "duration", "description": "How long comments are collected." },
                "channels": { "type": "array", "items": { "enum": ["web", "paper"] }, "minItems": 1, "uniqueItems": true }
              }
            }
            """,
        DurationConfigProperties = ["openFor"],
        Channels = [InputChannel.Web, InputChannel.Paper],
        Actions =
        [
            new ToolAction(ArticlesAction, new LocalText("Các điều của dự thảo", "Articles of the draft"), ToolAudience.Public, """
                { "type": "object", "additionalProperties": false }
                """)
            {
                ReadOnly = true,
            },
            new ToolAction(CodeAction, new LocalText("Mã hoá góp ý", "Code a comment"), ToolAudience.Staff, """
                {
                  "type": "object", "required": ["inputId", "themes"], "additionalProperties": false,
                  "properties": {
                    "inputId": { "type": "string", "format": "uuid" },
                    "themes": { "type": "array", "items": { "type": "string", "minLength": 1 }, "uniqueItems": true }
                  }
                }
                """),
        ],
    };
}
