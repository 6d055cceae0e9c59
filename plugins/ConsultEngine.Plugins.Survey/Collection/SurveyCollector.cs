using ConsultEngine.Abstractions;
using ConsultEngine.Plugins.Survey.Model;
using ConsultEngine.Plugins.Survey.Steps;

namespace ConsultEngine.Plugins.Survey.Collection;

/// <summary>
/// Turns one submission into a survey response: channel open, answers checked, quotas of the
/// respondent's groups, the pilot flag. Used for every channel, and for each row of an imported file.
/// </summary>
internal sealed class SurveyCollector(ToolContext context, SurveyConfig config, SurveyState state, Questionnaire questionnaire, Func<Guid> newId)
{
    /// <summary>The purpose under which a respondent's offered identifier is hashed into the input's unique key.</summary>
    public const string IdentifierPurpose = "survey:respondent";

    private readonly AnswerChecker _checker = new(questionnaire, context.Scripts, context.Variables, context.Language);

    public async ValueTask<CollectResult> CollectAsync(Submission submission, CancellationToken cancellationToken)
    {
        if (!config.IsOpen(submission.Channel))
        {
            return CollectResult.Refuse(SurveyCodes.ChannelNotOpen, "channel", $"The channel '{SurveyConfig.ChannelName(submission.Channel)}' is not open for this survey.");
        }

        if (submission.Channel is InputChannel.Enumerator or InputChannel.Paper && context.Actor is null)
        {
            return CollectResult.Refuse(ToolCodes.NotAllowed, "channel", "Enumerator and paper entries are made by a signed-in collector.");
        }

        var answers = _checker.Check(submission.Answers);
        var problems = answers.Problems.ToList();
        if (!answers.HasErrors && !state.Pilot)
        {
            problems.AddRange(await SurveyQuotas.ProblemsAsync(context, config, submission.Respondent, cancellationToken).ConfigureAwait(false));
        }

        if (problems.Any(p => p.Severity == ProblemSeverity.Error))
        {
            return CollectResult.Refuse(problems);
        }

        var input = new ConsultationInput
        {
            Id = newId(),
            InstanceId = context.InstanceId,
            StepId = context.StepId,
            Tool = SurveyTool.Id,
            Channel = submission.Channel,
            Collector = submission.Channel switch
            {
                InputChannel.Web => null,
                InputChannel.Import => submission.Collector ?? context.Actor,
                _ => context.Actor,
            },
            Respondent = submission.Respondent,
            Subject = submission.Subject,
            Answers = answers.Answers,
            Text = string.IsNullOrWhiteSpace(submission.Text) ? null : submission.Text,
            Flags = state.Pilot ? InputMarks.Pilot : InputMarks.None,
            UniqueKey = string.IsNullOrWhiteSpace(submission.Identifier) ? null : context.Identifiers.Hash(IdentifierPurpose, submission.Identifier),
            SubmittedAt = submission.SubmittedAt ?? context.Now,
        };
        return CollectResult.Accept(input, UniqueKeyConflict.Refuse, problems);
    }
}
