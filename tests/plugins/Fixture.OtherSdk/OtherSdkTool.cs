using ConsultEngine.Abstractions;

namespace ConsultEngine.Tests.Plugins;

/// <summary>Says it was built for the next major version of the SDK: refused (CE9003).</summary>
public sealed class OtherSdkTool : FixtureTool
{
    public override ToolManifest Manifest { get; } = Fixture("other-sdk", new SdkVersion(Sdk.Major + 1, 0));
}
