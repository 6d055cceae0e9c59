using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConsultEngine.Definitions.Model;
using ConsultEngine.Definitions.StepTypes;

namespace ConsultEngine.Definitions.Editing;

/// <summary>
/// Sets one field of a step, addressed by a JSON Pointer relative to the step (<c>/title/en</c>,
/// <c>/when</c>, <c>/config/questions/0</c>, <c>/validate/-</c> to append), to a JSON value;
/// <paramref name="ValueJson"/> null removes the field or array item. Missing objects on the way are
/// created. The step's id is changed only by <see cref="RenameStep"/>, which updates references.
/// </summary>
public sealed record SetStepField(string StepId, string Path, string? ValueJson) : EditCommand
{
    private static readonly HashSet<string> Fields = [.. DefinitionJson.Options.GetTypeInfo(typeof(StepDefinition)).Properties.Select(p => p.Name)];

    private protected override EditResult Apply(ProcessDefinition definition, IStepTypeRegistry? stepTypes)
    {
        var draft = new DefinitionDraft(definition);
        if (UnknownStep(definition, draft, StepId) is { } refused)
        {
            return refused;
        }

        var segments = Segments(Path);
        if (segments is null || segments.Length == 0 || !Fields.Contains(segments[0]) || segments[0] == "id")
        {
            return Refuse(definition, EditCodes.FieldNotEditable, $"'{Path}' is not an editable field of a step.", StepId);
        }

        JsonNode? value;
        try
        {
            value = ValueJson is null ? null : JsonNode.Parse(ValueJson) ?? JsonValue.Create((string?)null);
        }
        catch (JsonException ex)
        {
            return Refuse(definition, EditCodes.InvalidFieldValue, $"The value is not JSON: {ex.Message}", StepId);
        }

        var node = JsonSerializer.SerializeToNode(draft.Step(StepId), DefinitionJson.Options)!.AsObject();
        if (!TrySet(node, segments, value, out var problem))
        {
            return Refuse(definition, EditCodes.FieldNotEditable, $"'{Path}' cannot be set: {problem}.", StepId);
        }

        StepDefinition? changed;
        try
        {
            changed = node.Deserialize<StepDefinition>(DefinitionJson.Options);
        }
        catch (JsonException ex)
        {
            return Refuse(definition, EditCodes.InvalidFieldValue, $"The value does not fit '{Path}': {ex.Message}", StepId);
        }

        if (changed is null)
        {
            return Refuse(definition, EditCodes.InvalidFieldValue, $"The value does not fit '{Path}'.", StepId);
        }

        draft.Replace(StepId, _ => changed);
        return Done(draft, StepId);
    }

    /// <summary>The unescaped reference tokens of a JSON Pointer, or null when it is not one.</summary>
    internal static string[]? Segments(string pointer) =>
        pointer is { Length: > 1 } && pointer[0] == '/'
            ? [.. pointer[1..].Split('/').Select(s => s.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal))]
            : null;

    private static bool TrySet(JsonObject root, string[] segments, JsonNode? value, out string problem)
    {
        JsonNode parent = root;
        for (var i = 0; i < segments.Length - 1; i++)
        {
            var child = Child(parent, segments[i]);
            if (child is null)
            {
                if (parent is not JsonObject container || value is null)
                {
                    problem = $"'{segments[i]}' does not exist";
                    return value is null && parent is JsonObject; // removing under a missing object is a no-op
                }

                child = new JsonObject();
                container[segments[i]] = child;
            }

            parent = child;
        }

        var last = segments[^1];
        problem = string.Empty;
        switch (parent)
        {
            case JsonObject obj when value is null:
                obj.Remove(last);
                return true;
            case JsonObject obj:
                obj[last] = value;
                return true;
            case JsonArray array when last == "-" && value is not null:
                array.Add(value);
                return true;
            case JsonArray array when int.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index <= array.Count:
                if (value is null)
                {
                    if (index == array.Count)
                    {
                        problem = $"the list has no item {index}";
                        return false;
                    }

                    array.RemoveAt(index);
                }
                else if (index == array.Count)
                {
                    array.Add(value);
                }
                else
                {
                    array[index] = value;
                }

                return true;
            default:
                problem = $"'{last}' is not a property or an item there";
                return false;
        }
    }

    private static JsonNode? Child(JsonNode parent, string segment) => parent switch
    {
        JsonObject obj => obj[segment],
        JsonArray array when int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < array.Count => array[i],
        _ => null,
    };
}
