using System.Text.Json;
using ConsultEngine.Abstractions;
using ConsultEngine.Plugins.Survey.Analysis;
using ConsultEngine.Plugins.Survey.Collection;
using ConsultEngine.Plugins.Survey.Steps;

namespace ConsultEngine.Plugins.Survey;

/// <summary>
/// The survey tool (<c>tool:survey@1</c>): a questionnaire with skip logic, constraints and quotas,
/// collected on the web, by enumerators, from paper forms and from imported files; pilot mode;
/// XLSForm import; CSV/XLSX export; analysis with shares, intervals and cross-tabs. Keeps its state
/// in two tool records (collection <c>survey</c>): the mode and the questionnaire.
/// </summary>
public sealed partial class SurveyTool : IConsultationTool
{
    /// <summary>The tool's id in step types (<c>tool:survey@1</c>).</summary>
    public const string Id = "survey";

    private readonly Func<Guid> _newInputId;

    public SurveyTool()
        : this(Guid.CreateVersion7)
    {
    }

    /// <summary>
    /// A survey whose input ids come from <paramref name="newInputId"/> (tests and replays need fixed
    /// ids). Internal: the host creates tools through their one public constructor, and two public
    /// ones would make that ambiguous (the plugin would be refused with CE9008).
    /// </summary>
    internal SurveyTool(Func<Guid> newInputId)
    {
        ArgumentNullException.ThrowIfNull(newInputId);
        _newInputId = newInputId;
    }

    public ToolManifest Manifest { get; } = SurveyManifest.Create();

    public async ValueTask OpenAsync(ToolContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var config = SurveyConfig.Read(context.Config);
        var unknown = config.Quotas.Keys.Where(a => !RespondentAttributes.Names.Contains(a)).ToList();
        if (unknown.Count > 0)
        {
            throw new ToolException(
                ToolCodes.ConfigInvalid,
                "The survey's quotas name unknown respondent attributes.",
                unknown.Select(a => new ToolProblem(SurveyCodes.QuotaAttributeUnknown, $"quotas/{a}", $"'{a}' is not one of: {string.Join(", ", RespondentAttributes.Names)}.")).ToList())
            { ToolId = Id, InstanceId = context.InstanceId, StepId = context.StepId };
        }

        await SurveyStore.EnsureAsync(context, config, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<CollectResult> CollectAsync(ToolContext context, Submission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(submission);
        var config = SurveyConfig.Read(context.Config);
        var state = await SurveyStore.EnsureAsync(context, config, cancellationToken).ConfigureAwait(false);
        var (stored, _) = await SurveyStore.QuestionnaireAsync(context, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            return CollectResult.Refuse(SurveyCodes.NoQuestionnaire, string.Empty, "The survey has no questionnaire yet.");
        }

        return await new SurveyCollector(context, config, state, stored.Questionnaire, _newInputId).CollectAsync(submission, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<JsonElement?> ExecuteAsync(ToolContext context, string action, JsonElement payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var actions = new SurveyActions(context, SurveyConfig.Read(context.Config), _newInputId);
        return action switch
        {
            SurveyManifest.SetQuestionnaire => await actions.SetQuestionnaireAsync(payload, cancellationToken).ConfigureAwait(false),
            SurveyManifest.ImportXlsForm => await actions.ImportXlsFormAsync(payload, cancellationToken).ConfigureAwait(false),
            SurveyManifest.ImportResponses => await actions.ImportResponsesAsync(payload, cancellationToken).ConfigureAwait(false),
            SurveyManifest.Export => await actions.ExportAsync(payload, cancellationToken).ConfigureAwait(false),
            SurveyManifest.EndPilot => await actions.EndPilotAsync(cancellationToken).ConfigureAwait(false),
            SurveyManifest.GetQuestionnaire => await actions.QuestionnaireAsync(cancellationToken).ConfigureAwait(false),
            SurveyManifest.Status => await actions.StatusAsync(cancellationToken).ConfigureAwait(false),
            _ => throw new ToolException(ToolCodes.UnknownAction, $"The survey has no action '{action}'.") { ToolId = Id, InstanceId = context.InstanceId, StepId = context.StepId },
        };
    }

    /// <summary>Nothing to do: the host refuses submissions after close, and the questionnaire and inputs stay as they are for analysis.</summary>
    public ValueTask CloseAsync(ToolContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public async ValueTask<ToolAnalysis> AnalyseAsync(ToolContext context, AnalysisOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        var config = SurveyConfig.Read(context.Config);
        var (stored, _) = await SurveyStore.QuestionnaireAsync(context, cancellationToken).ConfigureAwait(false);
        var questionnaire = stored?.Questionnaire ?? config.Inline ?? new Model.Questionnaire();
        var specs = SurveyAnalysis.Specs(questionnaire);
        var tally = await context.Inputs.TallyAsync(specs, cancellationToken).ConfigureAwait(false);
        var counted = tally.MayHavePassages(specs, options)
            ? await context.Inputs.ReadAsync(options.Query, cancellationToken).ConfigureAwait(false)
            : [];
        return SurveyAnalysis.Analyse(context.StepId, tally, counted, questionnaire, config, options);
    }
}
