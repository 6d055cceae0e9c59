using System.Runtime.CompilerServices;
using ConsultEngine.Definitions;
using ConsultEngine.Definitions.Overlays;

namespace ConsultEngine.Testing.Tests;

/// <summary>
/// The golden scenarios beside these tests (<c>Scenarios/*.json</c>) and the repository's
/// definitions they run, found from this source file so the tests run from any folder.
/// </summary>
internal static class ScenarioFiles
{
    public static string Here { get; } = Folder();

    public static string ScenariosFolder => Path.Combine(Here, "Scenarios");

    public static string FixturesFolder => Path.Combine(Here, "Fixtures");

    public static string DefinitionsFolder => Path.GetFullPath(Path.Combine(Here, "..", "..", "definitions"));

    /// <summary>Scenario names: the file names without <c>.json</c>, in a stable order.</summary>
    public static IEnumerable<string> Names() =>
        Directory.EnumerateFiles(ScenariosFolder, "*.json")
            .Select(f => Path.GetFileNameWithoutExtension(f))
            .Order(StringComparer.Ordinal);

    public static Scenario Load(string name) => Scenario.Load(Path.Combine(ScenariosFolder, name + ".json"));

    /// <summary>A fresh catalog of <c>definitions/</c> for each caller: the catalog is not meant to be shared across threads.</summary>
    public static DefinitionCatalog Catalog() => DefinitionCatalog.LoadDirectory(DefinitionsFolder);

    /// <summary>Every definition and overlay checked into <c>definitions/</c>, as <c>id@version</c>.</summary>
    public static IEnumerable<string> DefinitionReferences() =>
        Directory.EnumerateFiles(DefinitionsFolder, "*.json", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".schema.json", StringComparison.Ordinal))
            .Select(DefinitionDocument.TryRead)
            .Select(d => d?.Definition is { } definition ? $"{definition.Id}@{definition.Version}"
                : d?.Overlay is { } overlay ? $"{overlay.Id}@{overlay.Version}"
                : null)
            .OfType<string>()
            .Order(StringComparer.Ordinal);

    public static Task<ScenarioResult> RunAsync(string name) => new ScenarioRunner(Catalog()).RunAsync(Load(name));

    private static string Folder([CallerFilePath] string here = "") => Path.GetDirectoryName(here)!;
}
