using System.Text.Json;
using ConsultEngine.Abstractions;
using ConsultEngine.Testing.Tools;

namespace ConsultEngine.Plugins.DraftComments.Tests;

/// <summary>
/// The tool on a <see cref="ToolTestBench"/> with the config of the example definition
/// (<c>Definitions/draft-comments.json</c>: a draft resolution on parking fees, three articles with their text).
/// </summary>
internal static class DraftBench
{
    public static string DefinitionsFolder { get; } = Path.Combine(AppContext.BaseDirectory, "Definitions");

    /// <summary>The config of the example definition's <c>comments</c> step.</summary>
    public static string ExampleConfig { get; } = ReadExampleConfig();

    public static DraftCommentsTool Tool { get; } = new();

    public static ToolTestBench New(string? config = null) => new(Tool, config ?? ExampleConfig) { StepId = "comments" };

    /// <summary>A comment as the portal posts it: <c>{ subject, text, answers: { stance, wording } }</c>.</summary>
    public static Submission Comment(string? subject, string? text, string? stance = null, string? wording = null, string? identifier = null) => new()
    {
        Channel = InputChannel.Web,
        Subject = subject,
        Text = text,
        Identifier = identifier,
        Answers = JsonSerializer.SerializeToElement(new Dictionary<string, string?> { ["stance"] = stance, ["wording"] = wording }),
    };

    public static JsonElement Body(string json) => ToolTestBench.Parse(json);

    private static string ReadExampleConfig()
    {
        using var definition = JsonDocument.Parse(File.ReadAllText(Path.Combine(DefinitionsFolder, "draft-comments.json")));
        var step = definition.RootElement.GetProperty("phases")[0].GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("id").GetString() == "comments");
        return step.GetProperty("config").GetRawText();
    }
}
