using System.Text.Json;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Web.Tests.Api.Walk;

/// <summary>
/// A tool added in the walk's host's own process, so that every kind of refusal can be led through real
/// HTTP: it refuses a submission whose <c>/answers/walk</c> is <c>invalid</c> (at that pointer), faults on
/// <c>fault</c> (a bug in a plugin), keeps one input per identifier (a second is a conflict), offers the
/// public an action form and a form naming a staff-only action, and faults in its staff action <c>fail</c>.
/// </summary>
internal sealed class WalkTool : IConsultationTool, IToolSurfaces
{
    public const string Id = "refusal-walk";
    public const string Invalid = "invalid";
    public const string Fault = "fault";

    private const string AskSchema = """{ "type": "object", "required": ["question"], "properties": { "question": { "type": "string", "minLength": 1 } } }""";
    private const string AnySchema = """{ "type": "object" }""";

    public ToolManifest Manifest { get; } = new()
    {
        Id = Id,
        Version = "1.0.0",
        Title = new LocalText("Công cụ thử các lỗi", "Refusal walk tool"),
        BuiltForSdk = new SdkVersion(Sdk.Major, Sdk.Minor),
        ConfigSchema = AnySchema,
        Channels = [InputChannel.Web, InputChannel.Enumerator],
        Actions =
        [
            new ToolAction("ask", new LocalText("Đặt câu hỏi", "Ask"), ToolAudience.Public, AskSchema),
            new ToolAction("record", new LocalText("Ghi chép", "Record"), ToolAudience.Staff, AnySchema),
            new ToolAction("fail", new LocalText("Lỗi", "Fail"), ToolAudience.Staff, AnySchema),
        ],
    };

    public ValueTask OpenAsync(ToolContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask<CollectResult> CollectAsync(ToolContext context, Submission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(submission);
        switch (Walk(submission.Answers))
        {
            case Invalid:
                return ValueTask.FromResult(CollectResult.Refuse(ToolCodes.PayloadInvalid, "/answers/walk", "Refused for the walk."));
            case Fault:
                throw new InvalidOperationException("A fault for the walk.");
        }

        return ValueTask.FromResult(CollectResult.Accept(new ConsultationInput
        {
            Id = Guid.CreateVersion7(),
            InstanceId = context.InstanceId,
            StepId = context.StepId,
            Tool = Id,
            Channel = submission.Channel,
            Answers = submission.Answers,
            UniqueKey = submission.Identifier is { } identifier ? context.Identifiers.Hash(Id, identifier) : null,
            SubmittedAt = context.Now,
        }));
    }

    public ValueTask<JsonElement?> ExecuteAsync(ToolContext context, string action, JsonElement payload, CancellationToken cancellationToken) => action switch
    {
        "fail" => throw new InvalidOperationException("A fault for the walk."),
        "ask" => ValueTask.FromResult<JsonElement?>(JsonSerializer.SerializeToElement(new { receipt = Guid.CreateVersion7().ToString() })),
        _ => ValueTask.FromResult<JsonElement?>(null),
    };

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
                new SurfaceForm
                {
                    Id = "main",
                    Fields =
                    [
                        new FormField { Path = "/answers/walk", Label = new LocalText("Bước", "Walk") },
                        new FormField { Path = "/identifier", Label = new LocalText("Số điện thoại", "Phone"), Personal = true },
                    ],
                },
                new SurfaceForm { Id = "ask", Target = FormTarget.Action, Action = "ask", Fields = [new FormField { Path = "/question", Label = new LocalText("Câu hỏi", "Question") }] },
                new SurfaceForm { Id = "staff-only", Target = FormTarget.Action, Action = "record" },
            ],
        });

    public ValueTask<FormEvaluation> EvaluateAsync(ToolContext context, string formId, JsonElement body, CancellationToken cancellationToken) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty("answers", out var answers) && Walk(answers) == Fault
            ? throw new InvalidOperationException("A fault for the walk.")
            : ValueTask.FromResult(new FormEvaluation { Show = ["/answers/walk", "/identifier"] });

    public ValueTask<StaffSurface> DescribeStaffAsync(ToolContext context, CancellationToken cancellationToken) => ValueTask.FromResult(StaffSurface.Empty);

    private static string? Walk(JsonElement? answers) =>
        answers is { ValueKind: JsonValueKind.Object } a && a.TryGetProperty("walk", out var walk) && walk.ValueKind == JsonValueKind.String ? walk.GetString() : null;
}
