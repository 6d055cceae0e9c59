using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConsultEngine.Abstractions;
using ConsultEngine.Plugins.Survey.Collection;
using ConsultEngine.Plugins.Survey.Files;
using ConsultEngine.Plugins.Survey.Model;

namespace ConsultEngine.Plugins.Survey.Responses;

/// <summary>What an import of responses did.</summary>
internal sealed record ImportReport(string FileName, string Format, int Rows, int Stored, int Refused, IReadOnlyList<ToolProblem> Problems);

/// <summary>
/// Imports a response file (CSV or the first sheet of an XLSX; the export's columns, or a
/// KoboToolbox export whose group prefixes <c>group/question</c> are dropped): each row goes through
/// the same collection as a web submission, on the Import channel with the file name as collector.
/// Good rows are stored; each bad row is reported with its problems (path <c>csv!N/question</c>)
/// and CE9253.
/// </summary>
internal static class ResponseImporter
{
    /// <summary>Columns of KoboToolbox and ODK exports that carry no answer: ignored without a warning.</summary>
    private static readonly HashSet<string> KnownMeta = new(StringComparer.Ordinal)
    {
        "start", "end", "today", "deviceid", "username", "simserial", "subscriberid", "phonenumber", "audit", "instanceID", "uuid", "rootUuid", "deprecatedID",
    };

    public static async ValueTask<ImportReport> ImportAsync(ToolContext context, SurveyCollector collector, Questionnaire questionnaire, string fileName, string format, byte[] content, CancellationToken cancellationToken)
    {
        Sheet sheet;
        try
        {
            sheet = format == "xlsx"
                ? Xlsx.Read(content).FirstOrDefault() ?? throw new FormatException("The workbook has no sheet.")
                : new Sheet("csv", Csv.Read(content));
        }
        catch (UploadLimitException ex)
        {
            throw new ToolException(ex.Code, $"The file '{fileName}' is refused: {ex.Message}");
        }
        catch (FormatException ex)
        {
            throw new ToolException(SurveyCodes.FileUnreadable, $"The file '{fileName}' cannot be read as {format}: {ex.Message}");
        }

        var header = sheet.Rows.FirstOrDefault(r => !r.IsBlank) ?? throw new ToolException(SurveyCodes.FileUnreadable, $"The file '{fileName}' has no header row.");
        var problems = new List<ToolProblem>();
        var map = Columns(header, questionnaire, $"{sheet.Name}!{header.Number}", problems);
        int rows = 0, stored = 0, refused = 0;
        foreach (var row in sheet.Rows.Where(r => r.Number > header.Number && !r.IsBlank))
        {
            rows++;
            var path = $"{sheet.Name}!{row.Number}";
            var rowProblems = new List<ToolProblem>();
            var submission = Submission(row, map, questionnaire, fileName, path, rowProblems);
            if (rowProblems.Count == 0)
            {
                var result = await collector.CollectAsync(submission, cancellationToken).ConfigureAwait(false);
                rowProblems.AddRange(result.Problems.Select(p => p with { Path = p.Path.Length == 0 ? path : $"{path}/{p.Path}" }));
                if (result.Accepted)
                {
                    foreach (var input in result.Inputs)
                    {
                        var append = await context.Inputs.AppendAsync(input, result.OnConflict, cancellationToken).ConfigureAwait(false);
                        if (append.Status == AppendStatus.Conflict)
                        {
                            rowProblems.Add(new ToolProblem(ToolCodes.AlreadySubmitted, path, "This respondent has answered already."));
                        }
                    }
                }
            }

            if (rowProblems.Any(p => p.Severity == ProblemSeverity.Error))
            {
                refused++;
                rowProblems.Add(new ToolProblem(SurveyCodes.RowRefused, path, $"Row {row.Number} was not stored."));
            }
            else
            {
                stored++;
            }

            problems.AddRange(rowProblems);
        }

        return new ImportReport(fileName, format, rows, stored, refused, problems);
    }

    private enum Role
    {
        Ignored,
        Answer,
        Attribute,
        SubmittedAt,
        Text,
    }

    private static List<(int Index, Role Role, string Key)> Columns(SheetRow header, Questionnaire questionnaire, string path, List<ToolProblem> problems)
    {
        var questions = questionnaire.Questions.ToDictionary(q => q.Id, StringComparer.Ordinal);
        var attributes = ResponseColumns.Attributes.SelectMany(a => new[] { (Name: a.Column, a.Attribute), (Name: a.Column[1..], a.Attribute), (Name: a.Attribute, a.Attribute) })
            .DistinctBy(a => a.Name).ToDictionary(a => a.Name, a => a.Attribute, StringComparer.Ordinal);
        var map = new List<(int Index, Role Role, string Key)>();
        for (var i = 0; i < header.Cells.Count; i++)
        {
            var raw = header.Cells[i].Trim();
            var name = raw.Contains('/', StringComparison.Ordinal) ? raw[(raw.LastIndexOf('/') + 1)..] : raw;
            if (name.Length == 0)
            {
                continue;
            }

            if (questions.TryGetValue(name, out var question))
            {
                // Calculations are recomputed from the answers; notes take none.
                map.Add((i, question.Kind.TakesAnswer() ? Role.Answer : Role.Ignored, name));
            }
            else if (attributes.TryGetValue(name, out var attribute))
            {
                map.Add((i, Role.Attribute, attribute));
            }
            else if (name is ResponseColumns.SubmittedAt or "_submission_time" or "submittedAt")
            {
                map.Add((i, Role.SubmittedAt, (string)name));
            }
            else if (name is ResponseColumns.Text or "text")
            {
                map.Add((i, Role.Text, (string)name));
            }
            else if (!name.StartsWith('_') && !KnownMeta.Contains(name))
            {
                problems.Add(new ToolProblem(SurveyCodes.ColumnIgnored, $"{path}/{raw}", $"The column '{raw}' is not a question of the questionnaire: ignored.", ProblemSeverity.Warning));
            }
        }

        return map;
    }

    private static Submission Submission(SheetRow row, List<(int Index, Role Role, string Key)> map, Questionnaire questionnaire, string fileName, string path, List<ToolProblem> problems)
    {
        var answers = new JsonObject();
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        DateTimeOffset? submittedAt = null;
        string? text = null;
        foreach (var (index, role, key) in map)
        {
            var value = row.Cell(index).Trim();
            if (value.Length == 0)
            {
                continue;
            }

            switch (role)
            {
                case Role.Answer:
                    answers[key] = DateCell(questionnaire, key, value);
                    break;
                case Role.Attribute:
                    attributes[key] = value;
                    break;
                case Role.SubmittedAt:
                    submittedAt = Time(value);
                    if (submittedAt is null)
                    {
                        problems.Add(new ToolProblem(SurveyCodes.MetaValueInvalid, $"{path}/{key}", $"'{value}' is not a date and time."));
                    }

                    break;
                case Role.Text:
                    text = row.Cell(index);
                    break;
            }
        }

        return new Submission
        {
            Channel = InputChannel.Import,
            Answers = answers.Deserialize<JsonElement>(),
            Text = text,
            Collector = fileName,
            SubmittedAt = submittedAt,
            Respondent = new RespondentAttributes
            {
                Province = attributes.GetValueOrDefault("province"),
                Commune = attributes.GetValueOrDefault("commune"),
                CommuneCode = attributes.GetValueOrDefault("communeCode"),
                District = attributes.GetValueOrDefault("district"),
                Gender = attributes.GetValueOrDefault("gender"),
                AgeBand = attributes.GetValueOrDefault("ageBand"),
                Ethnicity = attributes.GetValueOrDefault("ethnicity"),
                Occupation = attributes.GetValueOrDefault("occupation"),
            },
        };
    }

    /// <summary>A date question's cell that a spreadsheet stored as a day number becomes <c>yyyy-MM-dd</c>; everything else stays text for the checker.</summary>
    private static string DateCell(Questionnaire questionnaire, string id, string value) =>
        questionnaire.Questions.First(q => q.Id == id).Kind == QuestionKind.Date
            && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 0 and < 2_958_466
            ? DateTime.FromOADate(serial).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : value;

    private static DateTimeOffset? Time(string value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time
        : double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 0 and < 2_958_466 ? new DateTimeOffset(DateTime.SpecifyKind(DateTime.FromOADate(serial), DateTimeKind.Utc))
        : null;
}
