using ConsultEngine.Definitions.Model;
using ConsultEngine.Runtime.Scripting;

namespace ConsultEngine.Rules;

/// <summary>The runtime's <see cref="IRuleRunner"/> on the sandboxed evaluator: guards and checks run in Jint, faults surface as <see cref="RuleFaultException"/>.</summary>
public sealed class JintRuleRunner(RuleEvaluator evaluator) : IRuleRunner
{
    public bool EvaluateGuard(ProcessDefinition definition, string stepId, RuleScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return evaluator.EvaluateGuard(evaluator.Prepare(definition), stepId, ToContext(scope));
    }

    public IReadOnlyList<string> RunChecks(ProcessDefinition definition, string stepId, RuleScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return evaluator.RunChecks(evaluator.Prepare(definition), stepId, ToContext(scope));
    }

    private static RuleContext ToContext(RuleScope scope) => new(scope.Vars, scope.Steps, scope.Tools, scope.Output);
}
