using System.Text.Json;
using System.Text.RegularExpressions;
using ConsultEngine.Abstractions;
using Json.Schema;

namespace ConsultEngine.Hosting.Plugins;

/// <summary>
/// The checks a manifest passes before its tool is loaded. The first failing group decides the
/// code: the SDK it was built for (CE9003), then its fields (CE9005), then its schemas (CE9006);
/// the message names every problem of that group.
/// </summary>
internal static partial class ManifestCheck
{
    private static readonly string[] Branches = ["/anyOf/", "/oneOf/"];

    /// <summary>The refusal of <paramref name="manifest"/> (code and message), or <see langword="null"/> when it passes.</summary>
    public static (string Code, string Message)? Check(ToolManifest? manifest)
    {
        if (manifest is null)
        {
            return (ToolCodes.PluginManifestInvalid, "The tool has no manifest.");
        }

        if (SdkProblem(manifest.BuiltForSdk) is { } sdk)
        {
            return (ToolCodes.PluginSdkMismatch, $"The manifest says the plugin was built for {sdk}");
        }

        var fields = FieldProblems(manifest).ToList();
        if (fields.Count > 0)
        {
            return (ToolCodes.PluginManifestInvalid, "The manifest is invalid: " + string.Join("; ", fields) + ".");
        }

        var schemas = SchemaProblems(manifest).ToList();
        return schemas.Count > 0
            ? (ToolCodes.PluginConfigSchemaInvalid, string.Join("; ", schemas) + ".")
            : null;
    }

    /// <summary>Why an SDK version is not one this host runs (a sentence after "built for"), or <see langword="null"/>.</summary>
    public static string? SdkProblem(SdkVersion built) =>
        built.Major != Sdk.Major ? $"SDK {built}, but the host runs SDK {Sdk.Current}: the major versions differ."
        : built.Minor > Sdk.Minor ? $"SDK {built}, newer than the host's SDK {Sdk.Current}."
        : null;

    /// <summary>The JSON of <paramref name="text"/> as a schema of an object, or why it is not one.</summary>
    public static (JsonElement? Schema, string? Problem) ParseObjectSchema(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, "is empty");
        }

        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(text);
            root = document.RootElement.Clone();
        }
        catch (JsonException error)
        {
            return (null, $"is not JSON ({error.Message})");
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return (null, "is not a JSON object");
        }

        if (!root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || type.GetString() != "object")
        {
            return (null, "does not describe an object (it needs \"type\": \"object\")");
        }

        try
        {
            var result = MetaSchemas.Draft202012.Evaluate(root, new EvaluationOptions { OutputFormat = OutputFormat.List });
            if (!result.IsValid)
            {
                var detail = FirstRealError(result);
                var where = detail is null ? string.Empty : $" at '{detail.InstanceLocation}'";
                var what = detail?.Errors?.Values.FirstOrDefault() ?? "it does not match the draft 2020-12 meta-schema";
                return (null, $"is not a valid JSON Schema{where}: {what}");
            }

            JsonSchema.FromText(text, new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        }
        catch (Exception error) when (error is JsonSchemaException or JsonException or InvalidOperationException or ArgumentException or FormatException or NotSupportedException or KeyNotFoundException)
        {
            return (null, $"cannot be compiled as a JSON Schema ({error.Message})");
        }

        return (root, null);
    }

    /// <summary>
    /// The first error that made the evaluation fail: an error inside an <c>anyOf</c>/<c>oneOf</c>
    /// branch whose parent passed (another branch matched) is not one.
    /// </summary>
    private static EvaluationResults? FirstRealError(EvaluationResults result)
    {
        var details = result.Details ?? [];
        var valid = details.Where(d => d.IsValid).Select(d => (d.InstanceLocation.ToString(), d.EvaluationPath.ToString())).ToHashSet();
        return details.FirstOrDefault(d =>
        {
            if (d.Errors is not { Count: > 0 })
            {
                return false;
            }

            var path = d.EvaluationPath.ToString();
            var instance = d.InstanceLocation.ToString();
            foreach (var branch in Branches)
            {
                for (var at = path.IndexOf(branch, StringComparison.Ordinal); at >= 0; at = path.IndexOf(branch, at + 1, StringComparison.Ordinal))
                {
                    if (valid.Contains((instance, path[..at])))
                    {
                        return false;
                    }
                }
            }

            return true;
        }) ?? details.FirstOrDefault(d => d.Errors is { Count: > 0 });
    }

    private static IEnumerable<string> FieldProblems(ToolManifest manifest)
    {
        if (manifest.Id is null || !IdPattern().IsMatch(manifest.Id))
        {
            yield return $"the id '{manifest.Id}' is not a lower-case name of letters, digits and hyphens starting with a letter";
        }

        if (manifest.Version is null || !SemVerPattern().IsMatch(manifest.Version))
        {
            yield return $"the version '{manifest.Version}' is not a semantic version (such as 1.2.0)";
        }

        if (manifest.Title is null || string.IsNullOrWhiteSpace(manifest.Title.Vi) || string.IsNullOrWhiteSpace(manifest.Title.En))
        {
            yield return "the title needs a Vietnamese and an English text";
        }

        if (manifest.StepTypeMajor is < 1 or > 999_999)
        {
            yield return $"the step type major version {manifest.StepTypeMajor} is not between 1 and 999999";
        }

        if (manifest.Channels is null || manifest.Channels.Count == 0)
        {
            yield return "the tool names no input channel";
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var action in manifest.Actions ?? [])
        {
            if (action?.Name is null || !IdPattern().IsMatch(action.Name))
            {
                yield return $"the action name '{action?.Name}' is not a lower-case name of letters, digits and hyphens";
            }
            else if (!names.Add(action.Name))
            {
                yield return $"the action '{action.Name}' is declared twice";
            }

            if (action is not null && (action.Title is null || string.IsNullOrWhiteSpace(action.Title.Vi) || string.IsNullOrWhiteSpace(action.Title.En)))
            {
                yield return $"the action '{action.Name}' needs a Vietnamese and an English title";
            }
        }
    }

    private static IEnumerable<string> SchemaProblems(ToolManifest manifest)
    {
        var (config, problem) = ParseObjectSchema(manifest.ConfigSchema);
        if (problem is not null)
        {
            yield return $"The config schema {problem}";
        }
        else if (config is { } schema && schema.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
        {
            foreach (var duration in (manifest.DurationConfigProperties ?? []).Where(p => !properties.TryGetProperty(p, out _)))
            {
                yield return $"The duration property '{duration}' is not a property of the config schema";
            }
        }

        foreach (var action in manifest.Actions ?? [])
        {
            if (action is not null && ParseObjectSchema(action.PayloadSchema).Problem is { } payload)
            {
                yield return $"The payload schema of the action '{action.Name}' {payload}";
            }
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex IdPattern();

    // The pattern semver.org gives for a version (major.minor.patch, optional pre-release and build).
    [GeneratedRegex(@"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex SemVerPattern();
}
