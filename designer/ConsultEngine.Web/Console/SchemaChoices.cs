using System.Text.Json;
using Microsoft.Extensions.Localization;

namespace ConsultEngine.Web.StaffConsole;

/// <summary>One value a form field admits, with the title its schema gives it (a <c>const</c>'s <c>title</c>), if any.</summary>
internal sealed record SchemaChoice(string Value, string? Title);

/// <summary>
/// The listed values of a form field's JSON Schema, in both idioms: a bare <c>enum</c> of strings, or
/// the titled <c>oneOf</c>/<c>anyOf</c> of <c>{ "const": value, "title": ... }</c>. The console's form
/// editor offers them as a choice; a value without a title reads as the console's text for it
/// (<c>Choice.{value}</c>, as recorded data does), else as itself.
/// </summary>
internal static class SchemaChoices
{
    /// <summary>Whether the schema only admits listed string values.</summary>
    public static bool IsChoice(JsonElement schema) => Of(schema).Count > 0;

    /// <summary>The listed values, in the schema's order; empty when the schema lists none or lists a value that is not a string.</summary>
    public static IReadOnlyList<SchemaChoice> Of(JsonElement schema)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return [];
        }

        if (schema.TryGetProperty("enum", out var values) && values.ValueKind == JsonValueKind.Array)
        {
            var listed = values.EnumerateArray().ToList();
            return listed.Count > 0 && listed.All(v => v.ValueKind == JsonValueKind.String)
                ? [.. listed.Select(v => new SchemaChoice(v.GetString()!, null))]
                : [];
        }

        foreach (var keyword in (string[])["oneOf", "anyOf"])
        {
            if (schema.TryGetProperty(keyword, out var choices) && choices.ValueKind == JsonValueKind.Array)
            {
                var listed = choices.EnumerateArray().ToList();
                return listed.Count > 0 && listed.All(IsStringConst)
                    ? [.. listed.Select(c => new SchemaChoice(c.GetProperty("const").GetString()!, Title(c)))]
                    : [];
            }
        }

        return [];
    }

    /// <summary>The loaded tool's title for a value that is a tool's id, else the console's text for it (<c>Choice.{value}</c>), else the value.</summary>
    public static string Label(IStringLocalizer text, string value, ToolTitles? tools = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (tools?.Title(value) is { } title)
        {
            return title;
        }

        var label = text["Choice." + value];
        return label.ResourceNotFound ? value : label.Value;
    }

    private static bool IsStringConst(JsonElement choice) =>
        choice.ValueKind == JsonValueKind.Object && choice.TryGetProperty("const", out var value) && value.ValueKind == JsonValueKind.String;

    private static string? Title(JsonElement choice) =>
        choice.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.String && title.GetString() is { Length: > 0 } text ? text : null;
}
