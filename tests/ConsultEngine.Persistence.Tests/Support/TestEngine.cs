using ConsultEngine.Definitions;
using ConsultEngine.Definitions.Overlays;
using ConsultEngine.Definitions.StepTypes;
using ConsultEngine.Runtime;
using ConsultEngine.Runtime.Storage;

namespace ConsultEngine.Persistence.Tests.Support;

/// <summary>An engine over a given store with the test definitions, the standard step types and no rules.</summary>
internal static class TestEngine
{
    private static readonly Lazy<DefinitionCatalog> Catalog = new(() =>
    {
        var catalog = new DefinitionCatalog();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Engine", "Fixtures"), "*.json"))
        {
            catalog.Add(DefinitionJson.DeserializeDefinition(File.ReadAllText(file)));
        }

        return catalog;
    });

    private static readonly StepTypeRegistry Registry = StandardToolTypes.CreateRegistry();

    public static ProcessEngine Over(IInstanceStore store, TimeProvider clock) => new(store, Catalog.Value, Registry, new NoRules(), clock);
}
