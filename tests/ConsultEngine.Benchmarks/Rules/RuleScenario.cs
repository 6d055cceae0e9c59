using System.Text.Json.Nodes;
using ConsultEngine.Definitions.Model;
using ConsultEngine.Rules;
using ConsultEngine.Rules.Sandbox;
using Jint;
using Jint.Native.Json;

namespace ConsultEngine.Benchmarks.Rules;

/// <summary>The guard both paths evaluate, over the same variables and step output.</summary>
internal sealed class RuleScenario : IDisposable
{
    public const string Guard = "vars.budget > 50000000 && steps['design'].tools.some(t => t.contracted)";

    private const string VarsJson = """{ "budget": 60000000, "commune": "Ba Đình" }""";
    private const string StepsJson = """{ "design": { "tools": [ { "id": "survey", "contracted": false }, { "id": "hearing", "contracted": true } ] } }""";

    private readonly RuleEvaluator _evaluator = new();
    private readonly PreparedRules _prepared;
    private readonly RuleContext _context = new(vars: JsonNode.Parse(VarsJson), steps: JsonNode.Parse(StepsJson));

    public RuleScenario()
    {
        _evaluator.WarmUp();
        _prepared = _evaluator.Prepare(new ProcessDefinition
        {
            Id = "bench.rules",
            Version = 1,
            Phases = [new PhaseDefinition { Id = "p", Steps = [new StepDefinition { Id = "monitor", Type = "task", When = Guard }] }],
        });
        if (!Cached() || !Fresh() || !CachedNewContext())
        {
            throw new InvalidOperationException("The guard should be true on the benchmark's data.");
        }
    }

    /// <summary>The product path: scripts prepared once, this thread's engine reused, the context converted once.</summary>
    public bool Cached() => _evaluator.EvaluateGuard(_prepared, "monitor", _context);

    /// <summary>The product path with a context made for this evaluation (JSON snapshot and conversion included).</summary>
    public bool CachedNewContext() =>
        _evaluator.EvaluateGuard(_prepared, "monitor", new RuleContext(vars: JsonNode.Parse(VarsJson), steps: JsonNode.Parse(StepsJson)));

    /// <summary>
    /// The naive path: a new engine with the same options and limits (not the sandbox's freezing),
    /// the context parsed into it, the source parsed and run.
    /// </summary>
    public static bool Fresh()
    {
        using var engine = JintEngineFactory.CreateBare(RuleLimits.Default);
        var parser = new JsonParser(engine);
        engine.SetValue("vars", parser.Parse(VarsJson));
        engine.SetValue("steps", parser.Parse(StepsJson));
        return engine.Evaluate(Guard).AsBoolean();
    }

    public void Dispose() => _evaluator.Dispose();
}
