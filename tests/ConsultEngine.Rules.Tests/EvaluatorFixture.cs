namespace ConsultEngine.Rules.Tests;

/// <summary>
/// One evaluator for a test class, warmed up as a host would warm it, so that the first test of a
/// class does not measure JIT compilation instead of the sandbox.
/// </summary>
public sealed class EvaluatorFixture : IDisposable
{
    public EvaluatorFixture()
    {
        Evaluator = new RuleEvaluator();
        Evaluator.WarmUp();
        MemoryBoundEvaluator = new RuleEvaluator(RuleLimits.Default with { Timeout = TimeSpan.FromMilliseconds(900) });
        MemoryBoundEvaluator.WarmUp();
    }

    public RuleEvaluator Evaluator { get; }

    /// <summary>
    /// For the tests that expect the memory limit: the default 250 ms timeout can fire first on a
    /// loaded machine, which would turn a memory fault into a timeout. The 1 s bar still applies.
    /// </summary>
    public RuleEvaluator MemoryBoundEvaluator { get; }

    public void Dispose()
    {
        Evaluator.Dispose();
        MemoryBoundEvaluator.Dispose();
    }
}
