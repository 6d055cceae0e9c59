using System.Text.Json;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Web.Tests.Privacy;

/// <summary>
/// A careless plugin: when it fails it puts what the person typed into its exception's message (the free
/// text, an attribute, the payload of an action), as a plugin's bug may.
/// </summary>
internal sealed class EchoingTool : IConsultationTool, IToolSurfaces
{
    public const string Id = "echoing";

    public ToolManifest Manifest { get; } = new()
    {
        Id = Id,
        Version = "1.0.0",
        Title = new LocalText("Công cụ lặp lại", "Echoing tool"),
        BuiltForSdk = new SdkVersion(Sdk.Major, Sdk.Minor),
        ConfigSchema = """{ "type": "object" }""",
        Channels = [InputChannel.Web],
        Actions = [new ToolAction("ask", new LocalText("Hỏi", "Ask"), ToolAudience.Public, """{ "type": "object" }""")],
    };

    public ValueTask OpenAsync(ToolContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask<CollectResult> CollectAsync(ToolContext context, Submission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        throw new InvalidOperationException($"Could not read '{submission.Text}' from {submission.Respondent.Occupation}.", new FormatException("Inner: " + submission.Text));
    }

    public ValueTask<JsonElement?> ExecuteAsync(ToolContext context, string action, JsonElement payload, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("Could not act on " + payload.GetRawText());

    public ValueTask CloseAsync(ToolContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask<ToolAnalysis> AnalyseAsync(ToolContext context, AnalysisOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ValueTask.FromResult(new ToolAnalysis { Tool = Id, StepId = context.StepId, Basis = new AnalysisBasis() });
    }

    public ValueTask<PublicSurface?> DescribePublicAsync(ToolContext context, CancellationToken cancellationToken) =>
        ValueTask.FromResult<PublicSurface?>(new PublicSurface
        {
            Forms =
            [
                new SurfaceForm { Id = "main", Fields = [new FormField { Path = "/text", Label = new LocalText("Ý kiến", "Opinion") }] },
                new SurfaceForm { Id = "ask", Target = FormTarget.Action, Action = "ask", Fields = [new FormField { Path = "/question", Label = new LocalText("Câu hỏi", "Question") }] },
            ],
        });

    public ValueTask<FormEvaluation> EvaluateAsync(ToolContext context, string formId, JsonElement body, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("Could not evaluate " + body.GetRawText());

    public ValueTask<StaffSurface> DescribeStaffAsync(ToolContext context, CancellationToken cancellationToken) => ValueTask.FromResult(StaffSurface.Empty);
}
