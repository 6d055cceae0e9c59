using ConsultEngine.Definitions.Model;

namespace ConsultEngine.Rules.Tests;

/// <summary>Small definitions built in code: only their JavaScript matters to these tests.</summary>
internal static class Definitions
{
    public static ProcessDefinition WithRules(params (string Name, string Source)[] rules) =>
        Make("test.rules", 1, rules, []);

    public static ProcessDefinition Make(string id, int version, (string Name, string Source)[] rules, StepDefinition[] steps) => new()
    {
        Id = id,
        Version = version,
        Rules = rules.ToDictionary(r => r.Name, r => r.Source),
        Phases = [new PhaseDefinition { Id = "phase", Steps = steps.Length > 0 ? steps : [new StepDefinition { Id = "only", Type = "task" }] }],
    };

    public static StepDefinition Step(string id, string? when = null, params string[] validate) =>
        new() { Id = id, Type = "task", When = when, Validate = validate };
}
