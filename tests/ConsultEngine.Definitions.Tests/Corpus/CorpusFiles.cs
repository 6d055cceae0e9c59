using System.Text.Json;
using ConsultEngine.Definitions.Overlays;
using ConsultEngine.Definitions.StepTypes;
using ConsultEngine.Definitions.Validation;

namespace ConsultEngine.Definitions.Tests.Corpus;

/// <summary>
/// The corpus of malformed documents (<c>Invalid/</c>), the codes each one must produce
/// (<c>expected.json</c>) and the validator they are checked with: the standard step types and a
/// catalog holding <c>Base/hdnd.test.v1.json</c>, the definition the corpus overlays extend.
/// </summary>
internal static class CorpusFiles
{
    public static string Folder { get; } = Path.Combine(RepositoryFiles.Root, "tests", "ConsultEngine.Definitions.Tests", "Corpus");

    public static string BasePath => Path.Combine(Folder, "Base", "hdnd.test.v1.json");

    public static string ExpectedPath => Path.Combine(Folder, "expected.json");

    /// <summary>The file names of the corpus, in ordinal order.</summary>
    public static IReadOnlyList<string> Names() =>
        [.. Directory.EnumerateFiles(Path.Combine(Folder, "Invalid"), "*.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    public static string PathOf(string name) => Path.Combine(Folder, "Invalid", name);

    /// <summary>For each file name, the sorted codes (errors and warnings) validating it must give.</summary>
    public static IReadOnlyDictionary<string, string[]> Expectations() =>
        JsonSerializer.Deserialize<Dictionary<string, string[]>>(File.ReadAllText(ExpectedPath))
        ?? throw new InvalidDataException("expected.json is the JSON literal null.");

    /// <summary>A new validator each time: the catalog is not meant to be shared between threads.</summary>
    public static DefinitionValidator CreateValidator()
    {
        var catalog = new DefinitionCatalog();
        catalog.Add(DefinitionJson.DeserializeDefinition(File.ReadAllText(BasePath)));
        return new DefinitionValidator(StandardToolTypes.CreateRegistry(), catalog);
    }
}
