using System.Text.Json;
using System.Xml;
using ConsultEngine.Abstractions;
using ConsultEngine.Plugins.Survey.Collection;
using ConsultEngine.Plugins.Survey.Model;
using ConsultEngine.Plugins.Survey.Steps;
using ConsultEngine.Plugins.Survey.Surfaces;

namespace ConsultEngine.Plugins.Survey;

/// <summary>
/// The survey's surfaces (SDK 1.2): the questionnaire in force as the public form <c>main</c> (closed to the
/// public when the config's channels leave out <c>web</c>) and the staff form <c>entry</c>, both judged by the
/// skip logic and checks collection runs; the results as the shared views plus the cross-tabs with their χ² test.
/// </summary>
public sealed partial class SurveyTool : IToolSurfaces
{
    public async ValueTask<PublicSurface?> DescribePublicAsync(ToolContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var config = SurveyConfig.Read(context.Config);
        if (!config.IsOpen(InputChannel.Web))
        {
            return null;
        }

        var questionnaire = await InForceAsync(context, config, cancellationToken).ConfigureAwait(false);
        if (questionnaire is null)
        {
            // Announced, but nothing to fill in until staff set the questionnaire.
            return new PublicSurface { Instructions = new LocalText("Phiếu khảo sát đang được chuẩn bị.", "The questionnaire is being prepared.") };
        }

        var opened = (await SurveyStore.StateAsync(context, cancellationToken).ConfigureAwait(false))?.OpenedAt;
        return new PublicSurface
        {
            OpensAt = opened,
            ClosesAt = opened + OpenFor(context),
            Title = SurveyJson.Local(questionnaire.Title),
            Instructions = SurveyFields.Introduction(questionnaire),
            Forms = [SurveyForms.MainForm(questionnaire)],
        };
    }

    public async ValueTask<FormEvaluation> EvaluateAsync(ToolContext context, string formId, JsonElement body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(formId);
        if (formId is not (SurveyForms.Main or SurveyForms.Entry))
        {
            throw new ToolException(ToolCodes.UnknownForm, $"The survey has no form '{formId}'.") { ToolId = Id, InstanceId = context.InstanceId, StepId = context.StepId };
        }

        var config = SurveyConfig.Read(context.Config);
        var questionnaire = await InForceAsync(context, config, cancellationToken).ConfigureAwait(false);
        if (questionnaire is null)
        {
            return new FormEvaluation { Show = [], Problems = [new ToolProblem(SurveyCodes.NoQuestionnaire, string.Empty, "The survey has no questionnaire yet.")] };
        }

        var form = SurveyForms.Find(formId, questionnaire, config)!;
        var further = new List<ToolProblem>();
        if (formId == SurveyForms.Main && !config.IsOpen(InputChannel.Web))
        {
            further.Add(new ToolProblem(SurveyCodes.ChannelNotOpen, string.Empty, "The channel 'web' is not open for this survey."));
        }

        var checker = new AnswerChecker(questionnaire, context.Scripts, context.Variables, context.Language);
        var evaluation = SurveyEvaluator.Evaluate(form, checker, body, further);

        // As collection: the respondent's quota groups once the answers are sound, never in pilot mode.
        var pilot = (await SurveyStore.StateAsync(context, cancellationToken).ConfigureAwait(false))?.Pilot ?? config.Pilot;
        if (pilot || config.Quotas.Count == 0 || evaluation.Problems.Any(p => p.Severity == ProblemSeverity.Error))
        {
            return evaluation;
        }

        var quotas = await SurveyQuotas.ProblemsAsync(context, config, SurveyEvaluator.Respondent(body), cancellationToken).ConfigureAwait(false);
        return evaluation with { Problems = [.. evaluation.Problems, .. quotas.Select(SurveyEvaluator.AtRespondent)] };
    }

    public async ValueTask<StaffSurface> DescribeStaffAsync(ToolContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var config = SurveyConfig.Read(context.Config);
        var questionnaire = await InForceAsync(context, config, cancellationToken).ConfigureAwait(false);
        var analysis = await AnalyseAsync(context, AnalysisOptions.Default, cancellationToken).ConfigureAwait(false);
        var staffChannels = config.IsOpen(InputChannel.Enumerator) || config.IsOpen(InputChannel.Paper);
        return new StaffSurface
        {
            Forms = questionnaire is not null && staffChannels ? [SurveyForms.EntryForm(questionnaire, config)] : [],
            Results = [.. AnalysisViews.From(analysis), .. CrossTabViews.From(analysis)],
        };
    }

    /// <summary>
    /// How long the step collects (the config's <c>openFor</c>, an ISO 8601 duration, read as the portal has read it),
    /// for the closing time the public is shown; the lifecycle, not the survey, ends collection.
    /// </summary>
    private static TimeSpan? OpenFor(ToolContext context)
    {
        if (context.ConfigString("openFor") is not { } openFor)
        {
            return null;
        }

        try
        {
            return XmlConvert.ToTimeSpan(openFor);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>
    /// The questionnaire collection uses: the stored one, or before the step was opened the config's inline one when
    /// it is sound (opening refuses it otherwise); null when there is none. Reads only: describing never stores.
    /// </summary>
    private static async ValueTask<Questionnaire?> InForceAsync(ToolContext context, SurveyConfig config, CancellationToken cancellationToken)
    {
        var (stored, _) = await SurveyStore.QuestionnaireAsync(context, cancellationToken).ConfigureAwait(false);
        if (stored is not null)
        {
            return stored.Questionnaire;
        }

        return config.Inline is { } inline && !QuestionnaireChecker.Check(inline, context.Scripts).Any(p => p.Severity == ProblemSeverity.Error) ? inline : null;
    }
}
