using System.Text.Json;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.PublicHearing;

/// <summary>
/// Reads an action's payload, gathering problems with their JSON Pointers. A value of the wrong JSON
/// type is CE9108 (the host's schema check catches it first); what the shape allows but the hearing
/// does not gets the hearing's own code from the caller.
/// </summary>
internal sealed class Payload
{
    private readonly JsonElement _root;
    private readonly string _path;

    public Payload(JsonElement root, string path = "")
        : this(root, path, [])
    {
    }

    private Payload(JsonElement root, string path, List<ToolProblem> problems)
    {
        _root = root;
        _path = path;
        Problems = problems;
        if (root.ValueKind != JsonValueKind.Object)
        {
            Problems.Add(new(ToolCodes.PayloadInvalid, path, "Cần một đối tượng JSON. / A JSON object is expected."));
        }
    }

    public List<ToolProblem> Problems { get; }

    public void Add(string code, string property, string message) => Problems.Add(new(code, Path(property), message));

    public string Path(string property) => $"{_path}/{property}";

    /// <summary>Throws the problems gathered so far, if any: the first one's code.</summary>
    public void ThrowIfAny(string message)
    {
        if (Problems.Count > 0)
        {
            throw new ToolException(Problems[0].Code, message, Problems) { ToolId = PublicHearingTool.ToolId };
        }
    }

    public string? String(string name)
    {
        if (!TryGet(name, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            WrongType(name, "a string");
            return null;
        }

        var text = value.GetString()!.Trim();
        return text.Length == 0 ? null : text;
    }

    public int? Int(string name)
    {
        if (!TryGet(name, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number))
        {
            WrongType(name, "an integer");
            return null;
        }

        return number;
    }

    public DateTimeOffset? Time(string name)
    {
        if (!TryGet(name, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String || !value.TryGetDateTimeOffset(out var time))
        {
            WrongType(name, "an ISO 8601 date-time with an offset");
            return null;
        }

        return time;
    }

    /// <summary>A text given as <c>{ "vi": ..., "en": ... }</c> (English falls back to Vietnamese) or as a plain Vietnamese string; <see langword="null"/> without Vietnamese.</summary>
    public LocalText? Text(string name)
    {
        if (!TryGet(name, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            var plain = value.GetString()!.Trim();
            return plain.Length == 0 ? null : new LocalText(plain, plain);
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            WrongType(name, "a text {vi, en}");
            return null;
        }

        var text = new Payload(value, Path(name), Problems);
        var vi = text.String("vi");
        return vi is null ? null : new LocalText(vi, text.String("en") ?? vi);
    }

    public IReadOnlyList<string>? Strings(string name)
    {
        if (!TryGet(name, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String))
        {
            WrongType(name, "an array of strings");
            return null;
        }

        return value.EnumerateArray().Select(v => v.GetString()!.Trim()).ToList();
    }

    public IReadOnlyList<Payload>? Objects(string name)
    {
        if (!TryGet(name, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            WrongType(name, "an array of objects");
            return null;
        }

        return value.EnumerateArray().Select((item, i) => new Payload(item, $"{Path(name)}/{i}", Problems)).ToList();
    }

    /// <summary>Respondent attributes given as an object of the attribute names (<see cref="RespondentAttributes.Names"/>).</summary>
    public RespondentAttributes Respondent(string name)
    {
        if (!TryGet(name, out var value))
        {
            return RespondentAttributes.None;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            WrongType(name, "an object of respondent attributes");
            return RespondentAttributes.None;
        }

        var attributes = new Payload(value, Path(name), Problems);
        foreach (var property in value.EnumerateObject().Where(p => !RespondentAttributes.Names.Contains(p.Name) && p.Name != "communeCode"))
        {
            Problems.Add(new(ToolCodes.PayloadInvalid, attributes.Path(property.Name), "Không phải thuộc tính người tham gia. / Not a respondent attribute (" + string.Join(", ", RespondentAttributes.Names) + ", communeCode)."));
        }

        return new RespondentAttributes
        {
            Province = attributes.String("province"),
            Commune = attributes.String("commune"),
            CommuneCode = attributes.String("communeCode"),
            District = attributes.String("district"),
            Gender = attributes.String("gender"),
            AgeBand = attributes.String("ageBand"),
            Ethnicity = attributes.String("ethnicity"),
            Occupation = attributes.String("occupation"),
        };
    }

    private bool TryGet(string name, out JsonElement value)
    {
        value = default;
        return _root.ValueKind == JsonValueKind.Object && _root.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null;
    }

    private void WrongType(string name, string expected) =>
        Problems.Add(new(ToolCodes.PayloadInvalid, Path(name), $"'{name}' có kiểu không đúng. / '{name}' must be {expected}."));
}
