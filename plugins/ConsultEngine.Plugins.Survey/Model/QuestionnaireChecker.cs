using System.Text.RegularExpressions;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.Survey.Model;

/// <summary>
/// Checks a questionnaire before it is stored: ids, types, options, ranges, groups, and the syntax
/// of every script (through the host's sandbox, without running them). Every problem is reported,
/// each with its code and the question's id as path.
/// </summary>
internal static partial class QuestionnaireChecker
{
    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_.\-]{0,63}$", RegexOptions.CultureInvariant)]
    public static partial Regex IdPattern();

    public static List<ToolProblem> Check(Questionnaire questionnaire, IToolScripts scripts)
    {
        var problems = new List<ToolProblem>();
        if (questionnaire.Questions.Count == 0)
        {
            problems.Add(new ToolProblem(SurveyCodes.QuestionnaireInvalid, "questions", "The questionnaire has no questions."));
        }

        var groups = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in questionnaire.Groups)
        {
            var id = group.Id ?? string.Empty;
            if (!IdPattern().IsMatch(id))
            {
                problems.Add(new ToolProblem(SurveyCodes.InvalidQuestionId, id, $"The group id '{id}' is not a name."));
            }
            else if (!groups.Add(id))
            {
                problems.Add(new ToolProblem(SurveyCodes.DuplicateQuestionId, id, $"The group id '{id}' is used twice."));
            }

            CheckScript(scripts, problems, id, "relevant", group.Relevant);
        }

        foreach (var group in questionnaire.Groups.Where(g => g.Parent is not null && !groups.Contains(g.Parent)))
        {
            problems.Add(new ToolProblem(SurveyCodes.UnknownGroup, group.Id, $"The group '{group.Id}' is inside '{group.Parent}', which does not exist."));
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var question in questionnaire.Questions)
        {
            var path = question.Id ?? string.Empty;
            if (!IdPattern().IsMatch(path))
            {
                problems.Add(new ToolProblem(SurveyCodes.InvalidQuestionId, path, $"The question id '{path}' is not a name (a letter, then letters, digits, '_', '.', '-')."));
            }
            else if (groups.Contains(path) || !ids.Add(path))
            {
                problems.Add(new ToolProblem(SurveyCodes.DuplicateQuestionId, path, $"The id '{path}' is used twice."));
            }

            var kind = question.Kind;
            if (kind == QuestionKind.Unknown)
            {
                problems.Add(new ToolProblem(SurveyCodes.UnknownQuestionType, path, $"The type '{question.Type}' is not one of: {string.Join(", ", QuestionTypes.All)}."));
                continue;
            }

            if (kind != QuestionKind.Calculate && (question.Label is null || question.Label.Count == 0))
            {
                problems.Add(new ToolProblem(SurveyCodes.LabelMissing, path, $"The question '{path}' has no label."));
            }

            if (kind.HasOptions())
            {
                if (question.Options.Count == 0)
                {
                    problems.Add(new ToolProblem(SurveyCodes.OptionsInvalid, path, $"The question '{path}' has no options."));
                }

                foreach (var twice in question.Options.GroupBy(o => o.Value, StringComparer.Ordinal).Where(g => g.Count() > 1 || string.IsNullOrEmpty(g.Key)))
                {
                    problems.Add(new ToolProblem(SurveyCodes.OptionsInvalid, path, $"The option value '{twice.Key}' is empty or used twice."));
                }

                if (kind == QuestionKind.MultipleChoice && question.Options.Any(o => o.Value.Contains(' ', StringComparison.Ordinal)))
                {
                    problems.Add(new ToolProblem(SurveyCodes.OptionsInvalid, path, "Option values of a multiple-choice question cannot contain spaces (files write them space-separated)."));
                }
            }

            if (question.Min is { } min && question.Max is { } max && min > max)
            {
                problems.Add(new ToolProblem(SurveyCodes.RangeInvalid, path, $"The minimum {min} is above the maximum {max}."));
            }

            if (question.MaxLength is <= 0)
            {
                problems.Add(new ToolProblem(SurveyCodes.RangeInvalid, path, "The maximum length must be positive."));
            }

            if (question.Group is not null && !groups.Contains(question.Group))
            {
                problems.Add(new ToolProblem(SurveyCodes.UnknownGroup, path, $"The question is in group '{question.Group}', which does not exist."));
            }

            if (kind == QuestionKind.Calculate && string.IsNullOrWhiteSpace(question.Calculation))
            {
                problems.Add(new ToolProblem(SurveyCodes.ScriptSyntax, path, "A calculate question needs a calculation."));
            }

            CheckScript(scripts, problems, path, "relevant", question.Relevant);
            CheckScript(scripts, problems, path, "constraint", question.Constraint);
            CheckScript(scripts, problems, path, "calculation", question.Calculation);
            CheckScript(scripts, problems, path, "choiceFilter", question.ChoiceFilter);
        }

        return problems;
    }

    private static void CheckScript(IToolScripts scripts, List<ToolProblem> problems, string path, string which, string? script)
    {
        if (script is null)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(script))
        {
            problems.Add(new ToolProblem(SurveyCodes.ScriptSyntax, path, $"The {which} of '{path}' is empty."));
        }
        else if (scripts.Check(script) is { } error)
        {
            problems.Add(new ToolProblem(SurveyCodes.ScriptSyntax, path, $"The {which} of '{path}' does not parse: {error}"));
        }
    }
}
