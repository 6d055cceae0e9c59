using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ConsultEngine.Cli.Commands;

/// <summary>A definition version as a command names it: <c>id@version</c>.</summary>
internal sealed record DefinitionVersion(string Id, int Version)
{
    public override string ToString() => $"{Id}@{Version}";
}

/// <summary>Arguments and options whose text needs parsing; a malformed one is a parse error, so bad usage (exit 2).</summary>
internal static class CommandArguments
{
    public static Argument<Guid> InstanceId() => new("id")
    {
        Description = "The instance id, as 'instances start' or 'instances list' print it.",
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            if (Guid.TryParse(text, CultureInfo.InvariantCulture, out var id))
            {
                return id;
            }

            result.AddError($"'{text}' is not an instance id; ids look like 01a21e61-93da-70ff-acb4-015bef024c09.");
            return Guid.Empty;
        },
    };

    public static Argument<DefinitionVersion> Definition() => new("definition")
    {
        Description = "The definition to run, as id@version (e.g. hdnd.standard@1).",
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            var at = text.LastIndexOf('@');
            if (at > 0 && int.TryParse(text.AsSpan(at + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var version) && version >= 1)
            {
                return new DefinitionVersion(text[..at], version);
            }

            result.AddError($"'{text}' is not a definition version; write it as id@version, e.g. hdnd.standard@1.");
            return null;
        },
    };

    public static Option<int> Version(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "version",
        Required = true,
        CustomParser = result =>
        {
            if (result.Tokens.Count == 1 && int.TryParse(result.Tokens[0].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var version) && version >= 1)
            {
                return version;
            }

            result.AddError($"{name} takes a version number of 1 or more.");
            return 0;
        },
    };

    /// <summary>A repeatable <c>name=value</c> option; a later pair overrides an earlier one of the same name.</summary>
    public static Option<IReadOnlyDictionary<string, string>> Pairs(string name, string helpName, string description) => new(name)
    {
        Description = description,
        HelpName = helpName,
        DefaultValueFactory = _ => new Dictionary<string, string>(),
        CustomParser = result =>
        {
            var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var token in result.Tokens)
            {
                var equals = token.Value.IndexOf('=', StringComparison.Ordinal);
                if (equals <= 0)
                {
                    result.AddError($"{name} takes {helpName}, not '{token.Value}'.");
                    return pairs;
                }

                pairs[token.Value[..equals]] = token.Value[(equals + 1)..];
            }

            return pairs;
        },
    };

    /// <summary>An option holding a JSON document.</summary>
    public static Option<JsonNode?> Json(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "json",
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            try
            {
                return JsonNode.Parse(text);
            }
            catch (JsonException error)
            {
                result.AddError($"{name} is not JSON: {error.Message}");
                return null;
            }
        },
    };

    /// <summary>A value given on the command line: JSON when it reads as JSON (<c>2026</c>, <c>true</c>, <c>[1,2]</c>), else the text itself.</summary>
    public static JsonNode? JsonOrText(string value)
    {
        try
        {
            return JsonNode.Parse(value);
        }
        catch (JsonException)
        {
            return JsonValue.Create(value);
        }
    }
}
