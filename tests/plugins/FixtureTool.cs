using System.Text.Json;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Tests.Plugins;

/// <summary>
/// The least a tool does, for plugins that exist to be loaded or refused: each fixture states only
/// its manifest. Abstract, so that the host's scan does not take it for a tool.
/// </summary>
public abstract class FixtureTool : IConsultationTool
{
    public const string ValidSchema = """{ "type": "object", "properties": { "openFor": { "type": "string" } } }""";

    public abstract ToolManifest Manifest { get; }

    public ValueTask OpenAsync(ToolContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask<CollectResult> CollectAsync(ToolContext context, Submission submission, CancellationToken cancellationToken) =>
        ValueTask.FromResult(CollectResult.Refuse(ToolCodes.PayloadInvalid, "/", "fixture"));

    public virtual ValueTask<JsonElement?> ExecuteAsync(ToolContext context, string action, JsonElement payload, CancellationToken cancellationToken) =>
        ValueTask.FromResult<JsonElement?>(null);

    public ValueTask CloseAsync(ToolContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask<ToolAnalysis> AnalyseAsync(ToolContext context, AnalysisOptions options, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new ToolAnalysis { Tool = Manifest.Id, StepId = context.StepId, Basis = new AnalysisBasis() });

    protected static ToolManifest Fixture(string id, SdkVersion? sdk = null, string? schema = null) => new()
    {
        Id = id,
        Version = "1.0.0",
        Title = new LocalText($"Công cụ thử {id}", $"Fixture tool {id}"),
        BuiltForSdk = sdk ?? new SdkVersion(Sdk.Major, Sdk.Minor),
        ConfigSchema = schema ?? ValidSchema,
    };
}
