using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ConsultEngine.Runtime;
using ConsultEngine.Runtime.Journal;
using ConsultEngine.Runtime.State;

namespace ConsultEngine.Testing;

/// <summary>One journal entry with its time as an offset from the start and ids scrubbed.</summary>
public sealed record NormalizedEntry(long Seq, string At, string Event, string? Step, int? Iteration, string? Actor, JsonNode? Data);

/// <summary>What a run did and where it ended, stable from run to run: times relative to the start, no ids or hashes.</summary>
public sealed partial record NormalizedRun(
    string Status,
    string? Phase,
    bool ChainVerifies,
    IReadOnlyList<string> Waiting,
    IReadOnlyDictionary<string, string> Steps,
    IReadOnlyList<string> Outbox,
    IReadOnlyList<string> Incidents,
    IReadOnlyList<NormalizedEntry> Journal)
{
    private static readonly JsonSerializerOptions WriteOptions = new(RuntimeJson.Options) { WriteIndented = true };

    /// <summary>How System.Text.Json writes a <see cref="DateTimeOffset"/>: the engine's moments in journal data.</summary>
    private static readonly string[] EngineMoments = ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"];

    public static NormalizedRun From(
        InstanceRecord instance,
        IReadOnlyList<JournalEntry> journal,
        IReadOnlyList<StepState> steps,
        IReadOnlyList<Bookmark> bookmarks,
        IReadOnlyList<OutboxMessage> outbox,
        IReadOnlyList<Incident> incidents,
        DateTimeOffset start)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(journal);
        var phase = journal.LastOrDefault(e => e.Event == JournalEvents.PhaseStarted)?.DataJson is { } data
            ? JsonNode.Parse(data)?["phase"]?.GetValue<string>()
            : null;
        return new NormalizedRun(
            instance.Status.ToString().ToLowerInvariant(),
            phase,
            JournalHasher.Verify(journal) is null,
            [.. bookmarks.Select(b => b.StepId).Order(StringComparer.Ordinal)],
            steps.OrderBy(s => s.StepId, StringComparer.Ordinal).ToDictionary(
                s => s.StepId,
                s => $"{s.Status.ToString().ToLowerInvariant()}#{s.Iteration}" + (s.Outcome is null ? string.Empty : $" ({s.Outcome})"),
                StringComparer.Ordinal),
            [.. outbox.OrderBy(m => m.CreatedAt).ThenBy(m => m.StepId, StringComparer.Ordinal).Select(m => $"{Offset(m.CreatedAt, start)} {m.Kind} {m.StepId}")],
            [.. incidents.Select(i => $"{Offset(i.At, start)} {i.Code} {i.StepId}" + (i.ResolvedAt is null ? string.Empty : " resolved"))],
            [.. journal.Select(e => new NormalizedEntry(e.Sequence, Offset(e.At, start), e.Event, e.StepId, e.Iteration, e.Actor, Scrub(e.DataJson, start)))]);
    }

    /// <summary>The run as indented JSON, the form golden files keep.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, WriteOptions);

    /// <summary>The journal as one line per entry: <c>+P3D step-completed select#1 by office {…}</c>.</summary>
    public string ToText() => string.Join('\n', Journal.Select(e =>
        $"{e.Seq,4} {e.At,-10} {e.Event,-20} {(e.Step is null ? string.Empty : $"{e.Step}#{e.Iteration}"),-32} {e.Actor}" +
        (e.Data is null ? string.Empty : " " + e.Data.ToJsonString(RuntimeJson.Options))));

    /// <summary>An ISO 8601 offset from the start: <c>+P0D</c>, <c>+P3DT2H</c>.</summary>
    public static string Offset(DateTimeOffset at, DateTimeOffset start)
    {
        var span = at - start;
        if (span <= TimeSpan.Zero)
        {
            return "+P0D";
        }

        var time = (span.Hours > 0 ? $"{span.Hours}H" : string.Empty) + (span.Minutes > 0 ? $"{span.Minutes}M" : string.Empty) + (span.Seconds > 0 ? $"{span.Seconds}S" : string.Empty);
        return "+P" + (span.Days > 0 ? span.Days.ToString(CultureInfo.InvariantCulture) + "D" : time.Length == 0 ? "0D" : string.Empty) + (time.Length > 0 ? "T" + time : string.Empty);
    }

    /// <summary>Ids become <c>&lt;id&gt;</c>; the engine's own moments in the event (a due date, the end of a wait) become offsets like the entry's time.</summary>
    private static JsonNode? Scrub(string? json, DateTimeOffset start)
    {
        if (json is null)
        {
            return null;
        }

        var data = JsonNode.Parse(GuidPattern().Replace(json, "<id>"));
        if (data is JsonObject fields)
        {
            // Only top-level values: the engine writes its moments there, while a step's output
            // (nested under "output") is what people submitted and is kept as it was.
            foreach (var (name, value) in fields.ToList())
            {
                if (value is JsonValue text && text.TryGetValue<string>(out var raw)
                    && DateTimeOffset.TryParseExact(raw, EngineMoments, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment))
                {
                    fields[name] = Offset(moment, start);
                }
            }
        }

        return data;
    }

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex GuidPattern();
}
