using System.Text.Json;

namespace ConsultEngine.Rules.Tests;

/// <summary>
/// A sandbox keeps each context slot's converted value while the same JSON comes again in a new context (a tool's
/// scripts get a new context each time): what a script reads is still the JSON of its own context. The evaluators
/// here run every tool script in Jint: most of these scripts are in the native subset, which reads JSON directly.
/// </summary>
public sealed class ConvertedSlotTests
{
    [Fact]
    public void ToolScript_NewContextsWithTheSameVariables_EachSeesItsOwnAnswers()
    {
        using var evaluator = new RuleEvaluator { NativeToolScripts = false };
        var vars = Element("""{ "province": "Nghệ An" }""");
        for (var i = 0; i < 3; i++)
        {
            Assert.True(evaluator.TestToolScript("answers.q === 'a' && vars.province === 'Nghệ An'", new RuleContext(vars, Element("""{ "q": "a" }"""), null)));
            Assert.False(evaluator.TestToolScript("answers.q === 'a' && vars.province === 'Nghệ An'", new RuleContext(vars, Element("""{ "q": "b" }"""), null)));
        }
    }

    [Fact]
    public void ToolScript_VariablesChangedBetweenContexts_SeesTheNewVariables()
    {
        using var evaluator = new RuleEvaluator { NativeToolScripts = false };
        var answers = Element("""{ "q": "a" }""");
        Assert.Equal("Nghệ An", evaluator.EvaluateToolScript("vars.province", new RuleContext(Element("""{ "province": "Nghệ An" }"""), answers, null))!.GetValue<string>());
        Assert.Equal("Hà Tĩnh", evaluator.EvaluateToolScript("vars.province", new RuleContext(Element("""{ "province": "Hà Tĩnh" }"""), answers, null))!.GetValue<string>());
        Assert.Equal(0, evaluator.EvaluateToolScript("Object.keys(vars).length", new RuleContext(null, answers, null))!.GetValue<double>());
        Assert.Equal("Nghệ An", evaluator.EvaluateToolScript("vars.province", new RuleContext(Element("""{ "province": "Nghệ An" }"""), answers, null))!.GetValue<string>());
    }

    [Fact]
    public void ToolScript_SelfGivenThenAbsent_SeesNullWhenAbsent()
    {
        using var evaluator = new RuleEvaluator { NativeToolScripts = false };
        Assert.Equal(3, evaluator.EvaluateToolScript("self", new RuleContext(null, null, Element("3")))!.GetValue<double>());
        Assert.Null(evaluator.EvaluateToolScript("self", new RuleContext(null, null, null)));
    }

    [Fact]
    public void ToolScript_KeptValueStillFrozen_AWriteOfAnEarlierEvaluationLeavesNoTrace()
    {
        using var evaluator = new RuleEvaluator { NativeToolScripts = false };
        var vars = Element("""{ "list": [1, 2] }""");
        Assert.True(evaluator.TestToolScript("(() => { try { vars.list.push(3); } catch (e) { } return Object.isFrozen(vars) && Object.isFrozen(vars.list); })()", new RuleContext(vars, null, null)));
        Assert.Equal(2, evaluator.EvaluateToolScript("vars.list.length", new RuleContext(vars, null, null))!.GetValue<double>());
    }

    [Fact]
    public void ToolScript_AfterAFaultThatDiscardedTheEngine_SeesTheSameVariablesOnTheNewEngine()
    {
        using var evaluator = new RuleEvaluator { NativeToolScripts = false };
        var vars = Element("""{ "n": 7 }""");
        Assert.Equal(7, evaluator.EvaluateToolScript("vars.n", new RuleContext(vars, null, null))!.GetValue<double>());
        var before = evaluator.CurrentSandbox.EnginesCreated;
        Assert.Throws<RuleFaultException>(() => evaluator.TestToolScript("while (true) {}", new RuleContext(vars, null, null)));
        Assert.Equal(7, evaluator.EvaluateToolScript("vars.n", new RuleContext(vars, null, null))!.GetValue<double>());
        Assert.Equal(before + 1, evaluator.CurrentSandbox.EnginesCreated);
    }

    private static JsonElement Element(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
