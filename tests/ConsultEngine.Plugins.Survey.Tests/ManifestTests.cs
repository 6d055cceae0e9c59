using System.Text.Json;
using System.Text.Json.Nodes;
using ConsultEngine.Abstractions;
using ConsultEngine.Definitions.Model;
using ConsultEngine.Definitions.Overlays;
using ConsultEngine.Definitions.StepTypes;
using ConsultEngine.Definitions.Validation;
using Json.Schema;

namespace ConsultEngine.Plugins.Survey.Tests;

public sealed class ManifestTests
{
    private static readonly ToolManifest Manifest = new SurveyTool().Manifest;

    private static string RepositoryRoot => Path.GetFullPath(Path.Combine(Support.Directory(), "..", ".."));

    private static StepTypeDescriptor Descriptor() => new("tool:" + Manifest.Id, Manifest.StepTypeMajor, StepKind.Tool)
    {
        Title = LocalizedText.Of(Manifest.Title.Vi, Manifest.Title.En),
        ConfigSchema = JsonDocument.Parse(Manifest.ConfigSchema).RootElement.Clone(),
        DurationConfigProperties = Manifest.DurationConfigProperties,
    };

    private static bool Accepts(string configJson) =>
        JsonSchema.FromText(Manifest.ConfigSchema, new BuildOptions { SchemaRegistry = new SchemaRegistry() })
            .Evaluate(JsonDocument.Parse(configJson).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid;

    [Fact]
    public void Manifest_DeclaresTheSurveyStepType()
    {
        Assert.Equal(("survey", 1, "tool:survey@1"), (Manifest.Id, Manifest.StepTypeMajor, Manifest.StepType));
        Assert.Equal(("Khảo sát", "Survey"), (Manifest.Title.Vi, Manifest.Title.En));
        Assert.Equal(new SdkVersion(Sdk.Major, Sdk.Minor), Manifest.BuiltForSdk);
        Assert.Equal(["openFor"], Manifest.DurationConfigProperties);
        Assert.Equal(["set-questionnaire", "import-xlsform", "import-responses", "export", "end-pilot", "questionnaire", "status"], Manifest.Actions.Select(a => a.Name));
    }

    [Fact]
    public void ConfigSchema_KeepsEveryPropertyOfThePlaceholderUnchanged()
    {
        var ours = JsonNode.Parse(Manifest.ConfigSchema)!["properties"]!.AsObject();
        var placeholder = JsonNode.Parse(StandardToolTypes.Survey.ConfigSchema!.Value.GetRawText())!["properties"]!.AsObject();

        Assert.Equal("false", JsonNode.Parse(Manifest.ConfigSchema)!["additionalProperties"]!.ToJsonString());
        foreach (var (name, schema) in placeholder)
        {
            // Descriptions may say more; what a property accepts stays the same.
            Assert.True(JsonNode.DeepEquals(WithoutDescription(schema), WithoutDescription(ours[name])), $"'{name}' accepts other values than the placeholder's");
        }
    }

    private static JsonNode? WithoutDescription(JsonNode? schema)
    {
        var copy = schema?.DeepClone();
        copy?.AsObject().Remove("description");
        return copy;
    }

    [Fact]
    public void RepositoryDefinitions_ValidateWithThePluginsDescriptor()
    {
        var registry = StepTypeRegistry.CreateWithBuiltIns().Add(Descriptor());
        foreach (var other in StandardToolTypes.All.Where(t => t.Name != StandardToolTypes.Survey.Name))
        {
            registry.Add(other);
        }

        var definitions = Path.Combine(RepositoryRoot, "definitions");
        var validator = new DefinitionValidator(registry, DefinitionCatalog.LoadDirectory(definitions));
        var files = Directory.GetFiles(Path.Combine(definitions, "standard"), "*.json").Concat(Directory.GetFiles(Path.Combine(definitions, "provinces"), "*.json")).ToList();

        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var result = validator.ValidateFile(file);
            Assert.True(result.IsValid, Path.GetFileName(file) + ": " + string.Join("; ", result.Diagnostics.Where(d => d.IsError).Select(d => d.Code + " " + d.Message)));
        }
    }

    [Fact]
    public void ConfigSchema_AcceptsInlineQuestionsAndQuotaAction()
    {
        var config = JsonNode.Parse(Support.BusFares)!.AsObject();
        config.Remove("title");
        config["pilot"] = true;
        config["quotaAction"] = "warn";
        config["quotas"] = JsonNode.Parse("""{ "ethnicity": { "Kinh": 400, "Mông": 200 } }""");

        Assert.True(Accepts(config.ToJsonString()));
    }

    [Theory]
    [InlineData("""{ "quotaAction": "pause" }""")]
    [InlineData("""{ "questions": [ { "id": "q", "type": "slider" } ] }""")]
    [InlineData("""{ "questions": [ { "id": "1q", "type": "text" } ] }""")]
    [InlineData("""{ "channels": ["fax"] }""")]
    [InlineData("""{ "colour": "blue" }""")]
    public void ConfigSchema_RefusesWhatTheToolCannotRun(string config)
    {
        Assert.False(Accepts(config));
    }

    [Fact]
    public void ActionPayloadSchemas_AreObjectSchemas()
    {
        foreach (var action in Manifest.Actions)
        {
            var schema = JsonNode.Parse(action.PayloadSchema)!;
            Assert.Equal("\"object\"", schema["type"]!.ToJsonString());
            _ = JsonSchema.FromText(action.PayloadSchema, new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        }
    }

    [Fact]
    public void SetQuestionnairePayloadSchema_AcceptsTheFixture()
    {
        var schema = JsonSchema.FromText(Manifest.Actions.Single(a => a.Name == "set-questionnaire").PayloadSchema, new BuildOptions { SchemaRegistry = new SchemaRegistry() });

        Assert.True(schema.Evaluate(JsonDocument.Parse(Support.BusFares).RootElement).IsValid);
    }
}
