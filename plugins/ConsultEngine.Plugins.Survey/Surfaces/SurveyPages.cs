using System.Globalization;
using ConsultEngine.Abstractions;
using ConsultEngine.Plugins.Survey.Model;

namespace ConsultEngine.Plugins.Survey.Surfaces;

/// <summary>
/// The pages a questionnaire is asked in, for a host that renders plain HTML and decides what comes next on the
/// server: a new page starts at every change of group and before every question (or note) with a skip rule or a
/// choice filter, so the rules of a page only read answers given on earlier pages, and the host can ask
/// <see cref="IToolSurfaces.EvaluateAsync"/> between pages. A page is titled by its group's label. Notes and
/// calculations hold no field; a page left without fields is dropped.
/// </summary>
internal static class SurveyPages
{
    public static IReadOnlyList<FormPage> Of(Questionnaire questionnaire)
    {
        var groups = questionnaire.Groups.GroupBy(g => g.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var runs = new List<List<Question>>();
        var current = new List<Question>();
        foreach (var question in questionnaire.Questions.Where(q => q.Kind is not (QuestionKind.Calculate or QuestionKind.Unknown)))
        {
            var conditional = question.Relevant is not null || question.ChoiceFilter is not null;
            if (current.Count > 0 && (conditional || !string.Equals(current[^1].Group, question.Group, StringComparison.Ordinal)))
            {
                runs.Add(current);
                current = [];
            }

            current.Add(question);
        }

        if (current.Count > 0)
        {
            runs.Add(current);
        }

        var pages = new List<FormPage>();
        foreach (var run in runs)
        {
            var fields = run.Where(q => q.Kind.TakesAnswer()).Select(q => SurveyFields.AnswerPath(q.Id)).ToList();
            if (fields.Count == 0)
            {
                continue;
            }

            var title = run[0].Group is { } group && groups.TryGetValue(group, out var known) ? SurveyJson.Local(known.Label) : null;
            pages.Add(new FormPage("p" + (pages.Count + 1).ToString(CultureInfo.InvariantCulture), title, fields));
        }

        return pages;
    }
}
