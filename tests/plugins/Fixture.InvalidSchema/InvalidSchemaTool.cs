using ConsultEngine.Abstractions;

namespace ConsultEngine.Tests.Plugins;

/// <summary>Its config schema describes an array, not an object, and misuses a keyword: refused (CE9006).</summary>
public sealed class InvalidSchemaTool : FixtureTool
{
    public override ToolManifest Manifest { get; } = Fixture("invalid-schema", schema: """{ "type": "object", "properties": { "x": { "type": 12 } } }""");
}
