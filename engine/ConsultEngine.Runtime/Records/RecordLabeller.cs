using System.Text.Json;
using System.Text.Json.Nodes;

namespace ConsultEngine.Runtime.Records;

/// <summary>
/// Labels what a step recorded with its form's JSON Schema, in Vietnamese or English: each field by
/// its title, each choice by its title, objects and lists kept nested, booleans as Có/Không (Yes/No),
/// dates and numbers as the language writes them. A schema's titles are Vietnamese
/// (<see cref="FormSchemaTitles"/>), so the host's texts (<paramref name="fieldName"/> for a property
/// name, <paramref name="choice"/> for a choice's value) come first for an English reader and fill in
/// where a Vietnamese schema has no title (published versions whose choices are bare ids, tools'
/// English property names); the key or the raw value itself shows when nothing else does.
/// </summary>
public sealed class RecordLabeller(string language, Func<string, string?>? fieldName = null, Func<string, string?>? choice = null)
{
    private readonly RecordText _text = RecordText.For(language);

    /// <summary>The fields of a recorded object (an iteration's output), in the schema's order, then any the schema does not name.</summary>
    public IReadOnlyList<RecordField> Label(JsonElement schema, JsonNode? data) =>
        data is JsonObject fields ? Fields(schema, schema, fields) : [];

    /// <summary>One value read with its schema (<c>default</c> when there is none: the value's own JSON kind decides).</summary>
    public RecordValue Value(JsonElement schema, JsonNode? value) => Value(schema, schema, value);

    private RecordValue Value(JsonElement schema, JsonElement root, JsonNode? value)
    {
        schema = FormSchemaTitles.Resolve(schema, root);
        return value switch
        {
            null => new RecordValue(RecordValueKind.Empty, RecordText.Empty),
            JsonObject fields => new RecordValue(RecordValueKind.Group, string.Empty) { Fields = Fields(schema, root, fields) },
            JsonArray items => new RecordValue(RecordValueKind.List, string.Empty)
            {
                Items = [.. items.Select(item => Value(FormSchemaTitles.Items(schema), root, item))],
            },
            JsonValue scalar when FormSchemaTitles.IsChoice(schema) => Choice(schema, scalar),
            JsonValue scalar => Scalar(schema, scalar),
            _ => new RecordValue(RecordValueKind.Text, value.ToJsonString()),
        };
    }

    private List<RecordField> Fields(JsonElement schema, JsonElement root, JsonObject data)
    {
        var declared = FormSchemaTitles.Properties(schema).ToList();
        var known = declared.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var fields = new List<RecordField>(data.Count);
        foreach (var (name, property) in declared.Where(p => data.ContainsKey(p.Name)))
        {
            var resolved = FormSchemaTitles.Resolve(property, root);
            fields.Add(new RecordField(name, FieldLabel(resolved, name), Value(resolved, root, data[name])));
        }

        foreach (var (name, value) in data.Where(p => !known.Contains(p.Key)))
        {
            fields.Add(new RecordField(name, FieldLabel(default, name), Value(default, root, value)));
        }

        return fields;
    }

    private string FieldLabel(JsonElement schema, string name) =>
        Preferred(FormSchemaTitles.Title(schema), NonEmpty(fieldName?.Invoke(name))) ?? name;

    private RecordValue Choice(JsonElement schema, JsonValue value)
    {
        var raw = value.TryGetValue<string>(out var text) ? text : value.ToJsonString();
        var title = Preferred(FormSchemaTitles.ChoiceTitle(schema, value), NonEmpty(choice?.Invoke(raw))) ?? raw;
        return new RecordValue(RecordValueKind.Choice, title) { Raw = raw };
    }

    private RecordValue Scalar(JsonElement schema, JsonValue value)
    {
        switch (value.GetValueKind())
        {
            case JsonValueKind.True or JsonValueKind.False:
                var flag = value.GetValue<bool>();
                return new RecordValue(RecordValueKind.Boolean, _text.Boolean(flag)) { Raw = flag ? "true" : "false" };
            case JsonValueKind.Number:
                return new RecordValue(RecordValueKind.Number, _text.Number(value)) { Raw = value.ToJsonString() };
            case JsonValueKind.String:
                var text = value.GetValue<string>();
                return FormSchemaTitles.Format(schema) switch
                {
                    "date" => new RecordValue(RecordValueKind.Date, _text.Date(text)) { Raw = text },
                    "date-time" => new RecordValue(RecordValueKind.DateTime, _text.DateTime(text)) { Raw = text },
                    _ => new RecordValue(RecordValueKind.Text, text),
                };
            default:
                return new RecordValue(RecordValueKind.Text, value.ToJsonString());
        }
    }

    // The schema speaks Vietnamese; the host speaks the reader's language.
    private string? Preferred(string? schemaTitle, string? hostText) => _text.English ? hostText ?? schemaTitle : schemaTitle ?? hostText;

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
