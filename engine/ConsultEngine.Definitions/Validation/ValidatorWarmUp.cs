using System.Text;

namespace ConsultEngine.Definitions.Validation;

/// <summary>
/// The first validation in a process pays for JIT compilation, the schema build and the JavaScript
/// parser's set-up (about 0.2 s here). Hosts call <see cref="WarmUp"/> while starting, as they warm
/// Jint, so that the first definition a user validates costs what every later one does.
/// </summary>
public static class ValidatorWarmUp
{
    // Small, but it takes every path of the validator: schema errors, binding repairs, each check, rules.
    private const string Sample = """
        {
          "schemaVersion": 1, "id": "warm.up", "version": 1,
          "title": { "vi": "Khởi động", "en": "Warm-up" },
          "roles": [ { "id": "office", "title": { "vi": "Văn phòng", "en": "Office" } } ],
          "rules": { "always": "vars.x !== undefined || steps['b'] === undefined || [1, 2].some(n => n > 1) && `t${1}` === 't1'", "broken": "(" },
          "forms": { "notes": { "title": { "vi": "Ghi chú", "en": "Notes" }, "schema": {
            "type": "object", "required": ["a"], "additionalProperties": false,
            "properties": {
              "a": { "type": "string", "minLength": 1, "maxLength": 9, "enum": ["x", "y"] },
              "b": { "type": "array", "minItems": 1, "uniqueItems": true, "items": { "type": "object", "properties": { "c": { "type": "boolean" }, "d": { "type": "integer", "minimum": 0 } } } },
              "e": { "type": ["string", "null"], "format": "date" }, "f": { "type": "number", "maximum": 5 }
            } } } },
          "phases": [ { "id": "p", "title": { "vi": "Một", "en": "One" }, "steps": [
            { "id": "a", "type": "approval", "title": { "vi": "A", "en": "A" }, "role": "office", "form": "notes", "due": "P1D",
              "outcomes": [ { "id": "ok" }, { "id": "again", "goto": "b" } ], "when": "rules.always", "validate": ["output.x > 0"] },
            { "id": "b", "type": "task", "title": { "vi": "B", "en": "B" }, "role": "office", "routeOnly": true, "outcomes": [ { "id": "back", "goto": "a" } ] },
            { "id": "c", "type": "tool:survey@1", "title": { "vi": "C" }, "after": [7], "config": { "openFor": "P30D" } },
            { "id": "d", "type": "notify", "title": { "vi": "D", "en": "D" }, "config": { "audience": "citizens", "message": { "vi": "x" } } },
            { "id": "e", "type": "wait", "title": { "vi": "E", "en": "E" }, "config": { "for": "P2W" } }
          ] } ],
          "report": { "title": { "vi": "Báo cáo", "en": "Report" }, "sections": [ { "id": "s", "title": { "vi": "S", "en": "S" }, "sources": ["a"] } ] }
        }
        """;

    public static void WarmUp(this DefinitionValidator validator)
    {
        ArgumentNullException.ThrowIfNull(validator);
        _ = validator.ValidateUtf8(Encoding.UTF8.GetBytes(Sample), "warm-up.json");
    }
}
