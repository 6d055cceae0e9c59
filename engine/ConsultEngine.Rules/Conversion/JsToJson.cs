using System.Text.Json.Nodes;
using Jint;
using Jint.Native;
using Jint.Native.Object;
using Jint.Runtime;
using Jint.Runtime.Descriptors;

namespace ConsultEngine.Rules.Conversion;

/// <summary>
/// Reads a script's result back as JSON without running any more script: only data properties of
/// plain objects and arrays are read (a getter or a proxy trap would run outside every limit), and
/// anything that is not JSON — a function, a symbol, a BigInt, a non-finite number, a Map, a
/// Promise, a cycle — is refused. <c>undefined</c> follows <c>JSON.stringify</c>: a property holding
/// it is left out, an array element or the whole result becomes <c>null</c>.
/// </summary>
internal sealed class JsToJson
{
    private const int MaxDepth = 64;

    private readonly ObjectInstance _objectPrototype;
    private readonly HashSet<ObjectInstance> _path = new(ReferenceEqualityComparer.Instance);

    private JsToJson(Engine engine) => _objectPrototype = engine.Intrinsics.Object.PrototypeObject;

    /// <summary>The JSON of <paramref name="value"/>, or <see langword="false"/> with the reason it has none.</summary>
    public static bool TryConvert(Engine engine, JsValue value, out JsonNode? json, out string? problem)
    {
        var converter = new JsToJson(engine);
        problem = null;
        json = converter.Convert(value, "result", ref problem);
        return problem is null;
    }

    private JsonNode? Convert(JsValue value, string path, ref string? problem)
    {
        switch (value.Type)
        {
            case Types.Undefined:
            case Types.Null:
                return null;
            case Types.Boolean:
                return JsonValue.Create(value.AsBoolean());
            case Types.String:
                return JsonValue.Create(value.AsString());
            case Types.Number:
                var number = value.AsNumber();
                if (!double.IsFinite(number))
                {
                    problem = $"{path} is {number}, which JSON cannot represent";
                    return null;
                }

                return JsonValue.Create(number);
            case Types.Object when value is ObjectInstance target:
                return ConvertObject(target, path, ref problem);
            default:
                problem = $"{path} is a {value.Type}";
                return null;
        }
    }

    private JsonNode? ConvertObject(ObjectInstance target, string path, ref string? problem)
    {
        if (_path.Count >= MaxDepth)
        {
            problem = $"{path} nests deeper than {MaxDepth}";
            return null;
        }

        if (!_path.Add(target))
        {
            problem = $"{path} refers back to an object that contains it (a cycle)";
            return null;
        }

        try
        {
            return target switch
            {
                JsArray array => ConvertArray(array, path, ref problem),
                JsObject plain when plain.Prototype is null || ReferenceEquals(plain.Prototype, _objectPrototype) => ConvertPlain(plain, path, ref problem),
                _ => Refuse(target, path, ref problem),
            };
        }
        finally
        {
            _path.Remove(target);
        }
    }

    private static JsonNode? Refuse(ObjectInstance target, string path, ref string? problem)
    {
        problem = target.IsCallable() ? $"{path} is a function" : $"{path} is an object that is neither a plain object nor an array";
        return null;
    }

    private JsonArray? ConvertArray(JsArray array, string path, ref string? problem)
    {
        var result = new JsonArray();
        for (uint i = 0; i < array.Length; i++)
        {
            var descriptor = array.GetOwnProperty(i);
            if (descriptor.IsAccessorDescriptor())
            {
                problem = $"{path}[{i}] is a getter";
                return null;
            }

            var item = descriptor == PropertyDescriptor.Undefined ? JsValue.Undefined : descriptor.Value;
            result.Add(Convert(item, $"{path}[{i}]", ref problem));
            if (problem is not null)
            {
                return null;
            }
        }

        return result;
    }

    private JsonObject? ConvertPlain(JsObject plain, string path, ref string? problem)
    {
        var result = new JsonObject();
        foreach (var key in plain.GetOwnPropertyKeys(Types.String))
        {
            var descriptor = plain.GetOwnProperty(key);
            if (!descriptor.Enumerable)
            {
                continue;
            }

            var name = key.AsString();
            if (descriptor.IsAccessorDescriptor())
            {
                problem = $"{path}.{name} is a getter";
                return null;
            }

            if (descriptor.Value.IsUndefined())
            {
                continue;
            }

            result[name] = Convert(descriptor.Value, $"{path}.{name}", ref problem);
            if (problem is not null)
            {
                return null;
            }
        }

        return result;
    }
}
