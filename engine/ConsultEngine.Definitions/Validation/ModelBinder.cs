using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ConsultEngine.Definitions.Diagnostics;

namespace ConsultEngine.Definitions.Validation;

/// <summary>
/// Binds a document that may break the schema to the model, so the semantic checks can still
/// report their problems in the same run. A value that cannot be bound (a string where a list
/// belongs...) is replaced by a neutral placeholder and binding is retried; the schema check has
/// already reported it. Array elements are replaced rather than removed so indices, and so the
/// JSON Pointers of later diagnostics, stay true.
/// </summary>
internal static partial class ModelBinder
{
    private const int MaxRepairs = 200;

    public static T? Bind<T>(JsonElement root, DiagnosticBag bag)
        where T : class
    {
        var node = JsonNode.Parse(root.GetRawText(), documentOptions: new JsonDocumentOptions { MaxDepth = DocumentLimits.MaxNesting + 8 });
        var repaired = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var attempt = 0; attempt < MaxRepairs; attempt++)
        {
            try
            {
                return node.Deserialize<T>(DefinitionJson.Options);
            }
            catch (JsonException ex) when (ex.Path is not null && TryRepair(node, ex.Path, repaired))
            {
                // Repaired one value; bind again.
            }
            catch (JsonException ex)
            {
                bag.Add(DiagnosticCodes.ModelBindingFailed, ToPointer(ex.Path ?? "$"), "The document cannot be read as a definition: " + ex.Message);
                return null;
            }
        }

        bag.Add(DiagnosticCodes.ModelBindingFailed, string.Empty, "The document has too many values of the wrong kind to be read as a definition.");
        return null;
    }

    private static bool TryRepair(JsonNode? root, string jsonPath, Dictionary<string, int> repaired)
    {
        var segments = ParsePath(jsonPath);
        if (segments.Count == 0 || root is null)
        {
            return false;
        }

        var parent = root;
        foreach (var segment in segments.SkipLast(1))
        {
            parent = segment is int index ? (parent as JsonArray)?[index] : (parent as JsonObject)?[(string)segment];
            if (parent is null)
            {
                return false;
            }
        }

        var key = jsonPath;
        repaired[key] = repaired.GetValueOrDefault(key) + 1;
        var tries = repaired[key];
        switch (parent, segments[^1])
        {
            case (JsonObject obj, string name) when obj.ContainsKey(name) && tries == 1:
                obj.Remove(name);
                return true;
            case (JsonArray array, int index) when index < array.Count && tries <= 2:
                // First a string (lists of ids), then an object (lists of steps, phases, patches).
                array[index] = tries == 1 ? JsonValue.Create(string.Empty) : new JsonObject();
                return true;
            default:
                return false;
        }
    }

    /// <summary>Splits a System.Text.Json path such as <c>$.phases[0]['odd.name'].steps</c> into names and indices.</summary>
    private static List<object> ParsePath(string jsonPath)
    {
        var segments = new List<object>();
        foreach (Match match in PathSegment().Matches(jsonPath))
        {
            if (match.Groups["name"].Success)
            {
                segments.Add(match.Groups["name"].Value);
            }
            else if (match.Groups["quoted"].Success)
            {
                segments.Add(match.Groups["quoted"].Value);
            }
            else
            {
                segments.Add(int.Parse(match.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return segments;
    }

    private static string ToPointer(string jsonPath) =>
        string.Concat(ParsePath(jsonPath).Select(s => "/" + (s is string name ? Documents.JsonPositionMap.Escape(name) : s.ToString())));

    [GeneratedRegex(@"\.(?<name>[^.\[]+)|\['(?<quoted>(?:[^']|'')*)'\]|\[(?<index>\d+)\]", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PathSegment();
}
