using ConsultEngine.Rules;
using ConsultEngine.Runtime.Scripting;

namespace ConsultEngine.Testing;

/// <summary>One sandboxed rule evaluator per test process: engines are per thread and prepared scripts are cached, so sharing it is cheap and safe.</summary>
internal static class SandboxRules
{
    private static readonly Lazy<RuleEvaluator> Evaluator = new(() => new RuleEvaluator());
    private static readonly Lazy<JintRuleRunner> Shared = new(() => new JintRuleRunner(Evaluator.Value));
    private static readonly Lazy<SandboxToolScripts> ToolScripts = new(() => new SandboxToolScripts(Evaluator.Value));

    public static IRuleRunner Runner => Shared.Value;

    public static SandboxToolScripts Tools => ToolScripts.Value;
}
