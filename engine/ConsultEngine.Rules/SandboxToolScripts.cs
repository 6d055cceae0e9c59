using System.Text.Json;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Rules;

/// <summary>
/// The engine's sandbox offered to tool plugins as <see cref="IToolScripts"/>: the same limits, the
/// same frozen, host-free engine as definitions' rules. A fault becomes a <see cref="ToolException"/>
/// with code CE9106 whose message starts with the sandbox's own code (CE7xxx).
/// </summary>
public sealed class SandboxToolScripts(RuleEvaluator evaluator) : IToolScripts
{
    public string? Check(string script) => evaluator.CheckToolScript(script);

    public JsonElement? Evaluate(string script, ToolScriptScope scope)
    {
        try
        {
            var value = evaluator.EvaluateToolScript(script, Context(scope));
            return value is null ? null : JsonSerializer.SerializeToElement(value);
        }
        catch (RuleFaultException ex)
        {
            throw Fault(ex);
        }
    }

    public bool Test(string script, ToolScriptScope scope)
    {
        try
        {
            return evaluator.TestToolScript(script, Context(scope));
        }
        catch (RuleFaultException ex)
        {
            throw Fault(ex);
        }
    }

    private static RuleContext Context(ToolScriptScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return new RuleContext(scope.Variables, scope.Answers, scope.Self);
    }

    private static ToolException Fault(RuleFaultException fault) =>
        new(ToolCodes.ScriptFailed, $"{fault.Code}: {fault.Message}", innerException: fault);
}
