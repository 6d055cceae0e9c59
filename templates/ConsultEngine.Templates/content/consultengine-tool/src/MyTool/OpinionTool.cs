using System.Text.Json;
using ConsultEngine.Abstractions;

namespace MyTool;

/// <summary>
/// A consultation tool: citizens say whether they agree with a proposal and may add a comment. The
/// host creates it once and passes everything about a step in the <see cref="ToolContext"/>; the tool
/// keeps no state of its own. It describes its public form and its staff views as data
/// (<see cref="IToolSurfaces"/>, SDK 1.2), so the portal and the console show it with no host change.
/// </summary>
public sealed class OpinionTool : IConsultationTool, IToolSurfaces
{
    public ToolManifest Manifest => OpinionManifest.Manifest;

    // Nothing to prepare; called again after a restart, so whatever it does must be idempotent.
    public ValueTask OpenAsync(ToolContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask<CollectResult> CollectAsync(ToolContext context, Submission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(submission);
        var opinion = OpinionForm.OpinionOf(submission.Answers);
        var text = string.IsNullOrWhiteSpace(submission.Text) ? null : submission.Text.Trim();
        var problems = OpinionForm.Check(opinion, text, MaxLength(context), context.Language);
        if (problems.Count > 0)
        {
            return ValueTask.FromResult(CollectResult.Refuse(problems));
        }

        var input = new ConsultationInput
        {
            // Time-ordered ids keep the store's index growing at its end.
            Id = Guid.CreateVersion7(context.Now),
            InstanceId = context.InstanceId,
            StepId = context.StepId,
            Tool = OpinionManifest.Id,
            Channel = submission.Channel,
            Collector = submission.Collector,
            Respondent = submission.Respondent,
            Answers = JsonSerializer.SerializeToElement(new Dictionary<string, string> { [OpinionForm.Question] = opinion! }),
            Text = text,
            Flags = context.ConfigBool("pilot") ? InputMarks.Pilot : InputMarks.None,
            SubmittedAt = submission.SubmittedAt ?? context.Now,
        };
        return ValueTask.FromResult(CollectResult.Accept(input));
    }

    public ValueTask<JsonElement?> ExecuteAsync(ToolContext context, string action, JsonElement payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        throw new ToolException(ToolCodes.UnknownAction, $"The {OpinionManifest.Id} tool has no action '{action}'.")
        {
            ToolId = OpinionManifest.Id,
            InstanceId = context.InstanceId,
            StepId = context.StepId,
        };
    }

    public ValueTask CloseAsync(ToolContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public async ValueTask<ToolAnalysis> AnalyseAsync(ToolContext context, AnalysisOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        var inputs = await context.Inputs.ReadAsync(InputQuery.All, cancellationToken).ConfigureAwait(false);
        var question = new QuestionSpec(OpinionForm.Question, QuestionShape.SingleChoice)
        {
            Title = OpinionForm.QuestionLabel,
            Options = [.. OpinionForm.Choices.Select(c => new ChoiceOption(c.Value, c.Label))],
        };

        // Counts and shares with 95% intervals, cross-tabs by respondent attribute, comments as passages to code.
        return InputAnalyzer.Analyse(OpinionManifest.Id, context.StepId, inputs, [question], options);
    }

    public ValueTask<PublicSurface?> DescribePublicAsync(ToolContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var surface = new PublicSurface
        {
            Title = OpinionManifest.Manifest.Title,
            Instructions = new("Chọn ý kiến của bạn và gửi. Bạn có thể viết thêm ý kiến.", "Choose your answer and send it. You may add a comment."),
            Forms = [OpinionForm.Describe(MaxLength(context))],
        };
        return ValueTask.FromResult<PublicSurface?>(surface);
    }

    public ValueTask<FormEvaluation> EvaluateAsync(ToolContext context, string formId, JsonElement body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (formId != OpinionForm.Id)
        {
            throw new ToolException(ToolCodes.UnknownForm, $"The {OpinionManifest.Id} tool has no form '{formId}'.") { ToolId = OpinionManifest.Id, StepId = context.StepId };
        }

        var problems = OpinionForm.Check(OpinionForm.OpinionOf(OpinionForm.AnswersOf(body)), OpinionForm.TextOf(body), MaxLength(context), context.Language);
        return ValueTask.FromResult(new FormEvaluation { Show = [OpinionForm.OpinionPath, OpinionForm.TextPath], Problems = problems });
    }

    public async ValueTask<StaffSurface> DescribeStaffAsync(ToolContext context, CancellationToken cancellationToken)
    {
        var analysis = await AnalyseAsync(context, AnalysisOptions.Default, cancellationToken).ConfigureAwait(false);
        // The shared views of the analysis: key figures, the opinion's shares with intervals, the comments' themes.
        return new StaffSurface { Results = AnalysisViews.From(analysis) };
    }

    private static int MaxLength(ToolContext context) => context.ConfigInt("maxLength", OpinionForm.DefaultMaxLength);
}
