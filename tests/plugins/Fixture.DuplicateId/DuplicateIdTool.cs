using ConsultEngine.Abstractions;

namespace ConsultEngine.Tests.Plugins;

/// <summary>Takes the id of the example plugin, whose folder sorts first: this one is refused (CE9004).</summary>
public sealed class DuplicateIdTool : FixtureTool
{
    public override ToolManifest Manifest { get; } = Fixture("draft-comments");
}
