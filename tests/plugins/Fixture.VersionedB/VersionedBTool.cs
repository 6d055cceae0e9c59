using System.Text.Json;
using ConsultEngine.Abstractions;
using ConsultEngine.Tests.Plugins.Versioned;

namespace ConsultEngine.Tests.Plugins;

/// <summary>Answers its action with the version of the private library its own load context gave it.</summary>
public sealed class VersionedBTool : FixtureTool
{
    public override ToolManifest Manifest { get; } = Fixture("versioned-b");

    public override ValueTask<JsonElement?> ExecuteAsync(ToolContext context, string action, JsonElement payload, CancellationToken cancellationToken) =>
        ValueTask.FromResult<JsonElement?>(JsonSerializer.SerializeToElement(Greeting.Version));
}
