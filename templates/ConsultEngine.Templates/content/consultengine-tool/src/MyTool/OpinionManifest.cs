using ConsultEngine.Abstractions;

namespace MyTool;

/// <summary>The tool's manifest: definitions name its steps <c>tool:my-tool@1</c>.</summary>
internal static class OpinionManifest
{
    public const string Id = "my-tool";

    public static ToolManifest Manifest { get; } = new()
    {
        Id = Id,
        Version = "1.0.0",
        Title = new LocalText("Lấy ý kiến", "Opinions"),
        Description = new LocalText(
            "Người dân cho biết đồng ý hay không với đề xuất và có thể viết thêm ý kiến.",
            "Citizens say whether they agree with the proposal and may add a comment."),
        // The constants are compiled into the plugin: they record the SDK it was built for.
        BuiltForSdk = new SdkVersion(Sdk.Major, Sdk.Minor),
        // Raise it when a config change breaks the definitions that use the tool.
        StepTypeMajor = 1,
        ConfigSchema = """
            {
              "$schema": "https://json-schema.org/draft/2020-12/schema",
              "type": "object",
              "additionalProperties": false,
              "properties": {
                "pilot": { "type": "boolean", "description": "Opinions collected while the form is tried out: kept, not counted." },
                "maxLength": { "type": "integer", "minimum": 50, "maximum": 20000, "description": "The longest comment accepted (2000 unless set)." }
              }
            }
            """,
        Channels = [InputChannel.Web, InputChannel.Paper],
    };
}
