using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConsultEngine.Abstractions;
using ConsultEngine.Plugins.Survey.Model;

namespace ConsultEngine.Plugins.Survey.Collection;

/// <summary>
/// The checked answers (normalised: numbers as numbers, lists as arrays, hidden answers dropped, calculations added),
/// every problem found, and the questions skip logic hid for these answers (<see cref="Hidden"/>; a question after a
/// script fault was not judged and is not in it).
/// </summary>
internal sealed record CheckedAnswers(JsonElement Answers, IReadOnlyList<ToolProblem> Problems)
{
    public IReadOnlySet<string> Hidden { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>
    /// When asked for (<see cref="AnswerChecker.Check(JsonElement?, bool)"/>): the option values each shown question with a
    /// choice filter offers for these answers, in order.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Offered { get; init; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);

    public bool HasErrors => Problems.Any(p => p.Severity == ProblemSeverity.Error);
}

/// <summary>
/// Checks one submission's answers against the questionnaire, in the order of its questions: types,
/// options, ranges, skip logic (an answer to a hidden question is dropped with warning CE9226, as
/// ODK does), required answers, choice filters, constraints and calculations. The first script that
/// faults ends the check (CE9232), so a hostile questionnaire costs one sandbox time limit at most.
/// </summary>
internal sealed class AnswerChecker(Questionnaire questionnaire, IToolScripts scripts, JsonElement variables, string language)
{
    /// <summary>The longest text answer when the question sets no limit.</summary>
    public const int DefaultTextLength = 500;

    /// <summary>The longest long-text answer when the question sets no limit.</summary>
    public const int DefaultLongTextLength = 10_000;

    private readonly Dictionary<string, Question> _questions = questionnaire.Questions.ToDictionary(q => q.Id, StringComparer.Ordinal);
    private readonly Dictionary<string, QuestionGroup> _groups = questionnaire.Groups.ToDictionary(g => g.Id, StringComparer.Ordinal);

    /// <summary>
    /// Checks <paramref name="given"/>. With <paramref name="listOffered"/>, the choice filter of every shown question
    /// is run even when it is not answered yet, so a form can offer only those options (collection does not need it).
    /// </summary>
    public CheckedAnswers Check(JsonElement? given, bool listOffered = false)
    {
        var problems = new List<ToolProblem>();
        var working = new WorkingAnswers();
        var typeProblems = new Dictionary<string, List<ToolProblem>>(StringComparer.Ordinal);
        if (given is { ValueKind: not (JsonValueKind.Null or JsonValueKind.Undefined) } answers)
        {
            if (answers.ValueKind != JsonValueKind.Object)
            {
                return new CheckedAnswers(new JsonObject().Deserialize<JsonElement>(), [new ToolProblem(SurveyCodes.AnswersNotObject, string.Empty, "The answers must be a JSON object from question id to value.")]);
            }

            foreach (var answer in answers.EnumerateObject())
            {
                if (!_questions.TryGetValue(answer.Name, out var question) || !question.Kind.TakesAnswer())
                {
                    problems.Add(new ToolProblem(SurveyCodes.UnknownQuestion, answer.Name, $"'{answer.Name}' is not a question of this questionnaire that takes an answer."));
                    continue;
                }

                var own = new List<ToolProblem>();
                if (Normalise(question, answer.Value, own) is { } value)
                {
                    working[question.Id] = value;
                }

                if (own.Count > 0)
                {
                    typeProblems[question.Id] = own;
                }
            }
        }

        var groupShown = new Dictionary<string, bool>(StringComparer.Ordinal);
        var hidden = new HashSet<string>(StringComparer.Ordinal);
        var offeredByQuestion = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var question in questionnaire.Questions)
        {
            if (!Try(question.Id, problems, () => Shown(question, working, groupShown), out var shown))
            {
                break;
            }

            if (!shown)
            {
                hidden.Add(question.Id);
            }

            if (question.Kind == QuestionKind.Calculate)
            {
                if (!shown)
                {
                    working.Remove(question.Id);
                }
                else if (!Try(question.Id, problems, () => scripts.Evaluate(question.Calculation!, Scope(working, null)), out var computed))
                {
                    break;
                }
                else if (computed is { } result)
                {
                    working[question.Id] = JsonNode.Parse(result.GetRawText());
                }

                continue;
            }

            if (!question.Kind.TakesAnswer())
            {
                continue;
            }

            var answered = working.ContainsKey(question.Id);
            if (!shown)
            {
                if (answered || typeProblems.ContainsKey(question.Id))
                {
                    working.Remove(question.Id);
                    problems.Add(new ToolProblem(SurveyCodes.NotRelevantDropped, question.Id, $"'{question.Id}' is hidden by skip logic for these answers: its answer was dropped.", ProblemSeverity.Warning));
                }

                continue;
            }

            IReadOnlyList<QuestionOption> offered = question.Options;
            if (question.ChoiceFilter is not null && question.Kind.HasOptions())
            {
                if (answered && !Try<IReadOnlyList<QuestionOption>>(question.Id, problems, () => Offered(question, working), out offered))
                {
                    break;
                }

                if (answered || (listOffered && TryOffered(question, working, out offered)))
                {
                    offeredByQuestion[question.Id] = [.. offered.Select(o => o.Value)];
                }
            }

            if (typeProblems.TryGetValue(question.Id, out var own))
            {
                problems.AddRange(own);
                continue;
            }

            if (!answered)
            {
                if (question.Required)
                {
                    problems.Add(new ToolProblem(SurveyCodes.RequiredMissing, question.Id, $"'{question.Id}' is required."));
                }

                continue;
            }

            var value = working[question.Id]!;
            CheckOffered(question, value, offered, problems);
            if (!Try(question.Id, problems, () => question.Constraint is null || scripts.Test(question.Constraint, Scope(working, value)), out var passes))
            {
                break;
            }

            if (!passes)
            {
                var message = SurveyJson.In(question.ConstraintMessage, language) ?? $"The answer to '{question.Id}' is not acceptable.";
                problems.Add(new ToolProblem(SurveyCodes.ConstraintFailed, question.Id, message));
            }
        }

        return new CheckedAnswers(working.Json, problems) { Hidden = hidden, Offered = offeredByQuestion };
    }

    private ToolScriptScope Scope(WorkingAnswers answers, JsonNode? self) =>
        new(answers.Json, self?.Deserialize<JsonElement>(), variables);

    private static bool Try<T>(string path, List<ToolProblem> problems, Func<T> run, out T value)
    {
        try
        {
            value = run();
            return true;
        }
        catch (ToolException ex)
        {
            problems.Add(new ToolProblem(SurveyCodes.ScriptFailed, path, $"A script of '{path}' failed: {ex.Message}"));
            value = default!;
            return false;
        }
    }

    private bool Shown(Question question, WorkingAnswers working, Dictionary<string, bool> groupShown) =>
        (question.Group is null || GroupShown(question.Group, working, groupShown, 0))
        && (question.Relevant is null || scripts.Test(question.Relevant, Scope(working, null)));

    private bool GroupShown(string id, WorkingAnswers working, Dictionary<string, bool> cache, int depth)
    {
        if (cache.TryGetValue(id, out var known))
        {
            return known;
        }

        var group = _groups[id];
        var shown = (group.Parent is null || depth > 32 || GroupShown(group.Parent, working, cache, depth + 1))
            && (group.Relevant is null || scripts.Test(group.Relevant, Scope(working, null)));
        cache[id] = shown;
        return shown;
    }

    /// <summary>The options the question's choice filter offers for the answers so far.</summary>
    private List<QuestionOption> Offered(Question question, WorkingAnswers working) =>
        [.. question.Options.Where(o => scripts.Test(question.ChoiceFilter!, Scope(working, OptionNode(o))))];

    /// <summary>
    /// For a form, the options of a question not answered yet. Collection never runs this filter, so a fault here is
    /// no problem of the answers: the form then offers every option and collection judges the answer.
    /// </summary>
    private bool TryOffered(Question question, WorkingAnswers working, out IReadOnlyList<QuestionOption> offered)
    {
        try
        {
            offered = Offered(question, working);
            return true;
        }
        catch (ToolException)
        {
            offered = question.Options;
            return false;
        }
    }

    /// <summary>Checks the chosen options against those offered (the choice filter) and a ranking's completeness.</summary>
    private static void CheckOffered(Question question, JsonNode value, IReadOnlyList<QuestionOption> offered, List<ToolProblem> problems)
    {
        if (!question.Kind.HasOptions())
        {
            return;
        }

        var offeredValues = offered.Select(o => o.Value).ToHashSet(StringComparer.Ordinal);
        var chosen = value is JsonArray array ? array.Select(v => v!.GetValue<string>()).ToList() : [value.GetValue<string>()];
        foreach (var hidden in chosen.Where(c => !offeredValues.Contains(c)))
        {
            problems.Add(new ToolProblem(SurveyCodes.OptionFilteredOut, question.Id, $"The option '{hidden}' is not offered for these answers (choice filter)."));
        }

        if (question.Kind == QuestionKind.Ranking && chosen.Count != offeredValues.Count)
        {
            problems.Add(new ToolProblem(SurveyCodes.RankingInvalid, question.Id, $"A ranking of '{question.Id}' must order all {offeredValues.Count} options once each."));
        }
    }

    private static JsonObject OptionNode(QuestionOption option)
    {
        var node = new JsonObject { ["name"] = option.Value };
        foreach (var (key, text) in option.Properties ?? new Dictionary<string, string>())
        {
            node[key] = text;
        }

        return node;
    }

    /// <summary>The answer as stored, or <see langword="null"/> when absent or wrong (then <paramref name="problems"/> says why).</summary>
    private static JsonNode? Normalise(Question question, JsonElement value, List<ToolProblem> problems)
    {
        if (value.ValueKind is JsonValueKind.Null || (value.ValueKind == JsonValueKind.String && value.GetString()!.Length == 0)
            || (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() == 0))
        {
            return null;
        }

        var id = question.Id;
        switch (question.Kind)
        {
            case QuestionKind.SingleChoice or QuestionKind.Likert:
                if (Scalar(value) is not { } single)
                {
                    problems.Add(Wrong(id, "one option value (a string)"));
                    return null;
                }

                return Listed(question, [single], problems) ? JsonValue.Create(single) : null;

            case QuestionKind.MultipleChoice or QuestionKind.Ranking:
                List<string?> values = value.ValueKind switch
                {
                    JsonValueKind.Array => value.EnumerateArray().Select(Scalar).ToList(),
                    JsonValueKind.String => value.GetString()!.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(v => (string?)v).ToList(),
                    _ => [null],
                };
                if (values.Any(v => v is null))
                {
                    problems.Add(Wrong(id, "an array of option values"));
                    return null;
                }

                if (values.Distinct(StringComparer.Ordinal).Count() != values.Count)
                {
                    problems.Add(new ToolProblem(question.Kind == QuestionKind.Ranking ? SurveyCodes.RankingInvalid : SurveyCodes.WrongAnswerType, id, "An option is chosen twice."));
                    return null;
                }

                return Listed(question, values!, problems) ? new JsonArray([.. values.Select(v => JsonValue.Create(v))]) : null;

            case QuestionKind.Number:
                double number;
                if (value.ValueKind == JsonValueKind.Number)
                {
                    number = value.GetDouble();
                }
                else if (value.ValueKind != JsonValueKind.String || !double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out number) || !double.IsFinite(number))
                {
                    problems.Add(Wrong(id, "a number"));
                    return null;
                }

                if ((question.WholeNumber && number != Math.Floor(number)) || number < (question.Min ?? double.MinValue) || number > (question.Max ?? double.MaxValue))
                {
                    var range = $"{question.Min?.ToString(CultureInfo.InvariantCulture) ?? "-∞"}..{question.Max?.ToString(CultureInfo.InvariantCulture) ?? "∞"}";
                    problems.Add(new ToolProblem(SurveyCodes.NumberOutOfRange, id, $"{number.ToString(CultureInfo.InvariantCulture)} is not {(question.WholeNumber ? "a whole number " : string.Empty)}in {range}."));
                    return null;
                }

                return question.WholeNumber && Math.Abs(number) < 1e15 ? JsonValue.Create((long)number) : JsonValue.Create(number);

            case QuestionKind.Date:
                if (value.ValueKind != JsonValueKind.String || !DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    problems.Add(new ToolProblem(SurveyCodes.InvalidDate, id, "A date is written yyyy-MM-dd."));
                    return null;
                }

                return JsonValue.Create(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

            default:
                if (value.ValueKind != JsonValueKind.String)
                {
                    problems.Add(Wrong(id, "text"));
                    return null;
                }

                var text = value.GetString()!;
                var limit = question.MaxLength ?? (question.Kind == QuestionKind.LongText ? DefaultLongTextLength : DefaultTextLength);
                if (text.Length > limit)
                {
                    problems.Add(new ToolProblem(SurveyCodes.TextTooLong, id, $"The text is {text.Length} characters long; at most {limit} are taken."));
                    return null;
                }

                return JsonValue.Create(text);
        }
    }

    private static bool Listed(Question question, IReadOnlyList<string> values, List<ToolProblem> problems)
    {
        var unknown = values.Where(v => !question.Options.Any(o => string.Equals(o.Value, v, StringComparison.Ordinal))).ToList();
        foreach (var value in unknown)
        {
            problems.Add(new ToolProblem(SurveyCodes.OptionNotListed, question.Id, $"'{value}' is not an option of '{question.Id}'."));
        }

        return unknown.Count == 0;
    }

    /// <summary>A string, or a number written as a string (Likert points are often numbers); null for anything else.</summary>
    private static string? Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        _ => null,
    };

    private static ToolProblem Wrong(string id, string expected) =>
        new(SurveyCodes.WrongAnswerType, id, $"The answer to '{id}' must be {expected}.");
}
