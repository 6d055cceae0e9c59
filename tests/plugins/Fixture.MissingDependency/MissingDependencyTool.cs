using ConsultEngine.Abstractions;
using ConsultEngine.Tests.Plugins.Library;

namespace ConsultEngine.Tests.Plugins;

/// <summary>Needs a library that is not in its folder: refused (CE9002) naming it.</summary>
public sealed class MissingDependencyTool : FixtureTool
{
    public override ToolManifest Manifest => Fixture(Helper.Id);
}
