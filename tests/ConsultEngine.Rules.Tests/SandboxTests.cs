using System.Diagnostics;
using System.Text.Json.Nodes;
using ConsultEngine.Definitions.Diagnostics;

namespace ConsultEngine.Rules.Tests;

/// <summary>
/// Hostile scripts: each one ends in a coded <see cref="RuleFaultException"/>, and the next
/// evaluation on the same thread works.
/// </summary>
public sealed class SandboxTests(EvaluatorFixture fixture) : IClassFixture<EvaluatorFixture>
{
    // The assertion only guards against a script that was not stopped at all (it would run on for
    // ever): a stopped one takes milliseconds, but a test host sharing two cores with the rest of the
    // solution's tests has been seen to take 1.2 s to get there, so the bar leaves that room.
    private static readonly TimeSpan Bar = TimeSpan.FromSeconds(10);
    private static readonly RuleContext Context = new(vars: new JsonObject { ["n"] = 41, ["list"] = new JsonArray(1, 2) });

    [Fact]
    public void EvaluateRule_InfiniteLoop_FaultsWithStatementLimit() =>
        AssertContained("while (true) {}", DiagnosticCodes.RuleStatementLimit);

    [Fact]
    public void EvaluateRule_InfiniteLoopUnderHighStatementLimit_FaultsWithTimeout()
    {
        using var evaluator = new RuleEvaluator(RuleLimits.Default with { MaxStatements = int.MaxValue, Timeout = TimeSpan.FromMilliseconds(150) });
        AssertContained("while (true) {}", DiagnosticCodes.RuleTimeout, evaluator);
    }

    [Fact]
    public void EvaluateRule_TimeSpreadOverNestedRules_FaultsWithTimeout()
    {
        using var evaluator = new RuleEvaluator(RuleLimits.Default with { MaxStatements = int.MaxValue, Timeout = TimeSpan.FromMilliseconds(150) });
        var definition = Definitions.WithRules(
            ("hostile", "rules.a; rules.b; rules.c; while (true) {}"),
            // Counters stay under 1,000: Jint shares the values of small integers, and counting to 1e9 made a new
            // number at each step, so a fast machine reached the memory limit (CE7003) before the time limit.
            ("a", "{ let j = 0; while (j < 1000) { let k = 0; while (k < 1000) k++; j++; } }"),
            ("b", "1"),
            ("c", "2"));
        var prepared = evaluator.Prepare(definition);
        var clock = Stopwatch.StartNew();
        var fault = Assert.Throws<RuleFaultException>(() => evaluator.EvaluateRule(prepared, "hostile", Context));
        Assert.Equal(DiagnosticCodes.RuleTimeout.Code, fault.Code);
        Assert.True(clock.Elapsed < Bar, $"took {clock.Elapsed}");
    }

    [Fact]
    public void EvaluateRule_UnboundedTailRecursion_FaultsWithRecursionLimit() =>
        AssertContained("function f() { return f(); } f()", DiagnosticCodes.RuleRecursionLimit);

    [Fact]
    public void EvaluateRule_UnboundedRecursion_FaultsWithRecursionLimit() =>
        AssertContained("function f(n) { return 1 + f(n + 1); } f(0)", DiagnosticCodes.RuleRecursionLimit);

    [Fact]
    public void EvaluateRule_RecursionThroughGetter_FaultsWithRecursionLimit() =>
        AssertContained("({ get x() { return this.x; } }).x", DiagnosticCodes.RuleRecursionLimit);

    [Fact]
    public void EvaluateRule_RecursionPastStackWithoutDepthLimit_StackGuardFaultsWithoutKillingProcess()
    {
        // No depth limit to speak of: only Jint's stack guard stands between this script and a
        // native stack overflow, which would end the test process. It runs on a thread with a 1 MiB
        // stack (the size of a thread-pool thread's, not the 8 MiB of the process's main thread),
        // because how long the guard takes to fire and unwind grows with the depth it allows.
        using var evaluator = new RuleEvaluator(RuleLimits.Default with { MaxRecursion = 1_000_000, MaxStatements = int.MaxValue, Timeout = TimeSpan.FromSeconds(5) });
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    AssertContained("function f(n) { return 1 + f(n + 1); } f(0)", DiagnosticCodes.RuleRecursionLimit, evaluator);
                }
                catch (Exception ex)
                {
                    failure = ex;
                }
            },
            maxStackSize: 1024 * 1024);
        thread.Start();
        thread.Join();
        Assert.Null(failure);
    }

    [Fact]
    public void EvaluateRule_HugeRepeat_FaultsWithMemoryLimit() =>
        AssertContained("'x'.repeat(2e8)", DiagnosticCodes.RuleMemoryLimit);

    [Fact]
    public void EvaluateRule_HugePadStart_FaultsWithMemoryLimit() =>
        AssertContained("'x'.padStart(2e8, 'ab')", DiagnosticCodes.RuleMemoryLimit);

    [Fact]
    public void EvaluateRule_HugePadEnd_FaultsWithMemoryLimit() =>
        AssertContained("'x'.padEnd(2e8)", DiagnosticCodes.RuleMemoryLimit);

    [Fact]
    public void EvaluateRule_HugeSparseArrayJoin_FaultsWithMemoryLimit() =>
        AssertContained("Array(1e8).join('x')", DiagnosticCodes.RuleMemoryLimit);

    [Fact]
    public void EvaluateRule_JoinOfLongStrings_FaultsWithMemoryLimit() =>
        AssertContained("Array(1000).fill('x'.repeat(1e6)).join('')", DiagnosticCodes.RuleMemoryLimit);

    [Fact]
    public void EvaluateRule_JoinOverHugeArrayLike_FaultsWithMemoryLimit() =>
        AssertContained("Array.prototype.join.call({ length: 2 ** 40 }, '')", DiagnosticCodes.RuleMemoryLimit);

    [Fact]
    public void EvaluateRule_StringDoubling_FaultsWithMemoryLimit() =>
        AssertContained("let s = 'x'; while (true) { s += s; }", DiagnosticCodes.RuleMemoryLimit);

    [Fact]
    public void EvaluateRule_ReplaceAllAmplification_FaultsWithMemoryLimit() =>
        AssertContained("'x'.repeat(1e6).replaceAll('x', 'x'.repeat(1000))", DiagnosticCodes.RuleMemoryLimit);

    [Fact]
    public void EvaluateRule_ConcatAmplification_FaultsWithMemoryLimit() =>
        AssertContained("''.concat(...Array(1000).fill('x'.repeat(1e6)))", DiagnosticCodes.RuleMemoryLimit);

    [Fact]
    public void EvaluateRule_RegExpReplaceAmplification_FaultsWithMemoryLimit() =>
        AssertContained("'x'.repeat(1e6).replace(/x/g, 'x'.repeat(1000))", DiagnosticCodes.RuleMemoryLimit);

    [Fact]
    public void EvaluateRule_ReplacePatternAmplification_FaultsWithMemoryLimit() =>
        AssertContained("'x'.repeat(1e6).replace(/x/g, '$&$&')", DiagnosticCodes.RuleMemoryLimit);

    [Fact]
    public void EvaluateRule_ReplacerFunctionAmplification_FaultsWithMemoryLimit() =>
        AssertContained("'x'.repeat(1e4).replace(/x/g, () => 'y'.repeat(1e4))", DiagnosticCodes.RuleMemoryLimit);

    [Fact]
    public void EvaluateRule_RegExpWithForgedExec_CannotHideItsAmplification() =>
        AssertContained(
            "const big = 'x'.repeat(1e6); const r = /x/g; let n = 0; Object.defineProperty(r, 'exec', { value: () => n++ < 2000 ? Object.assign([big, big], { index: 0 }) : null }); 'x'.replace(r, '$1')",
            DiagnosticCodes.RuleMemoryLimit);

    [Fact]
    public void EvaluateRule_ListFormatOfLongStrings_IsNotAvailable() =>
        AssertContained("new Intl.ListFormat().format(Array(1000).fill('x'.repeat(1e6)))", DiagnosticCodes.RuleScriptThrew);

    [Fact]
    public void EvaluateRule_HugeStringBuiltThroughJsonStringify_FaultsWithMemoryLimit() =>
        AssertContained("JSON.stringify(Array(1000).fill('x'.repeat(1e6)))", DiagnosticCodes.RuleMemoryLimit);

    [Fact]
    public void EvaluateRule_HugeStringBuiltThroughJsonStringifyOfSharedObjects_FaultsWithMemoryLimit() =>
        AssertContained("const o = { a: 'x'.repeat(1e5) }; JSON.stringify(Array(1e4).fill(o), null, 2)", DiagnosticCodes.RuleMemoryLimit);

    [Fact]
    public void EvaluateRule_HugeStringBuiltThroughJsonStringifyReplacer_FaultsWithMemoryLimit() =>
        AssertContained("const big = 'x'.repeat(1e6); JSON.stringify(Array(1000).fill(0), (k, v) => k === '' ? v : big)", DiagnosticCodes.RuleMemoryLimit);

    [Fact]
    public void EvaluateRule_HugeStringBuiltThroughJsonStringifyOfStringObjects_FaultsWithMemoryLimit() =>
        AssertContained("JSON.stringify(Array(1000).fill(new String('x'.repeat(1e6))))", DiagnosticCodes.RuleMemoryLimit);

    [Fact]
    public void EvaluateRule_HugeStringBuiltThroughJsonStringifyWithAKeyList_FaultsWithMemoryLimit() =>
        AssertContained("JSON.stringify(Array(1000).fill({ a: 'x'.repeat(1e6), b: 1 }), ['a'])", DiagnosticCodes.RuleMemoryLimit);

    [Fact]
    public void EvaluateRule_JsonStringifyOfDeeplyNestedArrays_FaultsWithRecursionLimit() =>
        AssertContained("let b = [1]; for (let i = 0; i < 10000; i++) { b = [b]; } JSON.stringify(b)", DiagnosticCodes.RuleRecursionLimit);

    [Theory]
    [InlineData("JSON.stringify({ a: [1, 'two', null, true], b: { c: 'd' } })", "{\"a\":[1,\"two\",null,true],\"b\":{\"c\":\"d\"}}")]
    [InlineData("JSON.stringify({ a: 1, b: 2, c: { a: 3, d: 4 } }, ['a', 'c'])", "{\"a\":1,\"c\":{\"a\":3}}")]
    [InlineData("JSON.stringify({ a: 1, b: 'x' }, (k, v) => typeof v === 'number' ? v * 2 : v)", "{\"a\":2,\"b\":\"x\"}")]
    [InlineData("JSON.stringify([new String('s'), { toJSON: () => 'j' }, undefined, () => 1])", "[\"s\",\"j\",null,null]")]
    [InlineData("JSON.stringify({ a: [1] }, null, 1)", "{\n \"a\": [\n  1\n ]\n}")]
    public void EvaluateRule_JsonStringifyUnderTheGuard_GivesTheSpecifiedText(string source, string expected)
    {
        var prepared = fixture.Evaluator.Prepare(Definitions.WithRules(("check", source)));
        Assert.Equal(expected, fixture.Evaluator.EvaluateRule(prepared, "check", Context)!.GetValue<string>());
    }

    [Fact]
    public void EvaluateRule_JoinOfDeeplyNestedArrays_FaultsWithRecursionLimit() =>
        AssertContained("let b = [1]; for (let i = 0; i < 1000; i++) { b = [b]; } String(b)", DiagnosticCodes.RuleRecursionLimit);

    [Fact]
    public void EvaluateRule_CatastrophicBacktracking_FaultsWithRegexTimeout() =>
        AssertContained("/^(a+)+$/.test('a'.repeat(40) + 'b')", DiagnosticCodes.RuleRegexTimeout);

    [Fact]
    public void EvaluateRule_CatastrophicBacktrackingOfConstructedRegExp_FaultsWithRegexTimeout() =>
        AssertContained("new RegExp('^(\\\\w+\\\\s?)*$').test('a'.repeat(40) + '!')", DiagnosticCodes.RuleRegexTimeout);

    [Theory]
    [InlineData("Object.prototype.polluted = 1")]
    [InlineData("Array.prototype.push = function () { return 0; }")]
    [InlineData("Object.defineProperty(Object.prototype, 'polluted', { value: 1 })")]
    [InlineData("Object.getPrototypeOf(function* () {}).polluted = 1")]
    [InlineData("Object.getPrototypeOf([][Symbol.iterator]()).polluted = 1")]
    [InlineData("JSON.parse = null")]
    [InlineData("delete Math.max")]
    [InlineData("globalThis.polluted = 1")]
    [InlineData("this.polluted = 1")]
    [InlineData("var polluted = 1")]
    [InlineData("polluted = 1")]
    public void EvaluateRule_PollutingSharedState_FaultsWithSandboxViolation(string source)
    {
        // A sloppy-mode assignment to an undeclared name is a ReferenceError in strict mode.
        var expected = source == "polluted = 1" ? DiagnosticCodes.RuleScriptThrew : DiagnosticCodes.RuleSandboxViolation;
        AssertContained(source, expected);
        AssertRule("typeof polluted === 'undefined' && ({}).polluted === undefined && [].push(1) === 1 && typeof JSON.parse === 'function'", true);
    }

    [Theory]
    [InlineData("vars.n = 1")]
    [InlineData("vars.list.push(3)")]
    [InlineData("delete vars.n")]
    [InlineData("vars.added = 1")]
    [InlineData("vars = {}")]
    [InlineData("Object.setPrototypeOf(vars, null)")]
    [InlineData("steps.x = 1")]
    [InlineData("rules.x = 1")]
    [InlineData("Object.freeze(rules)")]
    public void EvaluateRule_WritingTheContext_FaultsWithSandboxViolation(string source) =>
        AssertContained(source, DiagnosticCodes.RuleSandboxViolation);

    [Theory]
    [InlineData("System")]
    [InlineData("System.IO.File.ReadAllText('/etc/passwd')")]
    [InlineData("importNamespace('System.IO')")]
    [InlineData("require('fs')")]
    [InlineData("clrHelper")]
    [InlineData("typeof process")]
    [InlineData("eval('1 + 1')")]
    [InlineData("new Function('return globalThis')()")]
    [InlineData("(function () {}).constructor('return this')()")]
    [InlineData("Object.getPrototypeOf(async function () {}).constructor('return 1')")]
    [InlineData("Math.random()")]
    [InlineData("Date.now()")]
    [InlineData("new Date().getTime()")]
    public void EvaluateRule_HostAccessOrNondeterminism_FaultsWithSandboxViolation(string source) =>
        AssertContained(source, DiagnosticCodes.RuleSandboxViolation);

    [Fact]
    public void EvaluateRule_EndlessPromiseJob_FaultsWithStatementLimit() =>
        AssertContained("Promise.resolve().then(() => { while (true) {} }); 1", DiagnosticCodes.RuleStatementLimit);

    [Fact]
    public void EvaluateRule_ResultWithHostileGetter_FaultsWithoutRunningIt() =>
        AssertContained("({ get x() { while (true) {} } })", DiagnosticCodes.RuleResultNotJson);

    [Fact]
    public void EvaluateRule_ProxyResult_FaultsWithoutRunningTraps() =>
        AssertContained("new Proxy({}, { ownKeys() { while (true) {} }, getPrototypeOf() { while (true) {} } })", DiagnosticCodes.RuleResultNotJson);

    // Jint reads a thrown object's message while the evaluation's limits still hold, and the
    // evaluator reads nothing more of it afterwards: either way the getters and traps are bounded.
    [Fact]
    public void EvaluateRule_ThrownObjectWithHostileGetters_StaysWithinLimits() =>
        AssertContained("throw { get name() { while (true) {} }, get message() { while (true) {} } }", DiagnosticCodes.RuleStatementLimit);

    [Fact]
    public void EvaluateRule_ThrownProxy_StaysWithinLimits() =>
        AssertContained("throw new Proxy({}, { get() { while (true) {} }, getOwnPropertyDescriptor() { while (true) {} } })", DiagnosticCodes.RuleStatementLimit);

    [Fact]
    public void EvaluateRule_HostileRuleReachedThroughAnother_NamesTheHostileRule()
    {
        var prepared = fixture.MemoryBoundEvaluator.Prepare(Definitions.WithRules(("outer", "rules.inner + 1"), ("inner", "while (true) {}")));
        var fault = Assert.Throws<RuleFaultException>(() => fixture.MemoryBoundEvaluator.EvaluateRule(prepared, "outer", Context));
        Assert.Equal(DiagnosticCodes.RuleStatementLimit.Code, fault.Code);
        Assert.Equal("inner", fault.RuleName);
    }

    [Fact]
    public void EvaluateRule_ScriptCatchingTheStackGuard_CannotUseItToEscape()
    {
        // The stack guard's RangeError is catchable, but what the script does next is still bounded.
        AssertContained("function f() { try { return f(); } catch (e) { return f(); } } f()", DiagnosticCodes.RuleRecursionLimit);
    }

    [Fact]
    public void EvaluateRule_AfterLimitFault_BuildsFreshEngine()
    {
        var evaluator = fixture.Evaluator;
        var prepared = evaluator.Prepare(Definitions.WithRules(("loop", "while (true) {}"), ("thrower", "throw new Error('x')"), ("normal", "1")));
        evaluator.EvaluateRule(prepared, "normal", Context);
        var before = evaluator.CurrentSandbox.EnginesCreated;

        Assert.Throws<RuleFaultException>(() => evaluator.EvaluateRule(prepared, "thrower", Context));
        evaluator.EvaluateRule(prepared, "normal", Context);
        Assert.Equal(before, evaluator.CurrentSandbox.EnginesCreated);

        Assert.Throws<RuleFaultException>(() => evaluator.EvaluateRule(prepared, "loop", Context));
        evaluator.EvaluateRule(prepared, "normal", Context);
        Assert.Equal(before + 1, evaluator.CurrentSandbox.EnginesCreated);
    }

    private void AssertRule(string source, bool expected)
    {
        var prepared = fixture.Evaluator.Prepare(Definitions.WithRules(("check", source)));
        Assert.Equal(expected, fixture.Evaluator.EvaluateRule(prepared, "check", Context)!.GetValue<bool>());
    }

    private RuleFaultException AssertContained(string source, DiagnosticDescriptor expected, RuleEvaluator? evaluator = null)
    {
        evaluator ??= expected == DiagnosticCodes.RuleMemoryLimit || expected == DiagnosticCodes.RuleStatementLimit ? fixture.MemoryBoundEvaluator : fixture.Evaluator;
        var prepared = evaluator.Prepare(Definitions.WithRules(("hostile", source), ("normal", "vars.n + 1")));

        // The thread's engine exists before the clock starts: the bar is for the hostile script.
        Assert.Equal(42, evaluator.EvaluateRule(prepared, "normal", Context)!.GetValue<double>());
        var clock = Stopwatch.StartNew();
        var fault = Assert.Throws<RuleFaultException>(() => evaluator.EvaluateRule(prepared, "hostile", Context));
        clock.Stop();

        Assert.Equal(expected.Code, fault.Code);
        Assert.Equal("hostile", fault.RuleName);
        Assert.Equal(RuleScriptKind.Rule, fault.ScriptKind);
        Assert.True(clock.Elapsed < Bar, $"The fault took {clock.Elapsed.TotalMilliseconds:0} ms.");
        Assert.Equal(42, evaluator.EvaluateRule(prepared, "normal", Context)!.GetValue<double>());
        return fault;
    }
}
