using System.Text.Json;
using ConsultEngine.Abstractions;
using ConsultEngine.Plugins.Survey.Model;

namespace ConsultEngine.Plugins.Survey.Steps;

/// <summary>Whether the step collects pilot or live inputs.</summary>
internal sealed record SurveyState
{
    public bool Pilot { get; init; }

    /// <summary>When the step's state was created: when it opened (null in states stored before it was recorded).</summary>
    public DateTimeOffset? OpenedAt { get; init; }

    public DateTimeOffset? PilotEndedAt { get; init; }

    public string? PilotEndedBy { get; init; }
}

/// <summary>The questionnaire in force and where it came from.</summary>
internal sealed record StoredQuestionnaire
{
    /// <summary><c>config</c>, <c>set-questionnaire</c> or <c>import-xlsform</c>.</summary>
    public required string Source { get; init; }

    public string? FileName { get; init; }

    public required int Revision { get; init; }

    public required DateTimeOffset SetAt { get; init; }

    public string? SetBy { get; init; }

    public required Questionnaire Questionnaire { get; init; }
}

/// <summary>The survey's two tool records: its state and its questionnaire (collection <c>survey</c>).</summary>
internal static class SurveyStore
{
    private const string Collection = "survey";
    private const string StateKey = "state";
    private const string QuestionnaireKey = "questionnaire";

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ToolRecord, SurveyState> States = new();

    /// <summary>
    /// The step's state, created from the config the first time (pilot mode when the config says so,
    /// the inline questionnaire stored). Idempotent: a restart finds what the first call stored.
    /// </summary>
    public static async ValueTask<SurveyState> EnsureAsync(ToolContext context, SurveyConfig config, CancellationToken cancellationToken)
    {
        if (await context.Records.GetAsync(Collection, StateKey, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            return StateOf(existing);
        }

        if (config.Inline is { } inline)
        {
            var problems = QuestionnaireChecker.Check(inline, context.Scripts);
            if (problems.Any(p => p.Severity == ProblemSeverity.Error))
            {
                throw new ToolException(ToolCodes.ConfigInvalid, "The questionnaire in the step's config has problems.", problems) { ToolId = SurveyTool.Id, InstanceId = context.InstanceId, StepId = context.StepId };
            }

            var stored = new StoredQuestionnaire { Source = "config", Revision = 1, SetAt = context.Now, Questionnaire = inline };
            await context.Records.TryInsertAsync(Collection, QuestionnaireKey, SurveyJson.ToElement(stored), cancellationToken).ConfigureAwait(false);
        }

        var state = new SurveyState { Pilot = config.Pilot, OpenedAt = context.Now };
        if (!await context.Records.TryInsertAsync(Collection, StateKey, SurveyJson.ToElement(state), cancellationToken).ConfigureAwait(false))
        {
            // Another call created it meanwhile: that one is the state.
            var raced = await context.Records.GetAsync(Collection, StateKey, cancellationToken).ConfigureAwait(false);
            return raced!.Value.Deserialize<SurveyState>(SurveyJson.Options)!;
        }

        return state;
    }

    /// <summary>
    /// The state a record holds, deserialised once per record object: the host hands the same record to the
    /// submissions that follow a read (a state is immutable, so one instance is shared).
    /// </summary>
    private static SurveyState StateOf(ToolRecord record) =>
        States.GetValue(record, static r => r.Value.Deserialize<SurveyState>(SurveyJson.Options)!);

    /// <summary>The step's state as stored, or null before the step was opened (reads only, unlike <see cref="EnsureAsync"/>).</summary>
    public static async ValueTask<SurveyState?> StateAsync(ToolContext context, CancellationToken cancellationToken) =>
        await context.Records.GetAsync(Collection, StateKey, cancellationToken).ConfigureAwait(false) is { } record
            ? StateOf(record)
            : null;

    public static async ValueTask SaveStateAsync(ToolContext context, SurveyState state, CancellationToken cancellationToken) =>
        await context.Records.PutAsync(Collection, StateKey, SurveyJson.ToElement(state), cancellationToken: cancellationToken).ConfigureAwait(false);

    public static async ValueTask<(StoredQuestionnaire? Questionnaire, long Version)> QuestionnaireAsync(ToolContext context, CancellationToken cancellationToken)
    {
        var record = await context.Records.GetAsync(Collection, QuestionnaireKey, cancellationToken).ConfigureAwait(false);
        return record is null ? (null, 0) : (QuestionnaireCache.Read(context, record), record.Version);
    }

    /// <summary>Replaces the questionnaire if it is still at <paramref name="expectedVersion"/> (CE9105 otherwise).</summary>
    public static async ValueTask<StoredQuestionnaire> SaveQuestionnaireAsync(ToolContext context, Questionnaire questionnaire, string source, string? fileName, StoredQuestionnaire? previous, long expectedVersion, CancellationToken cancellationToken)
    {
        var stored = new StoredQuestionnaire
        {
            Source = source,
            FileName = fileName,
            Revision = (previous?.Revision ?? 0) + 1,
            SetAt = context.Now,
            SetBy = context.Actor,
            Questionnaire = questionnaire,
        };
        await context.Records.PutAsync(Collection, QuestionnaireKey, SurveyJson.ToElement(stored), expectedVersion, cancellationToken).ConfigureAwait(false);
        return stored;
    }
}
