using ConsultEngine.Definitions.Model;
using ConsultEngine.Runtime.Scripting;

namespace ConsultEngine.Runtime.Tests;

/// <summary>A rule runner whose guards and checks are C# delegates, so runtime tests do not depend on the JavaScript sandbox.</summary>
internal sealed class ScriptedRules : IRuleRunner
{
    public Dictionary<string, Func<RuleScope, bool>> Guards { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Func<RuleScope, IReadOnlyList<string>>> Checks { get; } = new(StringComparer.Ordinal);

    public bool EvaluateGuard(ProcessDefinition definition, string stepId, RuleScope scope) =>
        Guards.TryGetValue(stepId, out var guard) ? guard(scope) : throw new InvalidOperationException($"No guard scripted for '{stepId}'.");

    public IReadOnlyList<string> RunChecks(ProcessDefinition definition, string stepId, RuleScope scope) =>
        Checks.TryGetValue(stepId, out var check) ? check(scope) : [];
}
