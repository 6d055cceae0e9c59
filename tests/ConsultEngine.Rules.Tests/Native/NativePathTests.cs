using System.Text.Json;
using ConsultEngine.Rules.Sandbox;

namespace ConsultEngine.Rules.Tests.Native;

/// <summary>Which tool scripts the native path takes, and that it takes them without an engine.</summary>
public sealed class NativePathTests
{
    private const string DemoSkipLogic = "answers.san_sang_phan_loai !== 'co'";

    private static readonly RuleContext Answered = new(
        Json("""{ "province": "Lào Cai" }"""), Json("""{ "san_sang_phan_loai": "khong", "age": 40 }"""), null);

    [Theory]
    [InlineData(DemoSkipLogic)]
    [InlineData("answers.age >= 18")]
    [InlineData("answers.q1 === 'yes' && answers.q2 !== 'no'")]
    [InlineData("self > 0 && self <= 100")]
    [InlineData("!answers.x")]
    [InlineData("(answers['a b'] || vars.x) == null")]
    [InlineData("typeof self === 'number' ? self * 2 : -1")]
    public void SubsetScripts_AreCompiledNatively(string script)
    {
        using var evaluator = new RuleEvaluator();
        Assert.NotNull(evaluator.NativeToolScript(script));
    }

    [Theory]
    [InlineData("answers.list.includes('a')")]
    [InlineData("answers.x = 1")]
    [InlineData("answers?.x")]
    [InlineData("answers.x == 0")]
    [InlineData("answers.a % 2")]
    [InlineData("rules.x")]
    [InlineData("steps.x")]
    [InlineData("answers[answers.k]")]
    [InlineData("let x = 1; x")]
    [InlineData("answers.x; answers.y")]
    [InlineData("(() => answers.x)()")]
    [InlineData("'\\ud800' === answers.x")]
    public void NearSubsetScripts_StayWithJint(string script)
    {
        using var evaluator = new RuleEvaluator();
        Assert.Null(evaluator.NativeToolScript(script));
    }

    [Fact]
    public void TheDemoSkipLogic_IsEvaluatedWithoutBuildingAnEngine()
    {
        using var evaluator = new RuleEvaluator();
        Assert.True(evaluator.TestToolScript(DemoSkipLogic, Answered));
        Assert.True(evaluator.EvaluateToolScript(DemoSkipLogic, Answered)!.GetValue<bool>());
        Assert.Equal(0, evaluator.CurrentSandbox.EnginesCreated);
    }

    [Fact]
    public void AScriptOutsideTheSubset_BuildsAnEngine()
    {
        using var evaluator = new RuleEvaluator();
        Assert.True(evaluator.TestToolScript("[answers.age].includes(40)", Answered));
        Assert.Equal(1, evaluator.CurrentSandbox.EnginesCreated);
    }

    [Fact]
    public void ForcedToJint_TheDemoSkipLogicBuildsAnEngine()
    {
        using var evaluator = new RuleEvaluator { NativeToolScripts = false };
        Assert.True(evaluator.TestToolScript(DemoSkipLogic, Answered));
        Assert.Equal(1, evaluator.CurrentSandbox.EnginesCreated);
    }

    [Fact]
    public void AMemberOfUndefined_GoesToJint_AndFaultsWithItsCode()
    {
        using var evaluator = new RuleEvaluator();
        using var jintOnly = new RuleEvaluator { NativeToolScripts = false };
        var fault = Assert.Throws<RuleFaultException>(() => evaluator.TestToolScript("answers.missing.x === 1", Answered));
        var jintFault = Assert.Throws<RuleFaultException>(() => jintOnly.TestToolScript("answers.missing.x === 1", Answered));
        Assert.Equal(jintFault.Code, fault.Code);
        Assert.Equal(1, evaluator.CurrentSandbox.EnginesCreated);
    }

    [Fact]
    public void TheKeysTreatedAsInherited_AreTheSandboxObjectPrototypesKeys()
    {
        using var evaluator = new RuleEvaluator();
        var keys = evaluator.EvaluateToolScript("Object.getOwnPropertyNames(Object.prototype).join(',')", RuleContext.Empty)!.GetValue<string>();
        Assert.Equal(
            keys.Split(',').Order(StringComparer.Ordinal),
            global::ConsultEngine.Rules.Native.MemberNode.ObjectPrototypeKeys.Order(StringComparer.Ordinal));
    }

    private static JsonElement Json(string text)
    {
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }
}
