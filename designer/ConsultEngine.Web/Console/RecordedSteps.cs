using System.Globalization;
using System.Text.Json.Nodes;
using ConsultEngine.Definitions.Model;
using ConsultEngine.Runtime.Records;
using Microsoft.Extensions.Localization;

namespace ConsultEngine.Web.StaffConsole;

/// <summary>One completion of a step as staff read it: its outcome, who and when, the data as recorded and the same data labelled.</summary>
public sealed record RecordedIteration(int Iteration, string? Outcome, string? OutcomeTitle, string? Actor, DateTimeOffset At, JsonNode? Data, IReadOnlyList<RecordField> Fields);

/// <summary>What a step of a consultation recorded, every iteration in order, labelled in the reader's language.</summary>
public sealed record RecordedStep(Guid InstanceId, string StepId, string? Title, string Type, string? Role, string? Form, string? FormTitle, IReadOnlyList<RecordedIteration> Iterations);

/// <summary>
/// The recorded data of a consultation's steps for the console and the API, labelled from each step's
/// form schema in the current UI language. Where a schema has no title (published versions written
/// before choices had titles, tools' English property names) the console's own texts answer:
/// <c>Field.{name}</c> for a field, <c>Choice.{value}</c> for a choice; a choice naming a loaded tool reads as the tool's title.
/// </summary>
internal sealed class RecordedSteps(StepRecordReader reader, IStringLocalizer<ConsoleText> text, ToolTitles tools)
{
    /// <summary>Every human step of the consultation completed at least once, in the definition's order.</summary>
    public async Task<IReadOnlyList<RecordedStep>> ListAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        var records = await reader.ReadAsync(instanceId, cancellationToken).ConfigureAwait(false);
        var labeller = Labeller();
        return [.. records.Select(r => Labelled(instanceId, r, labeller))];
    }

    /// <summary>One step's iterations (none when it has not completed); CE8002 for an unknown consultation, CE8003 for an unknown step.</summary>
    public async Task<RecordedStep> StepAsync(Guid instanceId, string stepId, CancellationToken cancellationToken = default)
    {
        var record = await reader.ReadStepAsync(instanceId, stepId, cancellationToken).ConfigureAwait(false);
        return Labelled(instanceId, record, Labeller());
    }

    private static string Language =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == Localization.Cultures.English ? Localization.Cultures.English : Localization.Cultures.Vietnamese;

    private RecordLabeller Labeller() => new(Language, name => Known("Field." + name), value => tools.Title(value) ?? Known("Choice." + value));

    private string? Known(string key) => text[key] is { ResourceNotFound: false } found ? found.Value : null;

    private static RecordedStep Labelled(Guid instanceId, StepRecord record, RecordLabeller labeller)
    {
        var language = Language;
        var schema = record.Form?.Schema ?? default;
        var iterations = record.Iterations.Select(i => new RecordedIteration(
            i.Iteration,
            i.Outcome,
            i.Outcome is null ? null : Text(record.Step.Outcomes.FirstOrDefault(o => o.Id == i.Outcome)?.Title, language) ?? i.Outcome,
            i.Actor,
            i.At,
            i.Output,
            labeller.Label(schema, i.Output))).ToList();
        return new RecordedStep(instanceId, record.StepId, Text(record.Step.Title, language), record.Step.Type, record.Step.Role, record.Step.Form,
            Text(record.Form?.Title, language), iterations);
    }

    private static string? Text(LocalizedText? text, string language) => text?.Get(language) is { Length: > 0 } value ? value : null;
}
