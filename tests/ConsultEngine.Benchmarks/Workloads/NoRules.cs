using ConsultEngine.Definitions.Model;
using ConsultEngine.Runtime.Scripting;

namespace ConsultEngine.Benchmarks.Workloads;

/// <summary>The benchmark definitions have no guards and no checks: a rule evaluation would be a fault of the harness.</summary>
internal sealed class NoRules : IRuleRunner
{
    public static NoRules Instance { get; } = new();

    public bool EvaluateGuard(ProcessDefinition definition, string stepId, RuleScope scope) =>
        throw new InvalidOperationException($"The benchmark definition has no guard ({stepId}).");

    public IReadOnlyList<string> RunChecks(ProcessDefinition definition, string stepId, RuleScope scope) =>
        throw new InvalidOperationException($"The benchmark definition has no checks ({stepId}).");
}
