using ConsultEngine.Definitions.Model;
using ConsultEngine.Definitions.StepTypes;
using ConsultEngine.Definitions.Validation;

namespace ConsultEngine.Definitions.Tests.Editing;

/// <summary>The repository's standard definition and a validator that knows its step types.</summary>
internal static class Standard
{
    private static readonly Lazy<string> Json = new(() => File.ReadAllText(Path.Combine(RepositoryFiles.Definitions, "standard", "hdnd.standard.v1.json")));

    public static ProcessDefinition Definition() => DefinitionJson.DeserializeDefinition(Json.Value);

    public static IStepTypeRegistry StepTypes { get; } = StandardToolTypes.CreateRegistry();

    public static DefinitionValidator Validator { get; } = new(StepTypes);

    public static IEnumerable<StepDefinition> Steps(this ProcessDefinition definition) => definition.AllSteps();

    public static StepDefinition Step(this ProcessDefinition definition, string id) => definition.AllSteps().Single(s => s.Id == id);

    public static IReadOnlyList<string> StepIdsOf(this ProcessDefinition definition, string phaseId) =>
        [.. definition.Phases.Single(p => p.Id == phaseId).Steps.Select(s => s.Id)];
}
