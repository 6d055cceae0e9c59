using System.Collections.Concurrent;
using System.Text.Json;
using ConsultEngine.Abstractions;
using ConsultEngine.Plugins.Survey.Model;

namespace ConsultEngine.Plugins.Survey.Steps;

/// <summary>
/// The questionnaire in force, deserialised once per stored version rather than on every submission
/// (a questionnaire of a few dozen questions cost more to read than the rest of a submission). The
/// record is still read each time — that is what makes a change seen at once, from any node — and an
/// entry is used only while the record's version and its <c>setAt</c> are the ones it was made from
/// (the version alone could repeat if a record were deleted and written again). Questionnaires are
/// immutable records, so one instance is shared by every request.
/// </summary>
internal static class QuestionnaireCache
{
    private const int MaxEntries = 1_024;

    private static readonly ConcurrentDictionary<(Guid Instance, string Step), Entry> Entries = new();

    public static StoredQuestionnaire? Read(ToolContext context, ToolRecord record)
    {
        var key = (context.InstanceId, context.StepId);
        var setAt = record.Value.ValueKind == JsonValueKind.Object && record.Value.TryGetProperty("setAt", out var at) && at.ValueKind == JsonValueKind.String ? at : (JsonElement?)null;
        if (setAt is { } stamp && Entries.TryGetValue(key, out var known) && known.Version == record.Version && stamp.ValueEquals(known.SetAt))
        {
            return known.Questionnaire;
        }

        var stored = record.Value.Deserialize<StoredQuestionnaire>(SurveyJson.Options);
        if (stored is not null && setAt is { } setAtNow)
        {
            if (Entries.Count >= MaxEntries)
            {
                Entries.Clear();
            }

            Entries[key] = new Entry(record.Version, setAtNow.GetString()!, stored);
        }

        return stored;
    }

    private sealed record Entry(long Version, string SetAt, StoredQuestionnaire Questionnaire);
}
