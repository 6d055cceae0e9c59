using System.Text.Json;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.DraftComments;

/// <summary>An article of the draft (<c>dieu-3</c>, "Điều 3. Mức thu phí") and its text, paragraph by paragraph.</summary>
internal sealed record DraftArticle(string Id, LocalText Title)
{
    public IReadOnlyList<LocalText> Paragraphs { get; init; } = [];
}

/// <summary>What a step's config says, read once per call (the host has checked it against the schema).</summary>
internal sealed record DraftConfig(LocalText? Draft, IReadOnlyList<DraftArticle> Articles, int MaxLength, bool OnePerPersonPerArticle, bool Pilot)
{
    public const int DefaultMaxLength = 4000;

    /// <summary>The subject of a comment on the whole draft rather than one article (the schema keeps it out of the article ids).</summary>
    public const string WholeDraft = "draft";

    public static LocalText WholeDraftTitle { get; } = new("Toàn bộ dự thảo", "The whole draft");

    public LocalText? Summary { get; init; }

    /// <summary>Whether the public may comment on the web (no <c>channels</c>, or <c>channels</c> naming <c>web</c>).</summary>
    public bool OnTheWeb { get; init; } = true;

    public DraftArticle? Find(string id) => Articles.FirstOrDefault(a => a.Id == id);

    /// <summary>The article <paramref name="subject"/> names, or the whole draft as a pseudo-article.</summary>
    public DraftArticle? Subject(string subject) =>
        subject == WholeDraft ? new DraftArticle(WholeDraft, Draft is { } draft ? new LocalText($"{WholeDraftTitle.Vi}: {draft.Vi}", $"{WholeDraftTitle.En}: {draft.En}") : WholeDraftTitle) : Find(subject);

    /// <summary>The config of <paramref name="context"/>'s step.</summary>
    /// <exception cref="ToolException">Two articles share an id, or one is named like the whole draft (CE9111).</exception>
    public static DraftConfig Read(ToolContext context)
    {
        var config = context.Config;
        var articles = new List<DraftArticle>();
        if (config.ValueKind == JsonValueKind.Object && config.TryGetProperty("articles", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var article in list.EnumerateArray())
            {
                var id = article.TryGetProperty("id", out var value) ? value.GetString() ?? string.Empty : string.Empty;
                articles.Add(new DraftArticle(id, Text(article, "title") ?? new LocalText(id, id)) { Paragraphs = Paragraphs(article) });
            }
        }

        var duplicate = articles.GroupBy(a => a.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw Invalid(context, $"The article id '{duplicate.Key}' appears more than once in the config of step '{context.StepId}'.");
        }

        if (articles.Any(a => a.Id == WholeDraft))
        {
            throw Invalid(context, $"The article id '{WholeDraft}' names the whole draft; give the article another id (step '{context.StepId}').");
        }

        return new DraftConfig(
            Text(config, "draft"),
            articles,
            context.ConfigInt("maxLength", DefaultMaxLength),
            context.ConfigBool("onePerPersonPerArticle", fallback: true),
            context.ConfigBool("pilot"))
        {
            Summary = Text(config, "summary"),
            OnTheWeb = !(config.ValueKind == JsonValueKind.Object && config.TryGetProperty("channels", out var channels) && channels.ValueKind == JsonValueKind.Array
                && !channels.EnumerateArray().Any(c => c.ValueKind == JsonValueKind.String && c.GetString() == "web")),
        };
    }

    private static ToolException Invalid(ToolContext context, string message) => new(ToolCodes.ConfigInvalid, message)
    {
        ToolId = DraftCommentsManifest.Id,
        InstanceId = context.InstanceId,
        StepId = context.StepId,
    };

    private static List<LocalText> Paragraphs(JsonElement article) =>
        article.TryGetProperty("paragraphs", out var paragraphs) && paragraphs.ValueKind == JsonValueKind.Array
            ? [.. paragraphs.EnumerateArray().Select(Text).OfType<LocalText>()]
            : [];

    private static LocalText? Text(JsonElement owner, string name) =>
        owner.ValueKind == JsonValueKind.Object && owner.TryGetProperty(name, out var text) ? Text(text) : null;

    private static LocalText? Text(JsonElement text)
    {
        if (text.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var vi = text.TryGetProperty("vi", out var v) ? v.GetString() ?? string.Empty : string.Empty;
        var en = text.TryGetProperty("en", out var e) ? e.GetString() ?? vi : vi;
        return new LocalText(vi, en);
    }
}
