using System.Text.Json;
using System.Text.Json.Nodes;

namespace ConsultEngine.Rules.Tests.Native;

/// <summary>The expressions and contexts the native path is compared with Jint on.</summary>
internal static class NativeCorpus
{
    /// <summary>Expressions in the subset (the native path answers some contexts, gives the rest to Jint) and near it (Jint only).</summary>
    public static readonly string[] Expressions =
    [
        // The demo questionnaire's skip logic and XLSForm-style relevance, constraints and calculations.
        "answers.san_sang_phan_loai !== 'co'", "answers.san_sang_phan_loai === 'co'", "answers['san_sang_phan_loai'] === 'co'",
        "answers.q1 === 'yes' && answers.q2 !== 'no'", "answers.age >= 18", "answers.age < 18", "self > 0 && self <= 100",
        "self >= -1", "!answers.x", "!answers.empty", "!!answers.name", "!answers.zero", "!answers.negzero", "!answers.nil",
        "!answers.list", "!answers.obj", "!answers.nan_source", "answers.tinh === 'Lào Cai'", "vars.province === 'Lào Cai'",
        "vars.province", "vars.x", "answers.age >= 18 ? 'adult' : 'minor'", "self ? 1 : 2", "answers.name",
        // Numbers: 0, -0, NaN-producing, Infinity from JSON, mixed with other types.
        "self === -0", "self === 0", "answers.negzero === 0", "answers.negzero", "-answers.zero", "-answers.age", "-answers.name",
        "answers.big > 1", "answers.big", "answers.big - answers.big", "answers.zero / answers.zero", "answers.frac + 0.2",
        "answers.age * 2", "answers.age / 0", "answers.age - 1 >= 17", "NaN === NaN", "NaN", "Infinity", "-0", "1 / 0",
        "answers.missing < 1", "answers.missing >= 0", "answers.nil <= 0", "answers.nil < 0", "answers.yes > 0", "answers.no >= 0",
        "answers.age > '17'", "answers.num_str >= 18", "answers.num_str === 18", "answers.name + 1", "answers.age + answers.frac",
        // Strings: ordinal UTF-16 order, empty, non-ASCII, literals with escapes.
        "answers.name < 'M'", "'abc' < 'abd'", "'B' < 'a'", "'\\uFF61' > '😀'", "answers.high > answers.astral",
        "answers.high < answers.astral", "answers.name <= answers.name", "answers.empty === ''", "answers.empty < 'a'",
        "answers.name.length", "answers.name.length > 3", "answers.empty.length === 0", "answers.tinh.length",
        // Logical operators return operands.
        "answers.name && answers.age", "answers.empty || 'mặc định'", "answers.zero || answers.nil", "answers.zero ?? 5",
        "answers.nil ?? 'x'", "answers.missing ?? answers.nil", "answers.yes && answers.obj", "answers.no || answers.list",
        "answers.x && answers.x.y", "answers.obj && answers.obj.x",
        // Member access: nested, arrays, own keys named like Object.prototype's, duplicates, missing parents.
        "answers.x.y", "answers.nil.y", "self.length", "self.name", "answers.obj.x", "answers.obj['y']", "answers.list[0]",
        "answers.list[5]", "answers.list.length", "answers.list['1']", "answers.list.foo", "answers['0']", "answers.obj",
        "answers.list", "answers.toString", "answers.constructor === undefined", "answers.hasOwnProperty", "answers.valueOf",
        "answers.dup", "answers.__proto__", "vars.nested.deep", "answers.length", "answers.yes.x", "answers.age.toFixed",
        // Equality: objects by identity, loose equality with null and undefined only.
        "answers.obj === answers.obj", "answers.obj !== answers.list", "answers.obj === 1", "answers.list !== null",
        "answers.x == null", "answers.nil != undefined", "null == answers.zero", "undefined == answers.empty",
        "answers.obj === 'co'", "answers.list !== 'a'", "'co' === answers.san_sang_phan_loai", "answers.zero === '0'",
        "answers.name === answers.name", "answers.tinh === vars.province", "answers.high === '\uFF61'", "answers.astral === '😀'",
        "answers.tỉnh", "answers['tỉnh'] === 'Lạng Sơn'", "answers.tỉnh < answers.tinh",
        "answers.yes === true", "answers.no !== false", "answers.nil === null", "answers.missing === undefined",
        "typeof answers.x", "typeof answers.nil", "typeof answers.obj === 'object'", "typeof self", "typeof answers.list",
        "undefined", "null", "true", "'chuỗi'",
        // Near the subset: Jint only.
        "answers.list.includes('a')", "answers.x = 1", "answers?.x", "answers.x?.y", "answers.age + '1'", "`x`", "1, 2",
        "answers.age % 2", "answers.x == 0", "[1, 2]", "({ a: 1 })", "rules.x", "steps", "Math.max(1, 2)",
        "'\\ud800' === answers.x", "answers['\\ud800']", "answers.x; answers.y", "+answers.age", "void 0", "answers[answers.k]",
    ];

    /// <summary>Contexts: named, so a failure says which.</summary>
    public static readonly (string Name, RuleContext Context)[] Contexts =
    [
        ("empty", new RuleContext(null, null, null)),
        ("typical", Context(
            """
            { "san_sang_phan_loai": "co", "q1": "yes", "q2": "maybe", "age": 18, "name": "Nguyễn Văn A", "empty": "",
              "zero": 0, "negzero": -0, "yes": true, "no": false, "nil": null, "list": ["a", "b"], "obj": { "x": 1, "y": "co" },
              "big": 1e400, "frac": 0.1, "num_str": "18", "dup": 1, "dup": 2, "high": "\uFF61", "astral": "😀",
              "tinh": "Lào Cai", "0": "zero key", "k": "age", "tỉnh": "Lạng Sơn" }
            """,
            self: "5", vars: """{ "province": "Lào Cai", "nested": { "deep": [1] } }""")),
        ("other answers", Context(
            """
            { "san_sang_phan_loai": "khong", "q1": "yes", "q2": "no", "age": 17.5, "name": "", "empty": "x", "zero": -0,
              "negzero": 0, "yes": 1, "no": "", "nil": 0, "list": [], "obj": {}, "big": -1e400, "frac": "0.1", "num_str": 18,
              "constructor": "own", "toString": null, "hasOwnProperty": 1, "__proto__": { "x": 1 }, "length": 3, "x": { "y": 2 } }
            """,
            self: "-0", vars: """{ "province": "Hà Nội" }""")),
        ("escaped as the survey writes them", new RuleContext(
            JsonSerializer.SerializeToElement(new JsonObject { ["province"] = "Lào Cai" }),
            JsonSerializer.SerializeToElement(new JsonObject { ["tinh"] = "Lào Cai", ["san_sang_phan_loai"] = "co", ["name"] = "Đồng ý", ["age"] = 40, ["tỉnh"] = "Lạng Sơn" }),
            JsonSerializer.SerializeToElement(JsonValue.Create("Tôi")))),
        ("answers null", Context("null", self: "null")),
        ("answers an array", Context("""["a"]""", self: """{ "name": "opt" }""")),
        ("self a string", Context("""{ "age": "18", "name": 5, "x": "" }""", self: "\"50\"")),
        ("self an array", Context("""{ "age": null, "name": true, "x": [] }""", self: "[1, 2]")),
        ("self true and numbers", Context("""{ "age": 1e-7, "name": -5, "x": 0.5, "zero": 1e21, "list": [null] }""", self: "true")),
        ("vars with a lone surrogate", Context("""{ "age": 20 }""", self: "1", vars: """{ "bad": "\ud800" }""")),
        ("answers with an escaped emoji", Context("""{ "age": 20, "name": "\ud83d\ude00" }""", self: "1")),
        ("a string that is an escaped backslash and u", Context("""{ "name": "\\ud800", "age": 3 }""", self: "1")),
    ];

    private static RuleContext Context(string answers, string? self = null, string? vars = null) =>
        new(vars is null ? null : Json(vars), Json(answers), self is null ? null : Json(self));

    private static JsonElement Json(string text)
    {
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }
}
