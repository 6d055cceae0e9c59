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
    }

    public RuleEvaluator Evaluator { get; }

    public void Dispose() => Evaluator.Dispose();
}
