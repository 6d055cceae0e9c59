using System.Text.Json;
using ConsultEngine.Definitions.Diagnostics;
using Json.Schema;

namespace ConsultEngine.Definitions.Validation;

/// <summary>Evaluates a document against the checked-in definition schema and turns each failed keyword into a coded diagnostic.</summary>
internal static class SchemaCheck
{
    private static readonly Lazy<JsonSchema> Schema = new(LoadSchema);
    private static readonly EvaluationOptions FlagOptions = new() { OutputFormat = OutputFormat.Flag };

    /// <summary>The checked-in schema text, as embedded in this assembly.</summary>
    public static string SchemaText { get; } = ReadEmbeddedSchema();

    public static void Evaluate(JsonElement document, DiagnosticBag bag)
    {
        // Most documents are valid: a flag evaluation answers that without collecting annotations;
        // only an invalid document pays for the detailed list.
        if (Schema.Value.Evaluate(document, FlagOptions).IsValid)
        {
            return;
        }

        var results = Schema.Value.Evaluate(document, new EvaluationOptions { OutputFormat = OutputFormat.List });

        foreach (var detail in results.Details ?? [])
        {
            if (detail.Errors is null)
            {
                continue;
            }

            // An 'if' that fails only picks the 'else' branch: its errors are not problems.
            var evaluationPath = detail.EvaluationPath.ToString();
            if (evaluationPath.Contains("/if", StringComparison.Ordinal))
            {
                continue;
            }

            var pointer = detail.InstanceLocation.ToString();
            foreach (var (keyword, message) in detail.Errors)
            {
                var descriptor = Classify(keyword, evaluationPath);
                if (descriptor is null)
                {
                    continue;
                }

                bag.Add(descriptor, pointer, Describe(descriptor, pointer, message), atName: descriptor == DiagnosticCodes.UnknownProperty);
            }
        }
    }

    /// <summary>Errors of branch keywords ($ref, if/then, allOf) only repeat their leaves' errors and are dropped.</summary>
    private static DiagnosticDescriptor? Classify(string keyword, string evaluationPath) => keyword switch
    {
        "required" => DiagnosticCodes.RequiredPropertyMissing,
        "additionalProperties" => DiagnosticCodes.UnknownProperty,
        "type" => DiagnosticCodes.WrongType,
        "enum" or "const" => DiagnosticCodes.ValueNotAllowed,
        "pattern" or "format" or "propertyNames" => DiagnosticCodes.PatternMismatch,
        "minimum" or "maximum" or "exclusiveMinimum" or "exclusiveMaximum" or "minItems" or "maxItems" or "minLength" or "maxLength" => DiagnosticCodes.OutOfRange,
        "$ref" or "allOf" or "anyOf" or "oneOf" or "if" or "then" or "else" or "properties" or "items" or "$defs" => null,
        "" or "false" when evaluationPath.Contains("additionalProperties", StringComparison.Ordinal) => DiagnosticCodes.UnknownProperty,
        _ => DiagnosticCodes.SchemaViolation,
    };

    private static string Describe(DiagnosticDescriptor descriptor, string pointer, string message)
    {
        if (descriptor == DiagnosticCodes.UnknownProperty)
        {
            var name = pointer[(pointer.LastIndexOf('/') + 1)..].Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            return $"'{name}' is not a property of the definition language here.";
        }

        return message;
    }

    private static JsonSchema LoadSchema() =>
        JsonSchema.FromText(SchemaText, new BuildOptions { SchemaRegistry = new SchemaRegistry() });

    private static string ReadEmbeddedSchema()
    {
        using var stream = typeof(SchemaCheck).Assembly.GetManifestResourceStream("ConsultEngine.Definitions." + DefinitionJson.SchemaFileName)
            ?? throw new InvalidOperationException("The definition schema is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
