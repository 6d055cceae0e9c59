using System.Text.Json;

namespace ConsultEngine.Persistence.Definitions;

/// <summary>
/// What a listing shows of a document without parsing it as a definition: its kind, the version an
/// overlay extends and its titles. Read leniently, because a draft may be any text at all.
/// </summary>
public sealed record DefinitionHeader(DefinitionKind Kind, string? BaseId = null, int? BaseVersion = null, string? TitleVi = null, string? TitleEn = null)
{
    /// <summary>The header of <paramref name="json"/> with its <c>id</c> and <c>version</c>, or <c>null</c> when the text is not a JSON object.</summary>
    public static (DefinitionHeader Header, string? Id, int? Version)? TryRead(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 256 });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var id = Text(root, "id");
            var version = root.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n) ? n : (int?)null;
            string? vi = null, en = null;
            if (root.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.Object)
            {
                vi = Text(title, "vi");
                en = Text(title, "en");
            }

            if (root.TryGetProperty("extends", out var extends))
            {
                var baseVersion = extends.ValueKind == JsonValueKind.Object && extends.TryGetProperty("version", out var bv) && bv.ValueKind == JsonValueKind.Number && bv.TryGetInt32(out var b) ? b : (int?)null;
                return (new DefinitionHeader(DefinitionKind.Overlay, extends.ValueKind == JsonValueKind.Object ? Text(extends, "id") : null, baseVersion, vi, en), id, version);
            }

            return (new DefinitionHeader(DefinitionKind.Definition, null, null, vi, en), id, version);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
