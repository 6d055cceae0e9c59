namespace ConsultEngine.Rules.Tests;

/// <summary>
/// One evaluator for a test class, warmed up as a host would warm it, so that the first test of a
/// class does not measure JIT compilation instead of the sandbox.
/// </summary>
public sealed class EvaluatorFixture : IDisposable
{
    public EvaluatorFixture()
    {
        Evaluator = new RuleEvaluator(RuleLimits.Default with { Timeout = TimeSpan.FromSeconds(5) });
        Evaluator.WarmUp();
        MemoryBoundEvaluator = new RuleEvaluator(RuleLimits.Default with { Timeout = TimeSpan.FromMilliseconds(900) });
        MemoryBoundEvaluator.WarmUp();
    }

    /// <summary>
    /// The default limits except the time: 5 s instead of the default 2 s. The tests that use it check results
    /// and the statement, memory, recursion and regex limits; on two cores shared with the browser
    /// tests and the rest of the solution, a thread can wait longer than 250 ms for a core, which turned
    /// correct rules into CE7001. The tests of the time limit build evaluators with their own timeouts.
    /// </summary>
    public RuleEvaluator Evaluator { get; }

    /// <summary>
    /// For the tests that expect the memory or the statement limit: a short timeout can
    /// fire first on a loaded machine (seen with the whole solution's tests running side by side),
    /// which would turn that fault into a timeout. The 1 s bar still applies.
    /// </summary>
    public RuleEvaluator MemoryBoundEvaluator { get; }

    public void Dispose()
    {
        Evaluator.Dispose();
        MemoryBoundEvaluator.Dispose();
    }
}
