using ConsultEngine.Definitions.Model;
using ConsultEngine.Definitions.StepTypes;
using ConsultEngine.Definitions.Validation;

namespace ConsultEngine.Benchmarks.Workloads;

/// <summary>
/// The definitions the suites run: one phase of <c>n</c> human <c>task</c> steps one after the
/// other (steps <c>s1</c> … <c>sn</c>), each done by the council office. No guards, forms, checks
/// or due dates: every step is exactly "wait for a person, then open the next step".
/// </summary>
internal static class SequentialDefinition
{
    public const string Role = "office";

    public static string Id(int steps) => $"bench.sequential-{steps}";

    public static string StepId(int index) => $"s{index}";

    public static ProcessDefinition Create(int steps, IStepTypeRegistry registry)
    {
        var definition = new ProcessDefinition
        {
            Id = Id(steps),
            Version = 1,
            Title = LocalizedText.Of($"Tham vấn tuần tự {steps} bước", $"Sequential consultation of {steps} steps"),
            Roles = [new RoleDefinition { Id = Role, Title = LocalizedText.Of("Văn phòng HĐND", "Council Office") }],
            Phases =
            [
                new PhaseDefinition
                {
                    Id = "run",
                    Title = LocalizedText.Of("Thực hiện", "Run"),
                    Steps = [.. Enumerable.Range(1, steps).Select(i => new StepDefinition
                    {
                        Id = StepId(i),
                        Type = "task",
                        Title = LocalizedText.Of($"Bước {i}", $"Step {i}"),
                        Role = Role,
                    })],
                },
            ],
        };

        var errors = new DefinitionValidator(registry).Validate(definition).Where(d => d.IsError).ToList();
        return errors.Count == 0
            ? definition
            : throw new InvalidOperationException($"The benchmark definition does not validate: {string.Join("; ", errors)}");
    }
}
