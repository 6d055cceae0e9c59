using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ConsultEngine.Definitions.Model;

namespace ConsultEngine.Definitions;

/// <summary>The one System.Text.Json configuration for definition documents; writing then reading gives the same document.</summary>
public static class DefinitionJson
{
    /// <summary>The version of the definition language this build reads and writes.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>The name of the checked-in schema file.</summary>
    public const string SchemaFileName = "consult-process.v1.schema.json";

    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static string Serialize(ProcessDefinition definition) => JsonSerializer.Serialize(definition, Options);

    public static string Serialize(ProcessOverlay overlay) => JsonSerializer.Serialize(overlay, Options);

    /// <summary>Reads a definition that is known to be well-formed; use <see cref="Validation.DefinitionValidator"/> for untrusted input.</summary>
    public static ProcessDefinition DeserializeDefinition(string json) =>
        JsonSerializer.Deserialize<ProcessDefinition>(json, Options)
        ?? throw new DefinitionFormatException("the document is the JSON literal null");

    public static ProcessOverlay DeserializeOverlay(string json) =>
        JsonSerializer.Deserialize<ProcessOverlay>(json, Options)
        ?? throw new DefinitionFormatException("the document is the JSON literal null");

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DictionaryKeyPolicy = null,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            RespectNullableAnnotations = true,
            AllowOutOfOrderMetadataProperties = true,
            AllowTrailingCommas = false,
            ReadCommentHandling = JsonCommentHandling.Disallow,
            MaxDepth = DocumentLimits.MaxNesting + 8,
            WriteIndented = true,
            IndentSize = 2,
            // Vietnamese titles stay readable in the files we write.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
