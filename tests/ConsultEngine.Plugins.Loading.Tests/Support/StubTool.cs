using System.Text.Json;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.Loading.Tests.Support;

/// <summary>An in-process tool with whatever manifest a test gives it (or a manifest that cannot be read).</summary>
internal sealed class StubTool(Func<ToolManifest> manifest) : IConsultationTool
{
    public StubTool(ToolManifest manifest)
        : this(() => manifest)
    {
    }

    public ToolManifest Manifest => manifest();

    public static ToolManifest Valid(string id = "stub") => new()
    {
        Id = id,
        Version = "0.1.0-beta.2",
        Title = new LocalText("Công cụ thử", "Stub tool"),
        BuiltForSdk = Sdk.Current,
        ConfigSchema = """{ "type": "object", "properties": { "openFor": { "type": "string" } } }""",
        DurationConfigProperties = ["openFor"],
    };

    public ValueTask OpenAsync(ToolContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask<CollectResult> CollectAsync(ToolContext context, Submission submission, CancellationToken cancellationToken) =>
        ValueTask.FromResult(CollectResult.Refuse(ToolCodes.PayloadInvalid, "/", "stub"));

    public ValueTask<JsonElement?> ExecuteAsync(ToolContext context, string action, JsonElement payload, CancellationToken cancellationToken) =>
        ValueTask.FromResult<JsonElement?>(null);

    public ValueTask CloseAsync(ToolContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask<ToolAnalysis> AnalyseAsync(ToolContext context, AnalysisOptions options, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new ToolAnalysis { Tool = Manifest.Id, StepId = context.StepId, Basis = new AnalysisBasis() });
}
