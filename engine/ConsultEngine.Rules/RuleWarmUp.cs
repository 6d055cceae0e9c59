using System.Text.Json.Nodes;
using ConsultEngine.Definitions.Model;

namespace ConsultEngine.Rules;

/// <summary>A small definition that takes every path of the evaluator once: rules, nested rules, guards, checks, JSON both ways; and tools' scripts, native and in Jint.</summary>
internal static class RuleWarmUp
{
    private static readonly ProcessDefinition Sample = new()
    {
        Id = "warm.up",
        Version = 1,
        Rules = new Dictionary<string, string>
        {
            ["big"] = "vars.budget > 50000000",
            ["contracted"] = "(steps['design'].tools || []).some(t => t.contracted)",
            ["summary"] = "({ big: rules.big, tools: steps['design'].tools.map(t => t.id).join(','), padded: 'x'.padStart(3, '-') })",
        },
        Phases =
        [
            new PhaseDefinition
            {
                Id = "p",
                Steps =
                [
                    new StepDefinition { Id = "design", Type = "task" },
                    new StepDefinition
                    {
                        Id = "monitor",
                        Type = "task",
                        When = "rules.big && rules.contracted",
                        Validate = ["output.note.length > 0 || 'A note is required.'", "/^[a-z]+$/.test(output.note)"],
                    },
                ],
            },
        ],
    };

    public static void Run(RuleEvaluator evaluator)
    {
        var prepared = evaluator.Prepare(Sample);
        var context = new RuleContext(
            vars: new JsonObject { ["budget"] = 60_000_000 },
            steps: JsonNode.Parse("""{ "design": { "tools": [ { "id": "survey", "contracted": true }, { "id": "poll" } ] } }"""),
            output: new JsonObject { ["note"] = "ok" });
        var tool = new RuleContext(
            vars: null, steps: null, tools: null, output: null,
            answers: new JsonObject { ["q"] = "a", ["n"] = 3 }, self: JsonValue.Create(2));
        for (var i = 0; i < 20; i++)
        {
            _ = evaluator.EvaluateRule(prepared, "summary", context);
            _ = evaluator.EvaluateGuard(prepared, "monitor", context);
            _ = evaluator.RunChecks(prepared, "monitor", context);

            // Tools' scripts: two on the native path, one in Jint.
            _ = evaluator.TestToolScript("answers.q !== 'b' && self > 0", tool);
            _ = evaluator.EvaluateToolScript("answers.n >= 3 ? answers.q : null", tool);
            _ = evaluator.TestToolScript("[answers.q].includes('a')", tool);
        }
    }
}
