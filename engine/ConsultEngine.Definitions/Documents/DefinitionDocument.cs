using System.Text.Json;
using ConsultEngine.Definitions.Model;
using ConsultEngine.Definitions.Validation;

namespace ConsultEngine.Definitions;

/// <summary>Reads a definition or overlay file without checking it, for catalogs; <see cref="DefinitionValidator"/> is for untrusted input.</summary>
public sealed record DefinitionDocument(string File, ProcessDefinition? Definition, ProcessOverlay? Overlay)
{
    /// <summary>The document at <paramref name="file"/>, or <c>null</c> when it is not a readable definition or overlay.</summary>
    public static DefinitionDocument? TryRead(string file)
    {
        try
        {
            if (new FileInfo(file).Length > DocumentLimits.MaxDocumentBytes)
            {
                return null;
            }

            using var json = JsonDocument.Parse(System.IO.File.ReadAllBytes(file), new JsonDocumentOptions { MaxDepth = DocumentLimits.MaxNesting });
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("schemaVersion", out _))
            {
                return null;
            }

            return root.TryGetProperty("extends", out _)
                ? new DefinitionDocument(file, null, root.Deserialize<ProcessOverlay>(DefinitionJson.Options))
                : new DefinitionDocument(file, root.Deserialize<ProcessDefinition>(DefinitionJson.Options), null);
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
