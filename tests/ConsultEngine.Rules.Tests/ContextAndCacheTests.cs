using System.Text.Json.Nodes;

namespace ConsultEngine.Rules.Tests;

/// <summary>The context is a frozen snapshot; prepared scripts are cached per definition version and content.</summary>
public sealed class ContextAndCacheTests(EvaluatorFixture fixture) : IClassFixture<EvaluatorFixture>
{
    private RuleEvaluator Evaluator => fixture.Evaluator;

    [Fact]
    public void EvaluateRule_Context_IsDeepFrozen()
    {
        var prepared = Evaluator.Prepare(Definitions.WithRules(("frozen",
            "[vars, vars.nested, vars.nested.list, steps, steps.a, tools, output].every(o => Object.isFrozen(o))")));
        var context = new RuleContext(
            vars: JsonNode.Parse("""{ "nested": { "list": [1, { "x": 2 }] } }"""),
            steps: JsonNode.Parse("""{ "a": { "done": true } }"""),
            tools: new JsonObject(),
            output: new JsonObject { ["x"] = 1 });
        Assert.True(Evaluator.EvaluateRule(prepared, "frozen", context)!.GetValue<bool>());
    }

    [Fact]
    public void EvaluateRule_NodeChangedAfterContextWasMade_SeesTheSnapshot()
    {
        var vars = new JsonObject { ["n"] = 1 };
        var context = new RuleContext(vars: vars);
        vars["n"] = 2;
        var prepared = Evaluator.Prepare(Definitions.WithRules(("n", "vars.n")));
        Assert.Equal(1, Evaluator.EvaluateRule(prepared, "n", context)!.GetValue<double>());
    }

    [Fact]
    public void EvaluateRule_EmptyContext_SeesEmptyObjectsAndNullOutput()
    {
        var prepared = Evaluator.Prepare(Definitions.WithRules(("shape", "[Object.keys(vars).length, Object.keys(steps).length, Object.keys(tools).length, output]")));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("[0,0,0,null]"), Evaluator.EvaluateRule(prepared, "shape", RuleContext.Empty)));
    }

    [Fact]
    public void EvaluateRule_ContextsAlternating_EachEvaluationSeesItsOwn()
    {
        var prepared = Evaluator.Prepare(Definitions.WithRules(("n", "vars.n")));
        var one = new RuleContext(vars: new JsonObject { ["n"] = 1 });
        var two = new RuleContext(vars: new JsonObject { ["n"] = 2 });
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(1, Evaluator.EvaluateRule(prepared, "n", one)!.GetValue<double>());
            Assert.Equal(2, Evaluator.EvaluateRule(prepared, "n", two)!.GetValue<double>());
        }
    }

    [Fact]
    public void Prepare_SameDefinitionTwice_ReturnsTheCachedRules()
    {
        var definition = Definitions.Make("cache.same", 1, [("a", "1")], []);
        var first = Evaluator.Prepare(definition);
        Assert.Same(first, Evaluator.Prepare(definition));
        Assert.Same(first, Evaluator.Prepare(definition with { Title = null }));
    }

    [Fact]
    public void Prepare_DraftChangedUnderSameVersion_IsNotServedStale()
    {
        var draft = Definitions.Make("cache.draft", 3, [("answer", "1")], []);
        var edited = Definitions.Make("cache.draft", 3, [("answer", "2")], []);
        var before = Evaluator.Prepare(draft);
        var after = Evaluator.Prepare(edited);
        Assert.NotSame(before, after);
        Assert.NotEqual(before.ContentHash, after.ContentHash);
        Assert.Equal(2, Evaluator.EvaluateRule(after, "answer", RuleContext.Empty)!.GetValue<double>());
        Assert.Equal(1, Evaluator.EvaluateRule(before, "answer", RuleContext.Empty)!.GetValue<double>());
    }

    [Fact]
    public void Prepare_GuardOrCheckChanged_ChangesTheContentHash()
    {
        var guarded = Definitions.Make("cache.hash", 1, [], [Definitions.Step("s", "true")]);
        var reguarded = Definitions.Make("cache.hash", 1, [], [Definitions.Step("s", "false")]);
        var checkedStep = Definitions.Make("cache.hash", 1, [], [Definitions.Step("s", "true", "true")]);
        var hashes = new[] { guarded, reguarded, checkedStep }.Select(d => Evaluator.Prepare(d).ContentHash).ToHashSet();
        Assert.Equal(3, hashes.Count);
    }

    [Fact]
    public void Prepare_DefinitionOfAnotherVersion_IsPreparedSeparately()
    {
        var v1 = Evaluator.Prepare(Definitions.Make("cache.versions", 1, [("v", "1")], []));
        var v2 = Evaluator.Prepare(Definitions.Make("cache.versions", 2, [("v", "2")], []));
        Assert.Equal(1, Evaluator.EvaluateRule(v1, "v", RuleContext.Empty)!.GetValue<double>());
        Assert.Equal(2, Evaluator.EvaluateRule(v2, "v", RuleContext.Empty)!.GetValue<double>());
    }

    [Fact]
    public void Constructor_NonPositiveLimit_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new RuleEvaluator(RuleLimits.Default with { Timeout = TimeSpan.Zero }));

    [Fact]
    public void WarmUp_OnNewEvaluator_LeavesItReady()
    {
        using var evaluator = new RuleEvaluator();
        evaluator.WarmUp();
        var prepared = evaluator.Prepare(Definitions.WithRules(("one", "1")));
        Assert.Equal(1, evaluator.EvaluateRule(prepared, "one", RuleContext.Empty)!.GetValue<double>());
    }
}
