using System.Text.Json.Nodes;
using ConsultEngine.Definitions.Diagnostics;

namespace ConsultEngine.Rules.Tests;

/// <summary>What rules, guards and checks mean: values, truthiness, messages, nesting, cycles, unknown names.</summary>
public sealed class RuleEvaluatorTests(EvaluatorFixture fixture) : IClassFixture<EvaluatorFixture>
{
    private static readonly RuleContext Context = new(
        vars: new JsonObject { ["budget"] = 60_000_000, ["commune"] = "Ba Đình", ["zero"] = 0 },
        steps: JsonNode.Parse("""{ "design": { "tools": [ { "id": "survey", "contracted": true }, { "id": "poll", "contracted": false } ] } }"""),
        tools: new JsonObject { ["survey"] = new JsonObject { ["responses"] = 1200 } });

    private RuleEvaluator Evaluator => fixture.Evaluator;

    [Theory]
    [InlineData("vars.budget > 50000000", "true")]
    [InlineData("steps['design'].tools.filter(t => t.contracted).map(t => t.id)", """["survey"]""")]
    [InlineData("({ commune: vars.commune, responses: tools.survey.responses })", """{"commune":"Ba Đình","responses":1200}""")]
    [InlineData("'Phường ' + vars.commune", "\"Phường Ba Đình\"")]
    [InlineData("null", "null")]
    [InlineData("undefined", "null")]
    [InlineData("({ kept: 1, dropped: undefined })", """{"kept":1}""")]
    [InlineData("[1, undefined, 3]", "[1,null,3]")]
    [InlineData("Object.assign(Object.create(null), { a: 1 })", """{"a":1}""")]
    [InlineData("const total = 1 + 2; total * 2", "6")]
    [InlineData("if (vars.zero) { 'yes' } else { 'no' }", "\"no\"")]
    [InlineData("new Date(Date.UTC(2025, 0, 31)).toISOString()", "\"2025-01-31T00:00:00.000Z\"")]
    [InlineData("vars", """{"budget":60000000,"commune":"Ba Đình","zero":0}""")]
    public void EvaluateRule_JsonValue_ReturnsIt(string source, string expected)
    {
        var prepared = Evaluator.Prepare(Definitions.WithRules(("value", source)));
        var actual = Evaluator.EvaluateRule(prepared, "value", Context);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), actual), $"expected {expected}, got {actual?.ToJsonString() ?? "null"}");
    }

    // The sandbox replaces these built-ins with length-capped versions; they must still behave as specified.
    [Theory]
    [InlineData("'ab'.repeat(3)", "\"ababab\"")]
    [InlineData("'ab'.repeat(0) + '|' + ''.repeat(5)", "\"|\"")]
    [InlineData("'5'.padStart(3, '0') + '|' + '5'.padEnd(4, 'xy') + '|' + 'abc'.padStart(2) + '|' + 'a'.padStart(3)", "\"005|5xyx|abc|  a\"")]
    [InlineData("'a'.concat(1, null, [2, 3])", "\"a1null2,3\"")]
    [InlineData("[1, null, undefined, [2, [3]], 'x'].join('-')", "\"1---2,3-x\"")]
    [InlineData("[1, 2].join() + '|' + [].join() + '|' + Array(3).join('.')", "\"1,2||..\"")]
    [InlineData("(() => { const a = [1]; a.push(a, 2); return a.join(); })()", "\"1,,2\"")]
    [InlineData("Array.prototype.join.call({ length: 2, 0: 'a', 1: 'b' }, '+') + '|' + String([1, [2, 3]])", "\"a+b|1,2,3\"")]
    [InlineData("'a-b-c'.replace('-', '+') + '|' + 'a-b-c'.replaceAll('-', '+')", "\"a+b-c|a+b+c\"")]
    [InlineData("'2025-01-31'.replace(/(\\d+)-(\\d+)-(\\d+)/, '$3/$2/$1')", "\"31/01/2025\"")]
    [InlineData("'2025-01'.replace(/(?<y>\\d+)-(?<m>\\d+)/, '$<m>.$<y>')", "\"01.2025\"")]
    [InlineData("'abc'.replace('b', '[$&|$`|$\\'|$$|$1]')", "\"a[b|a|c|$|$1]c\"")]
    [InlineData("'aaa'.replace(/a/g, (m, i) => i)", "\"012\"")]
    [InlineData("'x'.replaceAll('', '-')", "\"-x-\"")]
    [InlineData("'abcdefghijkl'.replace(/(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)/, '$11$10$1$01$0')", "\"kjaa$0l\"")]
    [InlineData("'tiền tệ'.replace(/ệ/g, 'e').toUpperCase()", "\"TIỀN TE\"")]
    public void EvaluateRule_GuardedStringBuilders_BehaveAsSpecified(string source, string expected) =>
        EvaluateRule_JsonValue_ReturnsIt(source, expected);

    [Theory]
    [InlineData("() => 1")]
    [InlineData("Symbol('s')")]
    [InlineData("10n")]
    [InlineData("0 / 0")]
    [InlineData("1 / 0")]
    [InlineData("new Map()")]
    [InlineData("new Date(0)")]
    [InlineData("Promise.resolve(1)")]
    [InlineData("const o = {}; o.self = o; o")]
    [InlineData("[{ f() {} }].map(x => x.f)")]
    public void EvaluateRule_ValueThatIsNotJson_FaultsWithResultNotJson(string source)
    {
        var prepared = Evaluator.Prepare(Definitions.WithRules(("value", source)));
        var fault = Assert.Throws<RuleFaultException>(() => Evaluator.EvaluateRule(prepared, "value", Context));
        Assert.Equal(DiagnosticCodes.RuleResultNotJson.Code, fault.Code);
    }

    [Fact]
    public void EvaluateRule_RuleUsingRules_SeesTheirValues()
    {
        var prepared = Evaluator.Prepare(Definitions.WithRules(
            ("big", "vars.budget > 50000000"),
            ("contracted", "steps['design'].tools.some(t => t.contracted)"),
            ("needsMonitor", "rules.big && rules.contracted"),
            ("helper", "(x) => x * 2"),
            ("doubled", "rules.helper(21)")));
        Assert.True(Evaluator.EvaluateRule(prepared, "needsMonitor", Context)!.GetValue<bool>());
        Assert.Equal(42, Evaluator.EvaluateRule(prepared, "doubled", Context)!.GetValue<double>());
    }

    [Fact]
    public void EvaluateRule_RuleReadTwiceInOneEvaluation_IsEvaluatedOnce()
    {
        // 'costly' runs about 60,000 statements: twice would cross the 100,000-statement limit.
        var prepared = Evaluator.Prepare(Definitions.WithRules(
            ("costly", "let i = 0; while (i < 30000) { i++; } i"),
            ("twice", "rules.costly + rules.costly")));
        Assert.Equal(60_000, Evaluator.EvaluateRule(prepared, "twice", Context)!.GetValue<double>());
    }

    [Fact]
    public void EvaluateRule_TopLevelDeclarations_StayLocalToTheEvaluation()
    {
        var prepared = Evaluator.Prepare(Definitions.WithRules(
            ("declares", "let x = 1; const y = 2; class C {} function f() { return 3; } x + y + f()")));
        Assert.Equal(6, Evaluator.EvaluateRule(prepared, "declares", Context)!.GetValue<double>());
        Assert.Equal(6, Evaluator.EvaluateRule(prepared, "declares", Context)!.GetValue<double>());
    }

    [Theory]
    [InlineData(new[] { "a:rules.b", "b:rules.a" }, "a")]
    [InlineData(new[] { "a:rules.a" }, "a")]
    [InlineData(new[] { "a:rules.b + 1", "b:rules.c + 1", "c:rules.a + 1" }, "b")]
    public void EvaluateRule_RulesUsingEachOtherInACycle_FaultsWithRuleCycle(string[] rules, string start)
    {
        var prepared = Evaluator.Prepare(Definitions.WithRules(rules.Select(r => (r[..r.IndexOf(':')], r[(r.IndexOf(':') + 1)..])).ToArray()));
        var fault = Assert.Throws<RuleFaultException>(() => Evaluator.EvaluateRule(prepared, start, Context));
        Assert.Equal(DiagnosticCodes.RuleCycle.Code, fault.Code);
    }

    [Fact]
    public void EvaluateRule_UnknownName_FaultsWithUnknownScript()
    {
        var prepared = Evaluator.Prepare(Definitions.WithRules(("known", "1")));
        var fault = Assert.Throws<RuleFaultException>(() => Evaluator.EvaluateRule(prepared, "unknown", Context));
        Assert.Equal(DiagnosticCodes.RuleUnknownScript.Code, fault.Code);
        Assert.Equal("unknown", fault.RuleName);
    }

    [Fact]
    public void EvaluateRule_ScriptReadingUnknownRule_FaultsWithUnknownScript()
    {
        var prepared = Evaluator.Prepare(Definitions.WithRules(("reader", "rules.missing")));
        var fault = Assert.Throws<RuleFaultException>(() => Evaluator.EvaluateRule(prepared, "reader", Context));
        Assert.Equal(DiagnosticCodes.RuleUnknownScript.Code, fault.Code);
        Assert.Equal("missing", fault.RuleName);
    }

    [Fact]
    public void EvaluateRule_ScriptThrows_FaultsWithScriptThrewAndNamesTheScript()
    {
        var definition = Definitions.Make("hdnd.test", 7, [("thrower", "throw new RangeError('no budget')")], []);
        var prepared = Evaluator.Prepare(definition);
        var fault = Assert.Throws<RuleFaultException>(() => Evaluator.EvaluateRule(prepared, "thrower", Context));
        Assert.Equal(DiagnosticCodes.RuleScriptThrew.Code, fault.Code);
        Assert.Equal(("hdnd.test", 7, RuleScriptKind.Rule, "thrower"), (fault.DefinitionId, fault.DefinitionVersion, fault.ScriptKind, fault.RuleName));
        Assert.IsAssignableFrom<ConsultEngineException>(fault);
    }

    [Theory]
    [InlineData("1 +")]
    [InlineData("1 } let escaped = 1; {")]
    [InlineData("with (vars) { budget }")]
    public void Prepare_ScriptThatDoesNotParse_FaultsWithSyntaxError(string source)
    {
        var fault = Assert.Throws<RuleFaultException>(() => Evaluator.Prepare(Definitions.WithRules(("broken", source))));
        Assert.Equal(DiagnosticCodes.ScriptSyntaxError.Code, fault.Code);
        Assert.Equal("broken", fault.RuleName);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("vars.budget > 50000000", true)]
    [InlineData("vars.zero", false)]
    [InlineData("''", false)]
    [InlineData("'no'", true)]
    [InlineData("[]", true)]
    [InlineData("null", false)]
    [InlineData("undefined", false)]
    [InlineData("NaN", false)]
    [InlineData("steps['design'].tools.some(t => t.contracted)", true)]
    [InlineData("steps['missing'] !== undefined", false)]
    public void EvaluateGuard_Value_IsItsTruthiness(string when, bool expected)
    {
        var prepared = Evaluator.Prepare(Definitions.Make("guards", 1, [], [Definitions.Step("guarded", when)]));
        Assert.Equal(expected, Evaluator.EvaluateGuard(prepared, "guarded", Context));
    }

    [Fact]
    public void EvaluateGuard_UsingRules_SeesTheirValues()
    {
        var prepared = Evaluator.Prepare(Definitions.Make("guards", 2,
            [("needsContractor", "steps['design'].tools.some(t => t.contracted)")],
            [Definitions.Step("monitor", "rules.needsContractor && vars.budget > 1")]));
        Assert.True(Evaluator.EvaluateGuard(prepared, "monitor", Context));
    }

    [Fact]
    public void EvaluateGuard_StepWithoutGuard_IsTrue()
    {
        var prepared = Evaluator.Prepare(Definitions.Make("guards", 3, [], [Definitions.Step("free")]));
        Assert.True(Evaluator.EvaluateGuard(prepared, "free", Context));
    }

    [Fact]
    public void EvaluateGuard_UnknownStep_FaultsWithUnknownScript()
    {
        var prepared = Evaluator.Prepare(Definitions.Make("guards", 4, [], [Definitions.Step("free")]));
        var fault = Assert.Throws<RuleFaultException>(() => Evaluator.EvaluateGuard(prepared, "nowhere", Context));
        Assert.Equal(DiagnosticCodes.RuleUnknownScript.Code, fault.Code);
        Assert.Equal(("nowhere", RuleScriptKind.Guard), (fault.StepId, fault.ScriptKind));
    }

    [Fact]
    public void RunChecks_EveryCheckPasses_ReturnsNoMessages()
    {
        var prepared = Evaluator.Prepare(Definitions.Make("checks", 1, [], [Definitions.Step("submit", null, "output.count > 0", "output.note.length > 0 || 'A note is required.'")]));
        var context = new RuleContext(output: new JsonObject { ["count"] = 3, ["note"] = "ok" });
        Assert.Empty(Evaluator.RunChecks(prepared, "submit", context));
    }

    [Fact]
    public void RunChecks_SomeChecksFail_ReturnsEveryMessageInOrder()
    {
        var prepared = Evaluator.Prepare(Definitions.Make("checks", 2, [], [Definitions.Step("submit", null,
            "output.count > 0 || 'At least one opinion is required.'",
            "true",
            "output.note.length > 0",
            "42",
            "output.count < 100 || 'Too many.'")]));
        var context = new RuleContext(output: new JsonObject { ["count"] = 0, ["note"] = "" });
        var messages = Evaluator.RunChecks(prepared, "submit", context);
        Assert.Equal(3, messages.Count);
        Assert.Equal("At least one opinion is required.", messages[0]);
        Assert.Contains("3", messages[1], StringComparison.Ordinal);
        Assert.Contains("4", messages[2], StringComparison.Ordinal);
    }

    [Fact]
    public void RunChecks_CheckFaults_FaultNamesStepAndCheck()
    {
        var prepared = Evaluator.Prepare(Definitions.Make("checks", 3, [], [Definitions.Step("submit", null, "true", "output.missing.length > 0")]));
        var fault = Assert.Throws<RuleFaultException>(() => Evaluator.RunChecks(prepared, "submit", new RuleContext(output: new JsonObject())));
        Assert.Equal(DiagnosticCodes.RuleScriptThrew.Code, fault.Code);
        Assert.Equal(("submit", 1, RuleScriptKind.Check), (fault.StepId, fault.CheckIndex, fault.ScriptKind));
    }

    [Fact]
    public void RunChecks_StepWithoutChecks_ReturnsNoMessages()
    {
        var prepared = Evaluator.Prepare(Definitions.Make("checks", 4, [], [Definitions.Step("plain")]));
        Assert.Empty(Evaluator.RunChecks(prepared, "plain", Context));
    }

    [Fact]
    public void RunChecks_UnknownStep_FaultsWithUnknownScript()
    {
        var prepared = Evaluator.Prepare(Definitions.Make("checks", 5, [], [Definitions.Step("plain")]));
        var fault = Assert.Throws<RuleFaultException>(() => Evaluator.RunChecks(prepared, "nowhere", Context));
        Assert.Equal(DiagnosticCodes.RuleUnknownScript.Code, fault.Code);
    }
}
