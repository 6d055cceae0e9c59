using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ConsultEngine.Rules.Tests;

/// <summary>Rule evaluation is a function of the definition and the context: same input, same output.</summary>
public sealed class DeterminismProperties : IClassFixture<EvaluatorFixture>
{
    private static readonly (string Name, string Source)[] Rules =
    [
        ("summary", "({ total: vars.items.reduce((a, b) => a + b, 0), sorted: [...vars.items].sort((a, b) => a - b), label: vars.label.toUpperCase().padEnd(12, '.'), keys: Object.keys(vars).join() })"),
        ("text", "vars.items.map(i => (i * 1.5).toFixed(2)).join('|') + JSON.stringify(vars)"),
        ("flags", "({ big: rules.summary.total > 100, some: vars.items.some(i => i < 0), re: /^[a-z]+$/i.test(vars.label) })"),
        ("dates", "new Date(Date.UTC(2025, 0, 1) + vars.items.length * 86400000).toISOString()"),
    ];

    private readonly RuleEvaluator _shared;

    public DeterminismProperties(EvaluatorFixture fixture) => _shared = fixture.Evaluator;

    [Property(MaxTest = 200)]
    public void EvaluateRule_SameInput_SameOutput(int[] items, NonNull<string> label)
    {
        var definition = Definitions.Make("determinism", 1, Rules, []);
        var vars = new JsonObject
        {
            ["items"] = new JsonArray(items.Select(i => (JsonNode?)JsonValue.Create(i)).ToArray()),
            ["label"] = label.Get,
        };

        using var fresh = new RuleEvaluator();
        var prepared = _shared.Prepare(definition);
        var freshPrepared = fresh.Prepare(definition);
        foreach (var (name, _) in Rules)
        {
            var first = _shared.EvaluateRule(prepared, name, new RuleContext(vars: vars));
            var second = _shared.EvaluateRule(prepared, name, new RuleContext(vars: vars.DeepClone()));
            var elsewhere = fresh.EvaluateRule(freshPrepared, name, new RuleContext(vars: vars));
            Assert.True(JsonNode.DeepEquals(first, second), $"{name}: {first?.ToJsonString()} vs {second?.ToJsonString()}");
            Assert.True(JsonNode.DeepEquals(first, elsewhere), $"{name}: {first?.ToJsonString()} vs {elsewhere?.ToJsonString()}");
        }
    }

    [Property(MaxTest = 100)]
    public Property EvaluateGuard_SameInput_SameOutput(int budget, bool contracted) =>
        Prop.ToProperty(GuardTwice(budget, contracted));

    private bool GuardTwice(int budget, bool contracted)
    {
        var prepared = _shared.Prepare(Definitions.Make("determinism.guard", 1, [], [Definitions.Step("s", "vars.budget > 50000000 && steps['design'].tools.some(t => t.contracted)")]));
        var context = new RuleContext(
            vars: new JsonObject { ["budget"] = budget },
            steps: new JsonObject { ["design"] = new JsonObject { ["tools"] = new JsonArray(new JsonObject { ["contracted"] = contracted }) } });
        var expected = budget > 50_000_000 && contracted;
        return _shared.EvaluateGuard(prepared, "s", context) == expected && _shared.EvaluateGuard(prepared, "s", context) == expected;
    }
}
