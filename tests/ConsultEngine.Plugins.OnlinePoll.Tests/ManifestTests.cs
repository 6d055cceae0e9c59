using System.Text.Json;
using ConsultEngine.Abstractions;
using Json.Schema;

namespace ConsultEngine.Plugins.OnlinePoll.Tests;

public class ManifestTests
{
    private static readonly OnlinePollTool Tool = new();

    [Fact]
    public void Manifest_DeclaresTheStepTypeTitlesSdkAndActions()
    {
        var manifest = Tool.Manifest;
        Assert.Equal("tool:online-poll@1", manifest.StepType);
        Assert.Equal("Bình chọn trực tuyến", manifest.Title.Vi);
        Assert.Equal(new SdkVersion(Sdk.Major, Sdk.Minor), manifest.BuiltForSdk);
        Assert.Equal(["openFor"], manifest.DurationConfigProperties);
        var setUp = Assert.Single(manifest.Actions, a => a.Name == "set-up");
        Assert.Equal(ToolAudience.Staff, setUp.Audience);
        Assert.False(setUp.ReadOnly);
        var tally = Assert.Single(manifest.Actions, a => a.Name == "tally");
        Assert.Equal(ToolAudience.Public, tally.Audience);
        Assert.True(tally.ReadOnly);
        Assert.All(manifest.Actions, a => JsonSchema.FromText(a.PayloadSchema));
    }

    [Fact]
    public void ConfigSchema_AcceptsEveryPollConfigOfTheRepositoryDefinitions()
    {
        var schema = JsonSchema.FromText(Tool.Manifest.ConfigSchema);
        var configs = BenchDump.RepositoryConfigs("tool:online-poll@1");
        Assert.NotEmpty(configs);
        Assert.All(configs, c => Assert.True(schema.Evaluate(c.Config).IsValid, c.File));
    }

    [Theory]
    [InlineData("""{ "verification": "email" }""")]
    [InlineData("""{ "channels": ["fax"] }""")]
    [InlineData("""{ "questions": 0 }""")]
    [InlineData("""{ "options": ["a", "b"] }""")]
    public void ConfigSchema_RefusesWhatThePlaceholderRefused(string config)
    {
        var schema = JsonSchema.FromText(Tool.Manifest.ConfigSchema);
        Assert.False(schema.Evaluate(JsonDocument.Parse(config).RootElement).IsValid);
    }

    [Fact]
    public void ConfigSchema_AcceptsEveryPropertyOfThePlaceholder()
    {
        var schema = JsonSchema.FromText(Tool.Manifest.ConfigSchema);
        var config = JsonDocument.Parse("""
            { "contracted": true, "pilot": true, "channels": ["web", "enumerator", "paper", "import", "in-person", "sms"], "openFor": "P30D",
              "guide": "Hướng dẫn bình chọn trực tuyến", "verification": "citizen-id", "allowVoteChange": true, "questions": 10 }
            """).RootElement;
        Assert.True(schema.Evaluate(config).IsValid);
    }
}
