using System.Text.Json;
using ConsultEngine.Abstractions;
using ConsultEngine.Plugins.Survey.Collection;

namespace ConsultEngine.Plugins.Survey.Surfaces;

/// <summary>
/// A form filled in so far, judged by the same <see cref="AnswerChecker"/> that collection runs: the questions its
/// skip logic hides are left out of <see cref="FormEvaluation.Show"/> (every other field is shown), and its problems
/// are given at their fields' pointers. Rule: a problem is reported for every question shown, whatever page it is
/// on (a required question of a later page not answered yet is CE9225 already); the host shows those of the page
/// in hand and sends only when none is left. A question with a choice filter lists in <see cref="FormEvaluation.Choices"/>
/// the options it offers for the answers so far. A hidden question's answer is dropped, as collection drops it, so its
/// warning (CE9226) is not repeated here.
/// </summary>
internal static class SurveyEvaluator
{
    /// <summary>The respondent's attributes in a body (<c>respondent</c>, an object of strings); none when absent.</summary>
    public static RespondentAttributes Respondent(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("respondent", out var respondent) || respondent.ValueKind != JsonValueKind.Object)
        {
            return RespondentAttributes.None;
        }

        string? Get(string name) => respondent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString()) ? value.GetString() : null;
        return new RespondentAttributes
        {
            Province = Get("province"),
            Commune = Get("commune"),
            CommuneCode = Get("communeCode"),
            District = Get("district"),
            Gender = Get("gender"),
            AgeBand = Get("ageBand"),
            Ethnicity = Get("ethnicity"),
            Occupation = Get("occupation"),
        };
    }

    /// <summary>A quota problem (<c>quotas/&lt;attribute&gt;/&lt;value&gt;</c>) at the respondent attribute's pointer.</summary>
    public static ToolProblem AtRespondent(ToolProblem quota)
    {
        var parts = quota.Path.Split('/');
        return parts.Length >= 2 ? quota with { Path = SurveyFields.RespondentPath(parts[1]) } : quota;
    }

    public static FormEvaluation Evaluate(SurfaceForm form, AnswerChecker checker, JsonElement body, IEnumerable<ToolProblem> further)
    {
        var answers = body.ValueKind == JsonValueKind.Object && body.TryGetProperty("answers", out var given) ? given : (JsonElement?)null;
        var checkedAnswers = checker.Check(answers, listOffered: true);
        var hidden = checkedAnswers.Hidden.Select(SurveyFields.AnswerPath).ToHashSet(StringComparer.Ordinal);
        return new FormEvaluation
        {
            Show = [.. form.Fields.Select(f => f.Path).Where(p => !hidden.Contains(p))],
            Choices = checkedAnswers.Offered.ToDictionary(o => SurveyFields.AnswerPath(o.Key), o => o.Value, StringComparer.Ordinal),
            Problems =
            [
                .. checkedAnswers.Problems
                    .Where(p => p.Code != SurveyCodes.NotRelevantDropped)
                    .Select(p => p with { Path = p.Path.Length == 0 ? "/answers" : SurveyFields.AnswerPath(p.Path) }),
                .. further,
            ],
        };
    }
}
