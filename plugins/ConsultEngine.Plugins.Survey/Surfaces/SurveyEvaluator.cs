using System.Text.Json;
using ConsultEngine.Abstractions;
using ConsultEngine.Plugins.Survey.Collection;

namespace ConsultEngine.Plugins.Survey.Surfaces;

/// <summary>
/// A form filled in so far, judged by the same <see cref="AnswerChecker"/> that collection runs: the questions its
/// skip logic hides are left out of <see cref="FormEvaluation.Show"/> (every other field is shown), and its problems
/// are given at their fields' pointers. Rule: a problem is reported for every question shown, whatever page it is
/// on (a required question of a later page not answered yet is CE9225 already); the host shows those of the page
/// in hand and sends only when none is left. A hidden question's answer is dropped, as collection drops it, so its
/// warning (CE9226) is not repeated here.
/// </summary>
internal static class SurveyEvaluator
{
    public static FormEvaluation Evaluate(SurfaceForm form, AnswerChecker checker, JsonElement body, IEnumerable<ToolProblem> further)
    {
        var answers = body.ValueKind == JsonValueKind.Object && body.TryGetProperty("answers", out var given) ? given : (JsonElement?)null;
        var checkedAnswers = checker.Check(answers);
        var hidden = checkedAnswers.Hidden.Select(SurveyFields.AnswerPath).ToHashSet(StringComparer.Ordinal);
        return new FormEvaluation
        {
            Show = [.. form.Fields.Select(f => f.Path).Where(p => !hidden.Contains(p))],
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
