using System.Text.Json;
using ConsultEngine.Abstractions;
using ConsultEngine.Definitions.Model;
using ConsultEngine.Definitions.Overlays;
using ConsultEngine.Definitions.StepTypes;
using ConsultEngine.Definitions.Validation;
using Json.Schema;

namespace ConsultEngine.Plugins.FocusGroup.Tests;

public sealed class ManifestTests
{
    private static readonly ToolManifest Manifest = new FocusGroupTool().Manifest;

    [Fact]
    public void Manifest_NamesTheToolAndItsStepType()
    {
        Assert.Equal("focus-group", Manifest.Id);
        Assert.Equal("tool:focus-group@1", Manifest.StepType);
        Assert.Equal(new LocalText("Thảo luận nhóm tập trung", "Focus group"), Manifest.Title);
        Assert.Equal(new SdkVersion(Sdk.Major, Sdk.Minor), Manifest.BuiltForSdk);
        Assert.Equal(["openFor"], Manifest.DurationConfigProperties);
        Assert.Equal([InputChannel.Enumerator, InputChannel.Paper], Manifest.Channels);
    }

    [Fact]
    public void ConfigSchema_AcceptsEveryPropertyOfThePlaceholderItReplaces()
    {
        var placeholder = StandardToolTypes.FocusGroup.ConfigSchema!.Value.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal);
        using var schema = JsonDocument.Parse(Manifest.ConfigSchema);

        var mine = schema.RootElement.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal);

        Assert.Equal(placeholder, mine);
        Assert.Equal("object", schema.RootElement.GetProperty("type").GetString());
        Assert.False(schema.RootElement.GetProperty("additionalProperties").GetBoolean());
    }

    [Theory]
    [InlineData("""{ "contracted": false, "pilot": true, "channels": ["in-person", "enumerator", "paper", "web", "import", "sms"], "openFor": "P3W", "guide": "x", "groups": 3, "participantsPerGroup": 8, "selectionCriteria": ["Phụ nữ"] }""", true)]
    [InlineData("""{}""", true)]
    [InlineData("""{ "participantsPerGroup": 21 }""", false)]
    [InlineData("""{ "channels": ["fax"] }""", false)]
    [InlineData("""{ "moderator": "lan" }""", false)]
    public void ConfigSchema_AcceptsWhatThePlaceholderAccepts(string config, bool valid)
    {
        var mine = JsonSchema.FromText(Manifest.ConfigSchema, new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        var placeholder = JsonSchema.FromText(StandardToolTypes.FocusGroup.ConfigSchema!.Value.GetRawText(), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        using var document = JsonDocument.Parse(config);

        Assert.Equal(valid, mine.Evaluate(document.RootElement).IsValid);
        Assert.Equal(valid, placeholder.Evaluate(document.RootElement).IsValid);
    }

    [Fact]
    public void EveryDefinitionOfTheRepository_ValidatesWithTheManifestInPlaceOfThePlaceholder()
    {
        using var schema = JsonDocument.Parse(Manifest.ConfigSchema);
        var registry = StepTypeRegistry.CreateWithBuiltIns()
            .Add(StandardToolTypes.Survey)
            .Add(StandardToolTypes.PublicHearing)
            .Add(StandardToolTypes.OnlinePoll)
            .Add(new StepTypeDescriptor("tool:" + Manifest.Id, Manifest.StepTypeMajor, StepKind.Tool)
            {
                Title = LocalizedText.Of(Manifest.Title.Vi, Manifest.Title.En),
                ConfigSchema = schema.RootElement.Clone(),
                DurationConfigProperties = Manifest.DurationConfigProperties,
            });
        var definitions = Path.Combine(FocusGroupBench.RepositoryRoot(), "definitions");
        var validator = new DefinitionValidator(registry, DefinitionCatalog.LoadDirectory(definitions));
        var files = Directory.EnumerateFiles(definitions, "*.json", SearchOption.AllDirectories).Where(f => !f.EndsWith(".schema.json", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var result = validator.ValidateFile(file);
            Assert.True(result.Diagnostics.Count == 0, file + ": " + string.Join("; ", result.Diagnostics.Select(d => d.Code + " " + d.Message)));
        }
    }

    [Fact]
    public void EveryAction_HasAnObjectPayloadSchema_AndReadActionsAreMarked()
    {
        foreach (var action in Manifest.Actions)
        {
            using var schema = JsonDocument.Parse(action.PayloadSchema);
            JsonSchema.FromText(action.PayloadSchema, new BuildOptions { SchemaRegistry = new SchemaRegistry() });
            Assert.Equal("object", schema.RootElement.GetProperty("type").GetString());
            Assert.False(schema.RootElement.GetProperty("additionalProperties").GetBoolean());
            Assert.Equal(ToolAudience.Staff, action.Audience);
        }

        Assert.Equal(
            ["coverage", "get-codebook", "get-guide", "get-roster", "list-groups"],
            Manifest.Actions.Where(a => a.ReadOnly).Select(a => a.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Codes_AreDistinctAndInTheFocusGroupRange()
    {
        var codes = typeof(FocusGroupCodes).GetFields().Select(f => (string)f.GetValue(null)!).ToList();

        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.All(codes, c => Assert.Matches("^CE95[0-9]{2}$", c));
    }
}
