using System.Text.Json;
using ConsultEngine.Abstractions;
using Json.Schema;

namespace ConsultEngine.Plugins.PublicHearing.Tests;

public class ManifestTests
{
    private static readonly PublicHearingTool Tool = new();

    [Fact]
    public void Manifest_DeclaresTheStepTypeTitlesSdkAndActions()
    {
        var manifest = Tool.Manifest;
        Assert.Equal("tool:public-hearing@1", manifest.StepType);
        Assert.Equal("Điều trần công khai", manifest.Title.Vi);
        Assert.Equal(new SdkVersion(Sdk.Major, Sdk.Minor), manifest.BuiltForSdk);
        Assert.Equal(["openFor"], manifest.DurationConfigProperties);
        Assert.Equal(
            ["add-session", "update-session", "register", "cancel-registration", "check-in", "add-speaker", "code-opinion", "record-minutes", "roster"],
            manifest.Actions.Select(a => a.Name));
        Assert.Equal(["register", "cancel-registration"], manifest.Actions.Where(a => a.Audience == ToolAudience.Public).Select(a => a.Name));
        Assert.Equal(["roster"], manifest.Actions.Where(a => a.ReadOnly).Select(a => a.Name));
        Assert.All(manifest.Actions, a => JsonSchema.FromText(a.PayloadSchema));
    }

    [Fact]
    public void ConfigSchema_AcceptsEveryHearingConfigOfTheRepositoryDefinitions()
    {
        var schema = JsonSchema.FromText(Tool.Manifest.ConfigSchema);
        var configs = BenchDump.RepositoryConfigs("tool:public-hearing@1");
        Assert.True(configs.Count >= 2);
        Assert.All(configs, c => Assert.True(schema.Evaluate(c.Config).IsValid, c.File));
    }

    [Fact]
    public void ConfigSchema_AcceptsEveryPropertyOfThePlaceholder()
    {
        var schema = JsonSchema.FromText(Tool.Manifest.ConfigSchema);
        var config = JsonDocument.Parse("""
            { "contracted": false, "pilot": false, "channels": ["in-person", "sms", "web", "enumerator", "paper", "import"], "openFor": "P14D",
              "guide": "Hướng dẫn tổ chức điều trần công khai", "sessions": 4, "capacity": 80, "registration": true, "round": 2 }
            """).RootElement;
        Assert.True(schema.Evaluate(config).IsValid);
    }

    [Theory]
    [InlineData("""{ "capacity": 0 }""")]
    [InlineData("""{ "channels": [] }""")]
    [InlineData("""{ "venue": "Hội trường" }""")]
    public void ConfigSchema_RefusesWhatThePlaceholderRefused(string config)
    {
        var schema = JsonSchema.FromText(Tool.Manifest.ConfigSchema);
        Assert.False(schema.Evaluate(JsonDocument.Parse(config).RootElement).IsValid);
    }
}
