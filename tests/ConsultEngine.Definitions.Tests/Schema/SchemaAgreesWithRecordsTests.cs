using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ConsultEngine.Definitions;
using ConsultEngine.Definitions.Model;
using ConsultEngine.Definitions.Model.Patches;

namespace ConsultEngine.Definitions.Tests.Schema;

/// <summary>The checked-in schema and the records describe the same language: a field in one and not the other fails here.</summary>
public sealed class SchemaAgreesWithRecordsTests
{
    private static readonly string[] ModelTypeNames =
    [
        .. typeof(ProcessDefinition).Assembly.GetTypes()
            .Where(t => t.IsPublic && !t.IsAbstract && t.Namespace is { } ns && ns.StartsWith("ConsultEngine.Definitions.Model", StringComparison.Ordinal))
            .Where(t => t != typeof(UnrecognizedPatch))
            .Select(t => t.Name)
            .Order(StringComparer.Ordinal),
    ];

    public static TheoryData<string> ModelTypes() => [.. ModelTypeNames];

    [Theory]
    [MemberData(nameof(ModelTypes))]
    public void EveryRecordHasASchemaDefinitionWithTheSameProperties(string typeName)
    {
        var type = typeof(ProcessDefinition).Assembly.GetTypes().Single(t => t.Name == typeName && t.IsPublic);
        var defs = RepositoryFiles.Schema().RootElement.GetProperty("$defs");
        Assert.True(defs.TryGetProperty(typeName, out var schemaType), $"The schema has no $defs/{typeName}.");

        var recordProperties = DefinitionJson.Options.GetTypeInfo(type).Properties
            .Select(p => p.Name)
            .Order(StringComparer.Ordinal)
            .ToArray();
        var schemaProperties = schemaType.GetProperty("properties").EnumerateObject()
            .Select(p => p.Name)
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(schemaProperties, recordProperties);
    }

    [Fact]
    public void EverySchemaObjectDefinitionHasARecord()
    {
        var modelTypeNames = ModelTypeNames.ToHashSet(StringComparer.Ordinal);
        var objectDefs = RepositoryFiles.Schema().RootElement.GetProperty("$defs").EnumerateObject()
            .Where(d => d.Value.TryGetProperty("properties", out _) && d.Name != nameof(OverlayPatch))
            .Select(d => d.Name);

        Assert.All(objectDefs, name => Assert.Contains(name, modelTypeNames));
    }

    [Fact]
    public void EveryPatchKindOfTheSchemaIsAPatchRecord()
    {
        var ops = RepositoryFiles.Schema().RootElement.GetProperty("$defs").GetProperty(nameof(OverlayPatch))
            .GetProperty("properties").GetProperty("op").GetProperty("enum").EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal);
        var recordOps = typeof(OverlayPatch).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(OverlayPatch)) && t != typeof(UnrecognizedPatch))
            .Select(t => ((OverlayPatch)Activator.CreateInstance(t)!).Op)
            .Order(StringComparer.Ordinal);

        Assert.Equal(ops, recordOps);
    }

    [Fact]
    public void TheEmbeddedSchemaIsTheCheckedInFile()
    {
        using var embedded = JsonDocument.Parse(Validation.SchemaCheckAccess.SchemaText);
        Assert.Equal(RepositoryFiles.Schema().RootElement.GetRawText(), embedded.RootElement.GetRawText());
    }
}
