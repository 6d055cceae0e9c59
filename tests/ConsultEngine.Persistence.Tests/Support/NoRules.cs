using ConsultEngine.Definitions.Model;
using ConsultEngine.Runtime.Scripting;

namespace ConsultEngine.Persistence.Tests.Support;

/// <summary>The test definitions have no <c>when</c> or <c>validate</c>: a rule evaluation would be a bug.</summary>
internal sealed class NoRules : IRuleRunner
{
    public bool EvaluateGuard(ProcessDefinition definition, string stepId, RuleScope scope) =>
        throw new InvalidOperationException($"No rule was expected to run (guard of {stepId}).");

    public IReadOnlyList<string> RunChecks(ProcessDefinition definition, string stepId, RuleScope scope) =>
        throw new InvalidOperationException($"No rule was expected to run (checks of {stepId}).");
}
