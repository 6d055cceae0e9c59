using System.Text.Json;

namespace ConsultEngine.Web.Portal;

/// <summary>Which page of the portal serves a tool step: the tools the public takes part in without signing in.</summary>
public enum PublicToolKind
{
    Survey,
    Poll,
    Hearing,
}

/// <summary>
/// The tools the portal offers to the public, by step type. A step of another tool (a focus group,
/// staff-only work) never appears on the portal; a survey or poll whose config closes the web channel
/// does not either, nor a hearing whose config turns public registration off.
/// </summary>
internal static class PublicTools
{
    public const string SurveyTool = "survey";
    public const string PollTool = "online-poll";
    public const string HearingTool = "public-hearing";

    /// <summary>The kind of a step type such as <c>tool:survey@1</c>, or <see langword="null"/> when the public has no page for it.</summary>
    public static PublicToolKind? KindOf(string stepType)
    {
        if (!stepType.StartsWith("tool:", StringComparison.Ordinal))
        {
            return null;
        }

        var at = stepType.IndexOf('@', StringComparison.Ordinal);
        var id = at < 0 ? stepType[5..] : stepType[5..at];
        return id switch
        {
            SurveyTool => PublicToolKind.Survey,
            PollTool => PublicToolKind.Poll,
            HearingTool => PublicToolKind.Hearing,
            _ => null,
        };
    }

    /// <summary>Whether the step's config lets the public in (web channel for surveys and polls, registration for hearings).</summary>
    public static bool OpenToPublic(PublicToolKind kind, JsonElement? config)
    {
        var settings = config is { ValueKind: JsonValueKind.Object } c ? c : default;
        return kind switch
        {
            PublicToolKind.Hearing => settings.ValueKind != JsonValueKind.Object
                || !settings.TryGetProperty("registration", out var registration)
                || registration.ValueKind != JsonValueKind.False,
            _ => settings.ValueKind != JsonValueKind.Object
                || !settings.TryGetProperty("channels", out var channels)
                || channels.ValueKind != JsonValueKind.Array
                || channels.EnumerateArray().Any(ch => ch.ValueKind == JsonValueKind.String && ch.GetString() == "web"),
        };
    }

    /// <summary>The path segment of the tool's page: <c>/consultations/{id}/{segment}/{step}</c>.</summary>
    public static string Segment(PublicToolKind kind) => kind switch
    {
        PublicToolKind.Survey => "survey",
        PublicToolKind.Poll => "poll",
        _ => "hearing",
    };
}
