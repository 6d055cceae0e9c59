using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace ConsultEngine.Web.Tests.Hostile.Fuzz;

/// <summary>
/// Request bodies built to break a reader: a valid body with fields removed, values of the wrong type,
/// numbers no double holds, nesting deeper than any parser allows, long strings, Unicode edge cases,
/// nulls, arrays where objects belong, bytes that are not UTF-8, the wrong content type, no body at all.
/// </summary>
internal static class FuzzBodies
{
    private const string Number = "\"__fuzz-number__\"";

    /// <summary>Stands for "take the field out" in a mutation (compared by reference, never inserted).</summary>
    private static readonly JsonNode Removed = JsonValue.Create("__fuzz-removed__");

    private static readonly string[] Numbers =
        ["1e400", "-1e400", "123456789012345678901234567890", "1.7976931348623157e309", "-0", "4.9e-325", "9007199254740993", "-9223372036854775809", "0.1e-99999", "1E+2147483648"];

    private static readonly string[] Strange =
    [
        "\ud800", "\udfff", "\u0000", "\u202e\u0644\u0627", "\ufeff", "\uffff", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 👨‍👩‍👧‍👦", "Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇", "Tiếng Việt có dấu",
        "<script>alert(1)</script>", "' OR 1=1 --", "=1+1", "../../../../etc/passwd", "%00", "${jndi:ldap://x}", "{{7*7}}", "\r\nSet-Cookie: a=b",
    ];

    private static readonly string[] ContentTypes =
    [
        "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data; boundary=fuzz", "application/json; charset=utf-16",
        "application/json; charset=no-such-charset", "application/merge-patch+json", "*/*", "application/json; =;;", "application/octet-stream",
    ];

    /// <summary>One body: mostly a mutation of <paramref name="valid"/>, sometimes raw bytes, sometimes nothing.</summary>
    public static (HttpContent? Content, string Kind) Next(Random random, JsonObject? valid)
    {
        var roll = random.Next(100);
        var node = (valid?.DeepClone() as JsonObject) ?? new JsonObject { ["answers"] = new JsonObject { ["q"] = "x" } };
        return roll switch
        {
            < 12 => (Json(node.ToJsonString()), "valid"),
            < 22 => (Json(Mutate(random, node, _ => Removed).ToJsonString()), "field removed"),
            < 32 => (Json(Mutate(random, node, r => WrongType(r)).ToJsonString()), "wrong type"),
            < 38 => (Json(Mutate(random, node, _ => JsonValue.Create("__fuzz-number__")).ToJsonString().Replace(Number, Numbers[random.Next(Numbers.Length)], StringComparison.Ordinal)), "huge number"),
            < 43 => (Json(Nested(random)), "deep nesting"),
            < 50 => (Json(Mutate(random, node, r => JsonValue.Create(new string(Pick(r, "xé𝕏\n\""), r.Next(1_000, r.Next(4) == 0 ? 70_000 : 30_000)))).ToJsonString()), "long string"),
            < 58 => (Json(Mutate(random, node, r => JsonValue.Create(Strange[r.Next(Strange.Length)])).ToJsonString()), "unicode edge"),
            < 63 => (Json(Mutate(random, node, _ => null).ToJsonString()), "null"),
            < 68 => (Json(Mutate(random, node, r => new JsonArray(r.Next(2) == 0 ? [] : [JsonValue.Create("x")])).ToJsonString()), "array for object"),
            < 73 => (Raw(InvalidUtf8(random, node.ToJsonString()), "application/json"), "invalid UTF-8"),
            < 80 => (Raw(Encoding.UTF8.GetBytes(node.ToJsonString()), ContentTypes[random.Next(ContentTypes.Length)]), "wrong content type"),
            < 85 => (random.Next(2) == 0 ? null : Raw([], "application/json"), "empty body"),
            < 93 => (Json(Broken(random, node.ToJsonString())), "malformed JSON"),
            _ => (Json(Whole(random)), "odd document"),
        };
    }

    public static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    public static ByteArrayContent Raw(byte[] bytes, string contentType)
    {
        var content = new ByteArrayContent(bytes);
        if (MediaTypeHeaderValue.TryParse(contentType, out var type))
        {
            content.Headers.ContentType = type;
        }
        else
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        return content;
    }

    public static char Pick(Random random, string from) => from[random.Next(from.Length)];

    /// <summary>Replaces one value somewhere in the document (found by a random walk) with what <paramref name="replace"/> makes.</summary>
    private static JsonObject Mutate(Random random, JsonObject root, Func<Random, JsonNode?> replace)
    {
        JsonNode node = root;
        for (var depth = 0; depth < 4; depth++)
        {
            var children = node switch
            {
                JsonObject o => o.Select(p => p.Key).ToList(),
                JsonArray a => [.. Enumerable.Range(0, a.Count).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))],
                _ => [],
            };
            if (children.Count == 0)
            {
                break;
            }

            var key = children[random.Next(children.Count)];
            var child = node is JsonObject obj ? obj[key] : node.AsArray()[int.Parse(key, System.Globalization.CultureInfo.InvariantCulture)];
            if (child is null or JsonValue || random.Next(3) == 0)
            {
                var value = replace(random);
                if (node is JsonObject owner)
                {
                    if (ReferenceEquals(value, Removed))
                    {
                        owner.Remove(key);
                    }
                    else
                    {
                        owner[key] = value;
                    }
                }
                else
                {
                    node.AsArray()[int.Parse(key, System.Globalization.CultureInfo.InvariantCulture)] = ReferenceEquals(value, Removed) ? null : value;
                }

                return root;
            }

            node = child;
        }

        var last = replace(random);
        root[random.Next(2) == 0 ? "answers" : "fuzz"] = ReferenceEquals(last, Removed) ? null : last;
        return root;
    }

    private static JsonNode? WrongType(Random random) => random.Next(9) switch
    {
        0 => JsonValue.Create(123),
        1 => JsonValue.Create("not what you expect"),
        2 => JsonValue.Create(true),
        3 => null,
        4 => new JsonArray(1, 2, 3),
        5 => new JsonObject { ["nested"] = new JsonObject { ["x"] = 1 } },
        6 => JsonValue.Create(-1.5),
        7 => JsonValue.Create(string.Empty),
        _ => new JsonArray(new JsonArray(new JsonObject())),
    };

    private static string Nested(Random random)
    {
        var depth = random.Next(65, 20_000);
        var open = random.Next(2) == 0 ? "[" : "{\"a\":";
        var close = open == "[" ? "]" : "}";
        var inner = string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, depth));
        return random.Next(2) == 0 ? inner : "{\"answers\":" + inner + "}";
    }

    private static byte[] InvalidUtf8(Random random, string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json).ToList();
        byte[][] bad = [[0xFF], [0xC3, 0x28], [0xE2, 0x82], [0xF0, 0x28, 0x8C, 0x28], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xFE, 0xFF]];
        var at = bytes.IndexOf((byte)'"');
        at = at < 0 ? 0 : at + 1 + random.Next(Math.Max(1, bytes.Count - at - 2));
        bytes.InsertRange(Math.Min(at, bytes.Count), bad[random.Next(bad.Length)]);
        return [.. bytes];
    }

    private static string Broken(Random random, string json) => random.Next(8) switch
    {
        0 => json[..random.Next(json.Length)],
        1 => json.Replace("}", ",}", StringComparison.Ordinal),
        2 => "/* comment */" + json,
        3 => json.Replace(":", "::", StringComparison.Ordinal),
        4 => "{\"answers\":{},\"answers\":[1],\"answers\":null}",
        5 => json.Replace("\"", "'", StringComparison.Ordinal),
        6 => "{\"a\":NaN,\"b\":Infinity,\"c\":undefined}",
        _ => "\ufeff" + json,
    };

    private static string Whole(Random random) => random.Next(8) switch
    {
        0 => "null",
        1 => "[]",
        2 => "[{\"answers\":{}}]",
        3 => "\"a string\"",
        4 => "12345",
        5 => "true",
        6 => "{}",
        _ => "{\"" + new string('k', random.Next(1, 20_000)) + "\":1}",
    };

}
