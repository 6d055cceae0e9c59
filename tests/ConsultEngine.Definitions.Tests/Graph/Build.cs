using ConsultEngine.Definitions.Model;

namespace ConsultEngine.Definitions.Tests.Graph;

/// <summary>Small definitions written in code, for graph tests that care about one shape of flow.</summary>
internal static class Build
{
    public static ProcessDefinition Definition(params PhaseDefinition[] phases) => new()
    {
        Id = "test.graph",
        Version = 1,
        Title = LocalizedText.Of("Quy trình", "Process"),
        Roles = [new RoleDefinition { Id = "thu-ky", Title = LocalizedText.Of("Thư ký", "Secretary") }],
        Phases = phases,
    };

    public static PhaseDefinition Phase(string id, params StepDefinition[] steps) => new()
    {
        Id = id,
        Title = LocalizedText.Of("Giai đoạn " + id, "Phase " + id),
        Steps = steps,
    };

    public static StepDefinition Step(string id, string type = "task", IReadOnlyList<string>? after = null, bool routeOnly = false, params OutcomeDefinition[] outcomes) => new()
    {
        Id = id,
        Type = type,
        Title = LocalizedText.Of("Bước " + id, "Step " + id),
        Role = type is "task" or "meeting" or "approval" or "decision" ? "thu-ky" : null,
        After = after,
        RouteOnly = routeOnly,
        Outcomes = outcomes,
    };

    public static OutcomeDefinition Outcome(string id, string? @goto = null) => new() { Id = id, Goto = @goto };
}
