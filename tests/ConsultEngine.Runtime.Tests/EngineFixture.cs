using System.Runtime.CompilerServices;
using ConsultEngine.Definitions;
using ConsultEngine.Definitions.Model;
using ConsultEngine.Definitions.Overlays;
using ConsultEngine.Definitions.StepTypes;
using ConsultEngine.Runtime.State;
using ConsultEngine.Runtime.Storage;
using ConsultEngine.Testing;

namespace ConsultEngine.Runtime.Tests;

/// <summary>An engine on an in-memory store with a manual clock and scripted rules, running the definitions beside the tests.</summary>
internal sealed class EngineFixture
{
    public EngineFixture(string definitionFile = "mini.json")
    {
        Definition = DefinitionJson.DeserializeDefinition(File.ReadAllText(Path.Combine(FlowsFolder(), definitionFile)));
        var catalog = Catalog;
        catalog.Add(Definition);
        foreach (var other in Directory.EnumerateFiles(FlowsFolder(), "*.json").Where(f => Path.GetFileName(f) != definitionFile))
        {
            catalog.Add(DefinitionJson.DeserializeDefinition(File.ReadAllText(other)));
        }
        Rules.Guards["monitor"] = scope => scope.Vars["contracted"]?.GetValue<bool>() == true;
        Engine = new ProcessEngine(Store, catalog, StandardToolTypes.CreateRegistry(), Rules, Clock);
    }

    public ProcessDefinition Definition { get; }

    public DefinitionCatalog Catalog { get; } = new();

    public InMemoryInstanceStore Store { get; } = new();

    public ManualClock Clock { get; } = new();

    public ScriptedRules Rules { get; } = new();

    public ProcessEngine Engine { get; }

    public Task<InstanceRecord> StartAsync(System.Text.Json.Nodes.JsonObject? variables = null) =>
        Engine.StartAsync(Definition.Id, Definition.Version, variables);

    public async Task<IReadOnlyList<string>> WaitingAsync(Guid instanceId) =>
        [.. (await Store.ListBookmarksAsync(instanceId)).Select(b => b.StepId).Order(StringComparer.Ordinal)];

    public async Task<StepState> StepAsync(Guid instanceId, string stepId) =>
        (await Store.LoadStepsAsync(instanceId, [stepId])).GetValueOrDefault(stepId) ?? StepState.Pending(stepId);

    public async Task<IReadOnlyList<string>> EventsAsync(Guid instanceId) =>
        [.. (await Store.ReadJournalAsync(instanceId)).Select(e => e.StepId is null ? e.Event : $"{e.Event} {e.StepId}#{e.Iteration}")];

    private static string FlowsFolder([CallerFilePath] string here = "") => Path.Combine(Path.GetDirectoryName(here)!, "Flows");
}
