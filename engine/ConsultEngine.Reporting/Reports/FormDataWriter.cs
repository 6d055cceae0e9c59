using System.Globalization;
using System.Text.Json;
using ConsultEngine.Reporting.Documents;

namespace ConsultEngine.Reporting.Reports;

/// <summary>
/// A human step's output as the report prints it, labelled from the step's form schema: a scalar
/// field as "label: value", a list of values on one line, a list of objects as a table (one column
/// per field), a nested object as a label and its fields under it.
/// </summary>
internal sealed class FormDataWriter(ReportText text)
{
    private string Language => text.Language;

    public IEnumerable<DocumentBlock> Write(JsonElement output, FormSchema schema)
    {
        if (output.ValueKind != JsonValueKind.Object)
        {
            yield return new TextBlock(Scalar(output, schema));
            yield break;
        }

        var fields = output.EnumerateObject().ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
        foreach (var name in schema.Order(fields.Keys))
        {
            var value = fields[name];
            var field = schema.Property(name);
            var label = field.Title(Language, name);
            switch (value.ValueKind)
            {
                case JsonValueKind.Array when value.EnumerateArray().Any(i => i.ValueKind == JsonValueKind.Object):
                    yield return new TextBlock(label) { Style = TextStyle.Label };
                    yield return Table(value, field.Items);
                    break;
                case JsonValueKind.Object:
                    yield return new TextBlock(label) { Style = TextStyle.Label };
                    foreach (var block in Write(value, field))
                    {
                        yield return block;
                    }

                    break;
                case JsonValueKind.Null or JsonValueKind.Undefined:
                    break;
                default:
                    yield return new TextBlock($"{label}: {Scalar(value, field)}");
                    break;
            }
        }
    }

    private TableBlock Table(JsonElement items, FormSchema itemSchema)
    {
        var rows = items.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.Object).ToList();
        var names = itemSchema.Order(rows.SelectMany(r => r.EnumerateObject().Select(p => p.Name)).Distinct(StringComparer.Ordinal)).ToList();
        var columns = names.Select(n => new TableColumn(itemSchema.Property(n).Title(Language, n))).Prepend(new TableColumn(text.T("STT", "No."), 0.4) { Alignment = ColumnAlignment.Center }).ToList();
        var cells = rows.Select((row, index) => (IReadOnlyList<string>)names
            .Select(n => row.TryGetProperty(n, out var v) ? Scalar(v, itemSchema.Property(n)) : string.Empty)
            .Prepend((index + 1).ToString(CultureInfo.InvariantCulture))
            .ToList()).ToList();
        return new TableBlock(columns, cells);
    }

    /// <summary>A value on one line: choices by their titles, lists joined with "; ", an object as "label: value" pairs.</summary>
    private string Scalar(JsonElement value, FormSchema schema) => value.ValueKind switch
    {
        JsonValueKind.String when schema.IsDate && DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) =>
            value.GetString()!.Length <= 10 ? ReportLanguage.Date(at, Language) : ReportLanguage.DateTime(at, Language),
        JsonValueKind.String => schema.Choice(value.GetString() ?? string.Empty, Language),
        JsonValueKind.Number => value.TryGetDouble(out var number) ? ReportLanguage.Number(number, Language) : value.GetRawText(),
        JsonValueKind.True => text.Yes,
        JsonValueKind.False => text.No,
        JsonValueKind.Array => string.Join("; ", value.EnumerateArray().Select(i => Scalar(i, schema.Items))),
        JsonValueKind.Object => string.Join("; ", schema.Order(value.EnumerateObject().Select(p => p.Name)).Select(n => $"{schema.Property(n).Title(Language, n)}: {Scalar(value.GetProperty(n), schema.Property(n))}")),
        _ => string.Empty,
    };
}
