using System.Text.Json;
using ConsultEngine.Definitions.Overlays;
using ConsultEngine.Definitions.StepTypes;
using ConsultEngine.Definitions.Validation;
using Json.Schema;
using Snapshooter;
using Snapshooter.Xunit;

namespace ConsultEngine.Definitions.Tests.Repository;

/// <summary>Every definition checked into <c>definitions/</c>: valid against the schema file, clean under the validator, and snapshotted in the form that runs.</summary>
public sealed class RepositoryDefinitionsTests
{
    private static readonly Lazy<DefinitionValidator> Validator = new(() =>
        new DefinitionValidator(StandardToolTypes.CreateRegistry(), DefinitionCatalog.LoadDirectory(RepositoryFiles.Definitions)));

    public static TheoryData<string> Files() => [.. RepositoryFiles.DefinitionFiles().Select(RepositoryFiles.Relative)];

    [Fact]
    public void TheRepositoryHoldsTheStandardDefinitionAndAtLeastTwoOverlays()
    {
        var files = RepositoryFiles.DefinitionFiles().Select(RepositoryFiles.Relative).ToList();

        Assert.Contains("definitions/standard/hdnd.standard.v1.json", files);
        Assert.True(files.Count(f => f.StartsWith("definitions/provinces/", StringComparison.Ordinal)) >= 2, string.Join(", ", files));
    }

    [Fact]
    public void EveryProvince_HasAnOverlayOnEachPublishedVersionOfTheStandard()
    {
        // A new standard version runs beside the old one: provinces keep their overlay on each, so
        // instances pinned to either version keep their province's rules.
        var standardVersions = Directory.EnumerateFiles(Path.Combine(RepositoryFiles.Definitions, "standard"), "*.json")
            .Select(f => DefinitionJson.DeserializeDefinition(File.ReadAllText(f)))
            .Where(d => d.Id == "hdnd.standard")
            .Select(d => d.Version)
            .Order()
            .ToList();
        var overlays = Directory.EnumerateFiles(Path.Combine(RepositoryFiles.Definitions, "provinces"), "*.json")
            .Select(f => DefinitionJson.DeserializeOverlay(File.ReadAllText(f)))
            .ToList();

        Assert.Equal([1, 2], standardVersions);
        foreach (var province in overlays.GroupBy(o => o.Id))
        {
            var extended = province.Where(o => o.Extends?.Id == "hdnd.standard").Select(o => o.Extends!.Version).Order().ToList();
            Assert.True(standardVersions.SequenceEqual(extended), $"{province.Key} extends hdnd.standard@{string.Join(", @", extended)}");
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void DefinitionFile_ValidatesAgainstTheCheckedInSchemaFile(string file)
    {
        var schema = JsonSchema.FromText(File.ReadAllText(RepositoryFiles.SchemaPath), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryFiles.Root, file)));

        var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid, string.Join(Environment.NewLine, (result.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void DefinitionFile_HasNoDiagnosticsAtAll(string file)
    {
        var result = Validator.Value.ValidateFile(Path.Combine(RepositoryFiles.Root, file));

        Assert.Empty(result.Diagnostics);
        Assert.NotNull(result.Runnable);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void DefinitionFile_RunnableFormMatchesItsSnapshot(string file)
    {
        var runnable = Validator.Value.ValidateFile(Path.Combine(RepositoryFiles.Root, file)).Runnable!;

        // The snapshot is the normalised definition that runs: an overlay appears resolved.
        Snapshot.Match(DefinitionJson.Serialize(runnable), new SnapshotNameExtension(Path.GetFileNameWithoutExtension(file)));
    }
}
