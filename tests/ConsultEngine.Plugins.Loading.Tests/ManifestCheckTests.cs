using ConsultEngine.Abstractions;
using ConsultEngine.Hosting.Plugins;
using ConsultEngine.Plugins.Loading.Tests.Support;

namespace ConsultEngine.Plugins.Loading.Tests;

/// <summary>Every manifest passes the same checks, a plugin's or a tool the host adds in-process; each failure has its own code.</summary>
public sealed class ManifestCheckTests
{
    private static string CodeOf(ToolManifest manifest)
    {
        var catalog = PluginCatalog.Load(null, [new StubTool(manifest)]);
        Assert.Empty(catalog.Loaded);
        return Assert.Single(catalog.Refused).Code;
    }

    [Fact]
    public void ValidManifest_Loads()
    {
        var catalog = PluginCatalog.Load(null, [new StubTool(StubTool.Valid())]);

        var plugin = Assert.Single(catalog.Loaded);
        Assert.Equal(PluginCatalog.InProcessFolder, plugin.Folder);
        Assert.Equal("tool:stub@1", plugin.StepType);
    }

    [Theory]
    [InlineData("Survey")]
    [InlineData("1poll")]
    [InlineData("public_hearing")]
    [InlineData("poll-")]
    [InlineData("")]
    public void IdNotALowerCaseName_IsCE9005(string id) =>
        Assert.Equal(ToolCodes.PluginManifestInvalid, CodeOf(StubTool.Valid() with { Id = id }));

    [Theory]
    [InlineData("1.0")]
    [InlineData("v1.0.0")]
    [InlineData("01.0.0")]
    [InlineData("1.0.0-")]
    public void VersionNotSemVer_IsCE9005(string version) =>
        Assert.Equal(ToolCodes.PluginManifestInvalid, CodeOf(StubTool.Valid() with { Version = version }));

    [Theory]
    [InlineData("", "Stub")]
    [InlineData("Thử", " ")]
    public void TitleWithoutBothLanguages_IsCE9005(string vi, string en) =>
        Assert.Equal(ToolCodes.PluginManifestInvalid, CodeOf(StubTool.Valid() with { Title = new LocalText(vi, en) }));

    [Fact]
    public void OtherSdkMajor_IsCE9003() =>
        Assert.Equal(ToolCodes.PluginSdkMismatch, CodeOf(StubTool.Valid() with { BuiltForSdk = new SdkVersion(Sdk.Major + 1, 0) }));

    [Fact]
    public void NewerSdkMinor_IsCE9003() =>
        Assert.Equal(ToolCodes.PluginSdkMismatch, CodeOf(StubTool.Valid() with { BuiltForSdk = new SdkVersion(Sdk.Major, Sdk.Minor + 1) }));

    [Theory]
    [InlineData("not json")]
    [InlineData("""{ "type": "array" }""")]
    [InlineData("""{ "properties": {} }""")]
    [InlineData("""{ "type": "object", "required": "name" }""")]
    [InlineData("[]")]
    public void ConfigSchemaNotASchemaOfAnObject_IsCE9006(string schema) =>
        Assert.Equal(ToolCodes.PluginConfigSchemaInvalid, CodeOf(StubTool.Valid() with { ConfigSchema = schema }));

    [Fact]
    public void DurationPropertyNotInTheSchema_IsCE9006() =>
        Assert.Equal(ToolCodes.PluginConfigSchemaInvalid, CodeOf(StubTool.Valid() with { DurationConfigProperties = ["closeAfter"] }));

    [Fact]
    public void ActionPayloadSchemaInvalid_IsCE9006()
    {
        var action = new ToolAction("register", new LocalText("Đăng ký", "Register"), ToolAudience.Public, """{ "type": "string" }""");

        Assert.Equal(ToolCodes.PluginConfigSchemaInvalid, CodeOf(StubTool.Valid() with { Actions = [action] }));
    }

    [Fact]
    public void ActionDeclaredTwice_IsCE9005()
    {
        var action = new ToolAction("register", new LocalText("Đăng ký", "Register"), ToolAudience.Public, """{ "type": "object" }""");

        Assert.Equal(ToolCodes.PluginManifestInvalid, CodeOf(StubTool.Valid() with { Actions = [action, action] }));
    }

    [Fact]
    public void ManifestThatThrows_IsCE9008()
    {
        var catalog = PluginCatalog.Load(null, [new StubTool(() => throw new InvalidOperationException("broken"))]);

        Assert.Equal(ToolCodes.PluginActivationFailed, Assert.Single(catalog.Refused).Code);
    }

    [Fact]
    public void InProcessTool_WinsItsIdOverAPlugin_WhichIsRefusedWithCE9004()
    {
        var catalog = PluginCatalog.Load(BuiltPlugins.Folder, [new StubTool(StubTool.Valid("draft-comments"))]);

        Assert.Equal(PluginCatalog.InProcessFolder, catalog.Find("draft-comments")!.Folder);
        Assert.Equal(ToolCodes.PluginDuplicateId, Assert.Single(catalog.Refused, r => r.Folder == BuiltPlugins.ExampleFolder).Code);
    }
}
