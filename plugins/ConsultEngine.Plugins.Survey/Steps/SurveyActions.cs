using System.Text.Json;
using ConsultEngine.Abstractions;
using ConsultEngine.Plugins.Survey.Collection;
using ConsultEngine.Plugins.Survey.Files;
using ConsultEngine.Plugins.Survey.Model;
using ConsultEngine.Plugins.Survey.Responses;
using ConsultEngine.Plugins.Survey.XlsForm;

namespace ConsultEngine.Plugins.Survey.Steps;

/// <summary>The survey's actions for one call: each reads and writes the step's records and inputs through the context.</summary>
internal sealed class SurveyActions(ToolContext context, SurveyConfig config, Func<Guid> newId)
{
    private static readonly InputQuery Live = new() { ExcludeFlags = InputMarks.Pilot | InputMarks.Withdrawn };

    public async ValueTask<JsonElement?> SetQuestionnaireAsync(JsonElement payload, CancellationToken cancellationToken)
    {
        var questionnaire = payload.ValueKind == JsonValueKind.Object ? SurveyJson.TryRead<Questionnaire>(payload, out var error) : null;
        if (questionnaire is null)
        {
            throw Fail(SurveyCodes.QuestionnaireInvalid, "The payload is not a questionnaire.", [new ToolProblem(SurveyCodes.QuestionnaireInvalid, string.Empty, "The payload is not a questionnaire object with a question list.")]);
        }

        var stored = await ReplaceAsync(questionnaire, SurveyManifest.SetQuestionnaire, null, [], cancellationToken).ConfigureAwait(false);
        return SurveyJson.ToElement(new { stored.Revision, Questions = questionnaire.Questions.Count });
    }

    public async ValueTask<JsonElement?> ImportXlsFormAsync(JsonElement payload, CancellationToken cancellationToken)
    {
        var (fileName, _, content) = File(payload, SurveyCodes.XlsFormUnreadable, "form.xlsx");
        List<Sheet> sheets;
        try
        {
            sheets = Xlsx.Read(content);
        }
        catch (UploadLimitException ex)
        {
            throw Fail(ex.Code, $"'{fileName}' is refused: {ex.Message}", []);
        }
        catch (FormatException ex)
        {
            throw Fail(SurveyCodes.XlsFormUnreadable, $"'{fileName}' is not an XLSX workbook: {ex.Message}", []);
        }

        var result = XlsFormImporter.Import(sheets, context.Scripts);
        if (result.Questionnaire.Questions.Count == 0)
        {
            throw Fail(SurveyCodes.XlsFormNothingImported, $"No row of '{fileName}' could be imported.", result.Problems);
        }

        var stored = await ReplaceAsync(result.Questionnaire, SurveyManifest.ImportXlsForm, fileName, result.Problems, cancellationToken).ConfigureAwait(false);
        return SurveyJson.ToElement(new
        {
            FileName = fileName,
            stored.Revision,
            QuestionsImported = result.Questionnaire.Questions.Count,
            Questions = result.Questionnaire.Questions.Select(q => new { q.Id, q.Type }),
            result.Questionnaire.Languages,
            Errors = result.Problems.Count(p => p.Severity == ProblemSeverity.Error),
            Warnings = result.Problems.Count(p => p.Severity == ProblemSeverity.Warning),
            result.Problems,
        });
    }

    public async ValueTask<JsonElement?> ImportResponsesAsync(JsonElement payload, CancellationToken cancellationToken)
    {
        if (!config.IsOpen(InputChannel.Import))
        {
            throw Fail(SurveyCodes.ChannelNotOpen, "The import channel is not open for this survey (add \"import\" to the config's channels).", []);
        }

        var (fileName, format, content) = File(payload, SurveyCodes.FileUnreadable, "responses.csv");
        var state = await SurveyStore.EnsureAsync(context, config, cancellationToken).ConfigureAwait(false);
        var questionnaire = await RequireQuestionnaireAsync(cancellationToken).ConfigureAwait(false);
        var collector = new SurveyCollector(context, config, state, questionnaire, newId);
        var report = await ResponseImporter.ImportAsync(context, collector, questionnaire, fileName, format, content, cancellationToken).ConfigureAwait(false);
        return SurveyJson.ToElement(report);
    }

    public async ValueTask<JsonElement?> ExportAsync(JsonElement payload, CancellationToken cancellationToken)
    {
        var format = payload.ValueKind == JsonValueKind.Object && payload.TryGetProperty("format", out var f) && f.ValueKind == JsonValueKind.String ? f.GetString()! : "csv";
        var countedOnly = payload.ValueKind == JsonValueKind.Object && payload.TryGetProperty("countedOnly", out var c) && c.ValueKind == JsonValueKind.True;
        // Personal data (respondent attributes, free text) only when asked for: the host lets only some roles ask, and journals it.
        var personal = payload.ValueKind == JsonValueKind.Object && payload.TryGetProperty("personal", out var p) && p.ValueKind == JsonValueKind.True;
        var questionnaire = await RequireQuestionnaireAsync(cancellationToken).ConfigureAwait(false);
        var inputs = await context.Inputs.ReadAsync(countedOnly ? InputQuery.Counted : InputQuery.All, cancellationToken).ConfigureAwait(false);
        var file = ResponseExporter.Export(context.StepId, format, inputs, questionnaire, personal);
        return SurveyJson.ToElement(new { file.FileName, Format = format, file.ContentType, file.Rows, ContentBase64 = Convert.ToBase64String(file.Content) });
    }

    public async ValueTask<JsonElement?> EndPilotAsync(CancellationToken cancellationToken)
    {
        var state = await SurveyStore.EnsureAsync(context, config, cancellationToken).ConfigureAwait(false);
        if (!state.Pilot)
        {
            throw Fail(SurveyCodes.NotInPilot, "The survey is not in pilot mode.", []);
        }

        await SurveyStore.SaveStateAsync(context, state with { Pilot = false, PilotEndedAt = context.Now, PilotEndedBy = context.Actor }, cancellationToken).ConfigureAwait(false);
        var pilotInputs = await context.Inputs.CountAsync(new InputQuery { ExcludeFlags = InputMarks.Withdrawn }, cancellationToken).ConfigureAwait(false);
        return SurveyJson.ToElement(new { Mode = "live", PilotInputs = pilotInputs, EndedAt = context.Now });
    }

    public async ValueTask<JsonElement?> QuestionnaireAsync(CancellationToken cancellationToken)
    {
        var state = await SurveyStore.EnsureAsync(context, config, cancellationToken).ConfigureAwait(false);
        var (stored, _) = await SurveyStore.QuestionnaireAsync(context, cancellationToken).ConfigureAwait(false);
        return SurveyJson.ToElement(new { Mode = state.Pilot ? "pilot" : "live", stored?.Revision, stored?.Questionnaire });
    }

    public async ValueTask<JsonElement?> StatusAsync(CancellationToken cancellationToken)
    {
        var state = await SurveyStore.EnsureAsync(context, config, cancellationToken).ConfigureAwait(false);
        var (stored, _) = await SurveyStore.QuestionnaireAsync(context, cancellationToken).ConfigureAwait(false);
        var all = await context.Inputs.ReadAsync(InputQuery.All, cancellationToken).ConfigureAwait(false);
        var counted = all.Where(InputQuery.Counted.Matches).ToList();
        return SurveyJson.ToElement(new
        {
            Mode = state.Pilot ? "pilot" : "live",
            state.PilotEndedAt,
            Questionnaire = stored is null ? null : new { stored.Revision, stored.Source, stored.FileName, stored.SetAt, stored.SetBy, Questions = stored.Questionnaire.Questions.Count },
            config.QuestionnaireRef,
            Inputs = new
            {
                Stored = all.Count,
                Counted = counted.Count,
                Pilot = all.Count(i => i.Is(InputMarks.Pilot) && !i.Is(InputMarks.Withdrawn)),
                ByChannel = Enum.GetValues<InputChannel>().ToDictionary(SurveyConfig.ChannelName, ch => counted.Count(i => i.Channel == ch)),
            },
            config.SampleSize,
            Quotas = config.Quotas.SelectMany(q => q.Value.Select(v => new
            {
                Attribute = q.Key,
                Value = v.Key,
                Max = v.Value,
                Count = counted.Count(i => string.Equals(i.Respondent.Get(q.Key), v.Key, StringComparison.Ordinal)),
            })),
        });
    }

    private async ValueTask<Questionnaire> RequireQuestionnaireAsync(CancellationToken cancellationToken)
    {
        await SurveyStore.EnsureAsync(context, config, cancellationToken).ConfigureAwait(false);
        var (stored, _) = await SurveyStore.QuestionnaireAsync(context, cancellationToken).ConfigureAwait(false);
        return stored?.Questionnaire ?? throw Fail(SurveyCodes.NoQuestionnaire, "The survey has no questionnaire yet.", []);
    }

    /// <summary>
    /// Checks and stores a new questionnaire. Allowed during the pilot (adjusting it is the pilot's
    /// point) and before any live input; refused (CE9210) once live responses exist, since they were
    /// given to the questionnaire in force.
    /// </summary>
    private async ValueTask<StoredQuestionnaire> ReplaceAsync(Questionnaire questionnaire, string source, string? fileName, IReadOnlyList<ToolProblem> earlier, CancellationToken cancellationToken)
    {
        var state = await SurveyStore.EnsureAsync(context, config, cancellationToken).ConfigureAwait(false);
        if (!state.Pilot && await context.Inputs.CountAsync(Live, cancellationToken).ConfigureAwait(false) > 0)
        {
            throw Fail(SurveyCodes.QuestionnaireLocked, "Live responses were collected with the questionnaire in force: it can no longer change.", []);
        }

        var problems = QuestionnaireChecker.Check(questionnaire, context.Scripts);
        if (problems.Any(p => p.Severity == ProblemSeverity.Error))
        {
            throw Fail(SurveyCodes.QuestionnaireInvalid, "The questionnaire has problems.", [.. earlier, .. problems]);
        }

        var (previous, version) = await SurveyStore.QuestionnaireAsync(context, cancellationToken).ConfigureAwait(false);
        return await SurveyStore.SaveQuestionnaireAsync(context, questionnaire, source, fileName, previous, version, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The file of an import payload: name, format (csv or xlsx: the payload's, else by extension, else by content) and bytes.</summary>
    private (string FileName, string Format, byte[] Content) File(JsonElement payload, string unreadable, string defaultName)
    {
        string? Text(string name) => payload.ValueKind == JsonValueKind.Object && payload.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        var fileName = Text("fileName") is { Length: > 0 } given ? Path.GetFileName(given) : defaultName;
        var base64 = Text("contentBase64") ?? string.Empty;
        // Refused before it is decoded: base64 holds three bytes in every four characters.
        if ((long)base64.Length / 4 * 3 > SpreadsheetLimits.Default.MaxBytes + 2)
        {
            throw Fail(SurveyCodes.UploadTooLarge, $"The file '{fileName}' is larger than {SpreadsheetLimits.Default.MaxBytes} bytes.", []);
        }

        byte[] content;
        try
        {
            content = Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            throw Fail(unreadable, $"The content of '{fileName}' is not base64.", []);
        }

        if (content.Length == 0)
        {
            throw Fail(unreadable, $"The file '{fileName}' is empty.", []);
        }

        var zip = content is [0x50, 0x4B, ..];
        var format = Text("format") ?? (fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || zip ? "xlsx" : "csv");
        return (fileName, format, content);
    }

    private ToolException Fail(string code, string message, IReadOnlyList<ToolProblem> problems) =>
        new(code, message, problems) { ToolId = SurveyTool.Id, InstanceId = context.InstanceId, StepId = context.StepId };
}
