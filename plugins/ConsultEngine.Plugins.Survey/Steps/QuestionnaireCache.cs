using System.Collections.Concurrent;
using System.Text.Json;
using ConsultEngine.Abstractions;
using ConsultEngine.Plugins.Survey.Model;

namespace ConsultEngine.Plugins.Survey.Steps;

/// <summary>
/// The questionnaire in force, deserialised once per stored record rather than on every submission
/// (building the questionnaire's object graph cost more than the rest of the survey's collection). The
/// record is still read each time — that is what makes a change seen at once, from any node — and an
/// entry is used only while the record read has the entry's version and the very same JSON (compared
/// in place, without allocating: a version alone could repeat across stores, or if a record were
/// written again after a delete). Questionnaires are immutable records, so one instance is shared.
/// </summary>
internal static class QuestionnaireCache
{
    private const int MaxEntries = 1_024;

    private static readonly ConcurrentDictionary<(Guid Instance, string Step), Entry> Entries = new();

    public static StoredQuestionnaire? Read(ToolContext context, ToolRecord record)
    {
        var key = (context.InstanceId, context.StepId);
        // The host hands the same record object to the submissions that follow a read (it keeps what tools read
        // while they collect): that one needs no comparison.
        if (Entries.TryGetValue(key, out var known))
        {
            if (ReferenceEquals(known.Record, record))
            {
                return known.Questionnaire;
            }

            if (known.Version == record.Version && JsonElement.DeepEquals(known.Value, record.Value))
            {
                // The host read the record again (it does so about once a second) and handed out a new object with the
                // same JSON: the entry follows it, so the submissions that come with that object compare references
                // again instead of the whole questionnaire each time.
                Entries.TryUpdate(key, known with { Record = record }, known);
                return known.Questionnaire;
            }
        }

        var stored = record.Value.Deserialize<StoredQuestionnaire>(SurveyJson.Options);
        if (stored is not null)
        {
            if (Entries.Count >= MaxEntries)
            {
                Entries.Clear();
            }

            Entries[key] = new Entry(record, record.Version, record.Value.Clone(), stored);
        }

        return stored;
    }

    private sealed record Entry(ToolRecord Record, long Version, JsonElement Value, StoredQuestionnaire Questionnaire);
}
