using System.Diagnostics;
using System.Text.Json;
using ConsultEngine.Abstractions;
using ConsultEngine.Definitions.Diagnostics;

namespace ConsultEngine.Rules.Tests;

/// <summary>Tools' scripts (a survey's skip logic and constraints) run in the same sandbox as definitions' rules.</summary>
public sealed class ToolScriptsTests(EvaluatorFixture fixture) : IClassFixture<EvaluatorFixture>
{
    private static readonly ToolScriptScope Scope = new(
        Answers: Json("""{ "owns_stall": "yes", "stalls": 3, "problems": ["fees", "space"] }"""),
        Self: Json("4"),
        Variables: Json("""{ "province": "Lào Cai" }"""));

    private SandboxToolScripts Scripts => new(fixture.Evaluator);

    [Fact]
    public void Test_ReadsAnswersSelfAndVars()
    {
        Assert.True(Scripts.Test("answers.owns_stall === 'yes' && answers.problems.includes('space')", Scope));
        Assert.True(Scripts.Test("self > answers.stalls", Scope));
        Assert.True(Scripts.Test("vars.province === 'Lào Cai'", Scope));
        Assert.False(Scripts.Test("answers.missing !== undefined", Scope));
    }

    [Fact]
    public void Evaluate_ReturnsJson()
    {
        var value = Scripts.Evaluate("({ total: answers.stalls * 2, first: answers.problems[0] })", Scope);
        Assert.Equal(6, value!.Value.GetProperty("total").GetInt32());
        Assert.Equal("fees", value.Value.GetProperty("first").GetString());
        Assert.Null(Scripts.Evaluate("undefined", Scope));
    }

    [Fact]
    public void Check_ReportsSyntaxErrorsAndAcceptsValidScripts()
    {
        Assert.Null(Scripts.Check("answers.a === 1"));
        Assert.NotNull(Scripts.Check("answers.a === "));
        Assert.NotNull(Scripts.Check("1 } let escaped = 1; {"));
    }

    [Theory]
    [InlineData("while (true) {}", "CE7")]
    [InlineData("answers.stalls = 10; true", "CE7")]
    [InlineData("rules.anything", "CE7")]
    [InlineData("System.IO", "CE7")]
    [InlineData("function f() { return f(); } f()", "CE7")]
    public void HostileScripts_EndInCodedToolFaultsQuickly(string script, string sandboxCodePrefix)
    {
        var clock = Stopwatch.StartNew();
        var fault = Assert.Throws<ToolException>(() => Scripts.Test(script, Scope));
        Assert.Equal(ToolCodes.ScriptFailed, fault.Code);
        Assert.StartsWith(sandboxCodePrefix, fault.Message, StringComparison.Ordinal);
        // Only guards against a script that was not stopped (it would run for ever); room for a loaded machine.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.True(Scripts.Test("answers.owns_stall === 'yes'", Scope));
    }

    [Fact]
    public void SyntaxError_IsCodedWithTheSandboxSyntaxCode()
    {
        var fault = Assert.Throws<ToolException>(() => Scripts.Evaluate("answers.(", Scope));
        Assert.Equal(ToolCodes.ScriptFailed, fault.Code);
        Assert.StartsWith(DiagnosticCodes.ScriptSyntaxError.Code, fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DefinitionRules_DoNotSeeToolSlots()
    {
        var definition = Definitions.WithRules(("probe", "JSON.stringify(answers) + ':' + String(self)"));
        var prepared = fixture.Evaluator.Prepare(definition);
        var value = fixture.Evaluator.EvaluateRule(prepared, "probe", RuleContext.Empty);
        Assert.Equal("{}:null", value!.GetValue<string>());
    }

    private static JsonElement Json(string text)
    {
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }
}
