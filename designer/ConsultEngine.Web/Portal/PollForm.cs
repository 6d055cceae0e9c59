using System.Text.Json;
using ConsultEngine.Definitions.Model;
using ConsultEngine.Hosting.Tools;

namespace ConsultEngine.Web.Portal;

/// <summary>A poll as the public sees it: its questions and options, its window, what identifies a voter.</summary>
public sealed record PollForm(string Status, DateTimeOffset OpensAt, DateTimeOffset ClosesAt, IReadOnlyList<PollQuestionView> Questions)
{
    /// <summary><c>phone</c> (the default) or <c>citizen-id</c>, from the step's config.</summary>
    public string Verification { get; init; } = "phone";

    /// <summary>Whether a second vote replaces the first (otherwise it is refused).</summary>
    public bool AllowVoteChange { get; init; }

    public bool IsOpen => string.Equals(Status, "open", StringComparison.Ordinal);
}

public sealed record PollQuestionView(string Id, LocalizedText? Title, string Choice, int MaxChoices, IReadOnlyList<PollOptionView> Options)
{
    public bool IsMultiple => string.Equals(Choice, "multiple", StringComparison.Ordinal);
}

public sealed record PollOptionView(string Value, LocalizedText? Label);

/// <summary>Reads a poll through the tool's public <c>tally</c> action (questions, options, window) and the step's config.</summary>
internal static class PollForms
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The poll, or <see langword="null"/> when it is not set up yet.</summary>
    public static async Task<PollForm?> ReadAsync(IToolSteps tools, Guid instanceId, string stepId, JsonElement? config, string language, CancellationToken cancellationToken)
    {
        JsonElement? tally;
        try
        {
            using var empty = JsonDocument.Parse("{}");
            tally = await tools.ExecuteAsync(instanceId, stepId, "tally", empty.RootElement, ToolCaller.Public(language), cancellationToken).ConfigureAwait(false);
        }
        catch (ConsultEngine.Abstractions.ToolException error) when (error.Code == "CE9301")
        {
            return null;
        }

        var poll = tally?.Deserialize<PollForm>(Json);
        if (poll is null)
        {
            return null;
        }

        var settings = config is { ValueKind: JsonValueKind.Object } c ? c : default;
        return poll with
        {
            Verification = settings.ValueKind == JsonValueKind.Object && settings.TryGetProperty("verification", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "phone",
            AllowVoteChange = settings.ValueKind == JsonValueKind.Object && settings.TryGetProperty("allowVoteChange", out var change) && change.ValueKind == JsonValueKind.True,
        };
    }
}
