using ConsultEngine.Rules;
using ConsultEngine.Runtime.Scripting;

namespace ConsultEngine.Testing;

/// <summary>One sandboxed rule evaluator per test process: engines are per thread and prepared scripts are cached, so sharing it is cheap and safe.</summary>
internal static class SandboxRules
{
    private static readonly Lazy<JintRuleRunner> Shared = new(() => new JintRuleRunner(new RuleEvaluator()));

    public static IRuleRunner Runner => Shared.Value;
}
