using System.Text.Json;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.DraftComments;

/// <summary>An article of the draft (<c>dieu-3</c>, "Điều 3. Mức thu phí").</summary>
internal sealed record DraftArticle(string Id, LocalText Title);

/// <summary>What a step's config says, read once per call (the host has checked it against the schema).</summary>
internal sealed record DraftConfig(LocalText? Draft, IReadOnlyList<DraftArticle> Articles, int MaxLength, bool OnePerPersonPerArticle, bool Pilot)
{
    public const int DefaultMaxLength = 4000;

    public DraftArticle? Find(string id) => Articles.FirstOrDefault(a => a.Id == id);

    /// <summary>The config of <paramref name="context"/>'s step.</summary>
    /// <exception cref="ToolException">Two articles share an id (CE9111): the schema cannot say so.</exception>
    public static DraftConfig Read(ToolContext context)
    {
        var config = context.Config;
        var articles = new List<DraftArticle>();
        if (config.ValueKind == JsonValueKind.Object && config.TryGetProperty("articles", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var article in list.EnumerateArray())
            {
                var id = article.TryGetProperty("id", out var value) ? value.GetString() ?? string.Empty : string.Empty;
                articles.Add(new DraftArticle(id, Text(article, "title") ?? new LocalText(id, id)));
            }
        }

        var duplicate = articles.GroupBy(a => a.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ToolException(ToolCodes.ConfigInvalid, $"The article id '{duplicate.Key}' appears more than once in the config of step '{context.StepId}'.")
            {
                ToolId = DraftCommentsManifest.Id,
                InstanceId = context.InstanceId,
                StepId = context.StepId,
            };
        }

        return new DraftConfig(
            Text(config, "draft"),
            articles,
            context.ConfigInt("maxLength", DefaultMaxLength),
            context.ConfigBool("onePerPersonPerArticle", fallback: true),
            context.ConfigBool("pilot"));
    }

    private static LocalText? Text(JsonElement owner, string name)
    {
        if (owner.ValueKind != JsonValueKind.Object || !owner.TryGetProperty(name, out var text) || text.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var vi = text.TryGetProperty("vi", out var v) ? v.GetString() ?? string.Empty : string.Empty;
        var en = text.TryGetProperty("en", out var e) ? e.GetString() ?? vi : vi;
        return new LocalText(vi, en);
    }
}
