using System.Text.Json;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Web.Tests.Console;

/// <summary>A tool that only has a manifest: what the console reads of a tool to name it.</summary>
internal sealed class TitledTool(string id, LocalText title) : IConsultationTool
{
    public ToolManifest Manifest { get; } = new()
    {
        Id = id,
        Version = "1.0.0",
        Title = title,
        BuiltForSdk = new SdkVersion(1, 1),
        ConfigSchema = "{}",
    };

    public ValueTask OpenAsync(ToolContext context, CancellationToken cancellationToken) => throw new NotSupportedException();

    public ValueTask<CollectResult> CollectAsync(ToolContext context, Submission submission, CancellationToken cancellationToken) => throw new NotSupportedException();

    public ValueTask<JsonElement?> ExecuteAsync(ToolContext context, string action, JsonElement payload, CancellationToken cancellationToken) => throw new NotSupportedException();

    public ValueTask CloseAsync(ToolContext context, CancellationToken cancellationToken) => throw new NotSupportedException();

    public ValueTask<ToolAnalysis> AnalyseAsync(ToolContext context, AnalysisOptions options, CancellationToken cancellationToken) => throw new NotSupportedException();
}
