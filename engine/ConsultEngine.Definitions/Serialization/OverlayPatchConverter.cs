using System.Text.Json;
using System.Text.Json.Serialization;
using ConsultEngine.Definitions.Model.Patches;

namespace ConsultEngine.Definitions.Serialization;

/// <summary>
/// Reads and writes patches by their <c>op</c>. Unlike the built-in polymorphism it accepts
/// <c>op</c> anywhere in the object and turns an unknown or missing <c>op</c> into an
/// <see cref="UnrecognizedPatch"/>, so one bad patch does not hide the problems of the others.
/// </summary>
internal sealed class OverlayPatchConverter : JsonConverter<OverlayPatch>
{
    private static readonly Dictionary<string, Type> TypesByOp = new(StringComparer.Ordinal)
    {
        ["add-step"] = typeof(AddStepPatch),
        ["remove-step"] = typeof(RemoveStepPatch),
        ["update-step"] = typeof(UpdateStepPatch),
        ["set-config"] = typeof(SetConfigPatch),
        ["add-rule"] = typeof(AddRulePatch),
        ["replace-rule"] = typeof(ReplaceRulePatch),
        ["add-role"] = typeof(AddRolePatch),
        ["add-form"] = typeof(AddFormPatch),
        ["add-variable"] = typeof(AddVariablePatch),
    };

    public static IReadOnlyDictionary<string, Type> KnownOps => TypesByOp;

    public override OverlayPatch? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var element = document.RootElement;
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("A patch must be an object.");
        }

        if (!element.TryGetProperty("op", out var op) || op.ValueKind != JsonValueKind.String
            || !TypesByOp.TryGetValue(op.GetString()!, out var type))
        {
            return new UnrecognizedPatch();
        }

        return (OverlayPatch?)element.Deserialize(type, options);
    }

    public override void Write(Utf8JsonWriter writer, OverlayPatch value, JsonSerializerOptions options)
    {
        using var body = JsonSerializer.SerializeToDocument(value, value.GetType(), options);
        writer.WriteStartObject();
        writer.WriteString("op", value.Op);
        foreach (var property in body.RootElement.EnumerateObject().Where(p => p.Name != "op"))
        {
            property.WriteTo(writer);
        }

        writer.WriteEndObject();
    }
}
