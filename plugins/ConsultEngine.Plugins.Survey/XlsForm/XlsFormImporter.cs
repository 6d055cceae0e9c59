using System.Globalization;
using System.Text.RegularExpressions;
using ConsultEngine.Abstractions;
using ConsultEngine.Plugins.Survey.Files;
using ConsultEngine.Plugins.Survey.Model;

namespace ConsultEngine.Plugins.Survey.XlsForm;

/// <summary>What an XLSForm import produced: the questionnaire of the rows that could be mapped, and a problem for each row that could not.</summary>
internal sealed record XlsFormResult(Questionnaire Questionnaire, IReadOnlyList<ToolProblem> Problems);

/// <summary>
/// Reads an XLSForm (the <c>survey</c>, <c>choices</c> and <c>settings</c> sheets, as KoboToolbox and
/// ODK write them) into a questionnaire. Each row that cannot be mapped is reported with its
/// <c>survey!N</c> path and a CE96xx code and left out; the rest imports. A row whose required
/// column is an expression imports as optional, with a warning.
/// </summary>
internal static partial class XlsFormImporter
{
    private static readonly HashSet<string> Metadata = new(StringComparer.Ordinal)
    {
        "start", "end", "today", "deviceid", "subscriberid", "simserial", "phonenumber", "username", "email", "audit", "start-geopoint", "background-audio",
    };

    [GeneratedRegex(@"^(?<name>.*?)\s*\((?<code>[A-Za-z]{2,3}(-[A-Za-z0-9]+)*)\)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageWithCode();

    public static XlsFormResult Import(IReadOnlyList<Sheet> sheets, IToolScripts scripts)
    {
        var problems = new List<ToolProblem>();
        var survey = Find(sheets, "survey");
        var surveyColumns = survey is null ? null : Header(survey);
        if (survey is null || surveyColumns is null || !surveyColumns.Value.Columns.ContainsKey("type") || !surveyColumns.Value.Columns.ContainsKey("name"))
        {
            throw new ToolException(SurveyCodes.XlsFormSurveySheetMissing, "The workbook has no 'survey' sheet with 'type' and 'name' columns.");
        }

        var settings = Settings(Find(sheets, "settings"));
        var defaultLanguage = settings.TryGetValue("default_language", out var language) && language.Length > 0 ? LanguageCode(language) : "vi";
        var languages = new List<string> { defaultLanguage };
        var choices = Choices(Find(sheets, "choices"), defaultLanguage, languages, problems);
        var (header, columns) = surveyColumns.Value;
        var rows = survey.Rows.Where(r => r.Number > header.Number && !r.IsBlank).ToList();
        string Get(SheetRow row, string column) => columns.TryGetValue(column, out var index) ? row.Cell(index).Trim() : string.Empty;

        var names = rows.Select(r => Get(r, "name")).Where(n => n.Length > 0).ToHashSet(StringComparer.Ordinal);
        var questions = new List<Question>();
        var groups = new List<QuestionGroup>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string?>();
        var repeatDepth = 0;
        foreach (var row in rows)
        {
            var path = $"survey!{row.Number}";
            var type = Regex.Replace(Get(row, "type"), @"\s+", " ").Trim();
            var parts = type.Split(' ');
            var keyword = parts[0].ToLowerInvariant();
            if (keyword is "begin_repeat" or "begin repeat")
            {
                problems.Add(new ToolProblem(SurveyCodes.XlsFormTypeUnsupported, path, "Repeats are not supported: the repeat and the rows inside it are not imported."));
                repeatDepth++;
                continue;
            }

            if (repeatDepth > 0)
            {
                if (keyword is "end_repeat" or "end repeat")
                {
                    repeatDepth--;
                }
                else
                {
                    problems.Add(new ToolProblem(SurveyCodes.XlsFormTypeUnsupported, path, "The row is inside a repeat, which is not supported."));
                }

                continue;
            }

            if (type.Length == 0)
            {
                problems.Add(new ToolProblem(SurveyCodes.XlsFormTypeUnsupported, path, "The row has no type."));
                continue;
            }

            if (keyword is "end_group" or "end group")
            {
                if (stack.Count == 0)
                {
                    problems.Add(new ToolProblem(SurveyCodes.XlsFormGroupUnbalanced, path, "end_group without a begin_group."));
                }
                else
                {
                    stack.Pop();
                }

                continue;
            }

            if (Metadata.Contains(keyword))
            {
                problems.Add(new ToolProblem(SurveyCodes.XlsFormMetadataSkipped, path, $"'{type}' is metadata, not a question: skipped.", ProblemSeverity.Warning));
                continue;
            }

            var name = Get(row, "name");
            if (!QuestionnaireChecker.IdPattern().IsMatch(name))
            {
                problems.Add(new ToolProblem(SurveyCodes.XlsFormNameInvalid, path, $"The name '{name}' is missing or not a valid name."));
                if (keyword is "begin_group" or "begin group")
                {
                    stack.Push(stack.Count > 0 ? stack.Peek() : null);
                }

                continue;
            }

            if (!used.Add(name))
            {
                problems.Add(new ToolProblem(SurveyCodes.XlsFormDuplicateName, path, $"The name '{name}' is used by an earlier row."));
                if (keyword is "begin_group" or "begin group")
                {
                    stack.Push(stack.Count > 0 ? stack.Peek() : null);
                }

                continue;
            }

            var rowProblems = new List<ToolProblem>();
            string? Script(string column, bool choiceFilter = false)
            {
                var expression = Get(row, column);
                if (expression.Length == 0)
                {
                    return null;
                }

                try
                {
                    var script = ExpressionTranslator.Translate(expression, names.Contains, choiceFilter);
                    if (scripts.Check(script) is { } error)
                    {
                        rowProblems.Add(new ToolProblem(SurveyCodes.XlsFormExpressionUnsupported, path, $"The {column} '{expression}' translates to JavaScript that does not parse: {error}"));
                        return null;
                    }

                    return script;
                }
                catch (TranslationException ex)
                {
                    rowProblems.Add(new ToolProblem(ex.Code, path, $"The {column} '{expression}' cannot be imported: {ex.Message}."));
                    return null;
                }
            }

            var label = Localised(row, columns, "label", defaultLanguage, languages);
            var group = stack.Count > 0 ? stack.Peek() : null;
            if (keyword is "begin_group" or "begin group")
            {
                var relevantGroup = Script("relevant");
                problems.AddRange(rowProblems);
                if (rowProblems.Count > 0)
                {
                    stack.Push(group);
                    continue;
                }

                groups.Add(new QuestionGroup { Id = name, Label = label, Relevant = relevantGroup, Parent = group });
                stack.Push(name);
                continue;
            }

            var question = MapType(parts, keyword, Get(row, "appearance"), Get(row, "parameters"), choices, name, path, rowProblems);
            var relevant = Script("relevant");
            var constraint = Script("constraint");
            var calculation = Script("calculation");
            var choiceFilter = Script("choice_filter", choiceFilter: true);
            var required = Required(Get(row, "required"), path, rowProblems);
            if (question is null || rowProblems.Any(p => p.Severity == ProblemSeverity.Error))
            {
                problems.AddRange(rowProblems);
                continue;
            }

            problems.AddRange(rowProblems);
            questions.Add(question with
            {
                Label = label,
                Hint = Localised(row, columns, "hint", defaultLanguage, languages),
                Required = required && question.Kind.TakesAnswer(),
                Relevant = relevant,
                Constraint = constraint,
                ConstraintMessage = Localised(row, columns, "constraint_message", defaultLanguage, languages),
                Calculation = calculation,
                ChoiceFilter = question.Kind.HasOptions() ? choiceFilter : null,
                Group = group,
            });
        }

        if (stack.Count > 0)
        {
            problems.Add(new ToolProblem(SurveyCodes.XlsFormGroupUnbalanced, $"survey!{survey.Rows[^1].Number}", $"{stack.Count} begin_group row(s) are not closed; closed at the end of the form.", ProblemSeverity.Warning));
        }

        var questionnaire = new Questionnaire
        {
            Title = settings.TryGetValue("form_title", out var title) && title.Length > 0 ? new Dictionary<string, string> { [defaultLanguage] = title } : null,
            Languages = languages,
            Groups = groups,
            Questions = questions,
            FormId = settings.GetValueOrDefault("form_id") is { Length: > 0 } formId ? formId : null,
            FormVersion = settings.GetValueOrDefault("version") is { Length: > 0 } version ? version : null,
        };
        return new XlsFormResult(questionnaire, problems);
    }

    private static Question? MapType(string[] parts, string keyword, string appearance, string parameters, Dictionary<string, List<QuestionOption>> choices, string name, string path, List<ToolProblem> problems)
    {
        string? type = keyword switch
        {
            "select_one" when appearance.Contains("likert", StringComparison.OrdinalIgnoreCase) => QuestionTypes.Likert,
            "select_one" => QuestionTypes.SingleChoice,
            "select_multiple" => QuestionTypes.MultipleChoice,
            "rank" => QuestionTypes.Ranking,
            "integer" or "decimal" or "range" => QuestionTypes.Number,
            "date" => QuestionTypes.Date,
            "text" when appearance.Contains("multiline", StringComparison.OrdinalIgnoreCase) => QuestionTypes.LongText,
            "text" => QuestionTypes.Text,
            "note" => QuestionTypes.Note,
            "calculate" => QuestionTypes.Calculate,
            _ => null,
        };
        if (type is null || (parts.Length > 1 && !QuestionTypes.Parse(type).HasOptions()) || parts.Length > 2)
        {
            problems.Add(new ToolProblem(SurveyCodes.XlsFormTypeUnsupported, path, $"The type '{string.Join(' ', parts)}' cannot be mapped to a survey question."));
            return null;
        }

        var question = new Question { Id = name, Type = type, WholeNumber = keyword == "integer" };
        if (QuestionTypes.Parse(type).HasOptions())
        {
            if (parts.Length < 2 || !choices.TryGetValue(parts[1], out var options))
            {
                problems.Add(new ToolProblem(SurveyCodes.XlsFormChoiceListMissing, path, $"The choice list '{(parts.Length > 1 ? parts[1] : string.Empty)}' is not in the choices sheet."));
                return null;
            }

            question = question with { Options = options };
        }

        if (keyword == "range")
        {
            var values = new Dictionary<string, double>(StringComparer.Ordinal) { ["start"] = 1, ["end"] = 10, ["step"] = 1 };
            foreach (var pair in parameters.Split([' ', ';', ','], StringSplitOptions.RemoveEmptyEntries))
            {
                var kv = pair.Split('=', 2);
                if (kv.Length != 2 || !values.ContainsKey(kv[0].Trim()) || !double.TryParse(kv[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
                {
                    problems.Add(new ToolProblem(SurveyCodes.XlsFormParametersInvalid, path, $"The parameters '{parameters}' are not start=, end=, step= numbers."));
                    return null;
                }

                values[kv[0].Trim()] = number;
            }

            var whole = values.Values.All(v => v == Math.Floor(v));
            question = question with { Min = Math.Min(values["start"], values["end"]), Max = Math.Max(values["start"], values["end"]), WholeNumber = whole };
        }

        return question;
    }

    private static bool Required(string value, string path, List<ToolProblem> problems)
    {
        switch (value.ToLowerInvariant())
        {
            case "yes" or "true" or "true()" or "1":
                return true;
            case "" or "no" or "false" or "false()" or "0":
                return false;
            default:
                problems.Add(new ToolProblem(SurveyCodes.XlsFormExpressionUnsupported, path, $"required '{value}' is a condition, which is not supported: the question imports as optional.", ProblemSeverity.Warning));
                return false;
        }
    }

    private static Dictionary<string, List<QuestionOption>> Choices(Sheet? sheet, string defaultLanguage, List<string> languages, List<ToolProblem> problems)
    {
        var lists = new Dictionary<string, List<QuestionOption>>(StringComparer.Ordinal);
        if (sheet is null || Header(sheet) is not { } found)
        {
            return lists;
        }

        var (header, columns) = found;

        var listColumn = columns.TryGetValue("list_name", out var l) ? l : columns.TryGetValue("list name", out var l2) ? l2 : -1;
        var nameColumn = columns.GetValueOrDefault("name", -1);
        var extra = columns.Where(c => c.Key is not ("list_name" or "list name" or "name") && !c.Key.StartsWith("label", StringComparison.Ordinal) && !c.Key.StartsWith("media", StringComparison.Ordinal)
                && !c.Key.StartsWith("image", StringComparison.Ordinal) && !c.Key.StartsWith("audio", StringComparison.Ordinal) && !c.Key.StartsWith("video", StringComparison.Ordinal))
            .ToList();
        foreach (var row in sheet.Rows.Where(r => r.Number > header.Number && !r.IsBlank))
        {
            var path = $"{sheet.Name}!{row.Number}";
            var list = row.Cell(listColumn).Trim();
            var name = row.Cell(nameColumn).Trim();
            if (list.Length == 0 || name.Length == 0)
            {
                problems.Add(new ToolProblem(SurveyCodes.XlsFormChoiceInvalid, path, "A choice needs a list_name and a name."));
                continue;
            }

            if (!lists.TryGetValue(list, out var options))
            {
                lists[list] = options = [];
            }

            if (options.Any(o => o.Value == name))
            {
                problems.Add(new ToolProblem(SurveyCodes.XlsFormChoiceInvalid, path, $"The choice '{name}' is already in the list '{list}'."));
                continue;
            }

            var properties = extra.Where(c => row.Cell(c.Value).Trim().Length > 0).ToDictionary(c => c.Key, c => row.Cell(c.Value).Trim(), StringComparer.Ordinal);
            options.Add(new QuestionOption { Value = name, Label = Localised(row, columns, "label", defaultLanguage, languages), Properties = properties.Count > 0 ? properties : null });
        }

        return lists;
    }

    private static Dictionary<string, string> Settings(Sheet? sheet)
    {
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        if (sheet is null || Header(sheet) is not { } found)
        {
            return settings;
        }

        var (header, columns) = found;

        var values = sheet.Rows.FirstOrDefault(r => r.Number > header.Number && !r.IsBlank);
        foreach (var (name, index) in columns)
        {
            settings[name] = values?.Cell(index).Trim() ?? string.Empty;
        }

        return settings;
    }

    /// <summary>The text of <paramref name="column"/> by language: <c>label</c> in the default language, <c>label::English (en)</c> in <c>en</c>.</summary>
    private static Dictionary<string, string>? Localised(SheetRow row, Dictionary<string, int> columns, string column, string defaultLanguage, List<string> languages)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, index) in columns)
        {
            string code;
            if (name == column)
            {
                code = defaultLanguage;
            }
            else if (name.StartsWith(column + "::", StringComparison.Ordinal))
            {
                code = LanguageCode(name[(column.Length + 2)..]);
            }
            else
            {
                continue;
            }

            var text = row.Cell(index).Trim();
            if (text.Length > 0)
            {
                texts[code] = text;
                if (!languages.Contains(code))
                {
                    languages.Add(code);
                }
            }
        }

        return texts.Count > 0 ? texts : null;
    }

    /// <summary><c>Tiếng Việt (vi)</c> → <c>vi</c>; <c>English</c> → <c>en</c>; another name without a code → the name in lower case.</summary>
    internal static string LanguageCode(string language)
    {
        var match = LanguageWithCode().Match(language.Trim());
        if (match.Success)
        {
            return match.Groups["code"].Value.ToLowerInvariant();
        }

        return language.Trim().ToLowerInvariant() switch
        {
            "english" => "en",
            "vietnamese" or "tiếng việt" => "vi",
            var other => other,
        };
    }

    private static Sheet? Find(IReadOnlyList<Sheet> sheets, string name) =>
        sheets.FirstOrDefault(s => string.Equals(s.Name.Trim(), name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The first non-blank row and its column names (trimmed; the part before <c>::</c> in lower case).</summary>
    private static (SheetRow Header, Dictionary<string, int> Columns)? Header(Sheet sheet)
    {
        var header = sheet.Rows.FirstOrDefault(r => !r.IsBlank);
        if (header is null)
        {
            return null;
        }

        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Cells.Count; i++)
        {
            var raw = header.Cells[i].Trim();
            if (raw.Length == 0)
            {
                continue;
            }

            var split = raw.IndexOf("::", StringComparison.Ordinal);
            var name = split < 0 ? raw.ToLowerInvariant() : raw[..split].ToLowerInvariant() + raw[split..];
            columns.TryAdd(name, i);
        }

        return (header, columns);
    }
}
