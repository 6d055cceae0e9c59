using ConsultEngine.Abstractions;
using ConsultEngine.Plugins.Survey.Steps;

namespace ConsultEngine.Plugins.Survey.Collection;

/// <summary>The quotas of a respondent's groups, as collection and a form's evaluation check them (never in pilot mode).</summary>
internal static class SurveyQuotas
{
    /// <summary>The path of a quota problem: <c>quotas/&lt;attribute&gt;/&lt;value&gt;</c>.</summary>
    public static string Path(string attribute, string value) => $"quotas/{attribute}/{value}";

    /// <summary>CE9241 for each full group of the respondent (an error, or a warning with quotaAction warn), CE9242 for a group this response fills.</summary>
    public static async ValueTask<List<ToolProblem>> ProblemsAsync(ToolContext context, SurveyConfig config, RespondentAttributes respondent, CancellationToken cancellationToken)
    {
        var problems = new List<ToolProblem>();
        foreach (var (attribute, limits) in config.Quotas)
        {
            if (respondent.Get(attribute) is not { } value || !limits.TryGetValue(value, out var max))
            {
                continue;
            }

            var query = InputQuery.Counted with { Respondent = (attribute, value) };
            var count = await context.Inputs.CountAsync(query, cancellationToken).ConfigureAwait(false);
            var path = Path(attribute, value);
            if (count >= max)
            {
                problems.Add(new ToolProblem(SurveyCodes.QuotaFull, path, $"The quota of {attribute} = {value} ({max}) is full.", config.QuotaWarnOnly ? ProblemSeverity.Warning : ProblemSeverity.Error));
            }
            else if (count + 1 == max)
            {
                problems.Add(new ToolProblem(SurveyCodes.QuotaReached, path, $"This response fills the quota of {attribute} = {value} ({max}).", ProblemSeverity.Warning));
            }
        }

        return problems;
    }
}
