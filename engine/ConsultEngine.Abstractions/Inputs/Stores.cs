using System.Text.Json;

namespace ConsultEngine.Abstractions;

/// <summary>What to do when an input's <see cref="ConsultationInput.UniqueKey"/> is already taken.</summary>
public enum UniqueKeyConflict
{
    /// <summary>Store nothing and report the conflict (one vote per person).</summary>
    Refuse,

    /// <summary>Mark the earlier input withdrawn and store the new one (a vote changed before close).</summary>
    Replace,
}

/// <summary>The outcome of storing one input.</summary>
public enum AppendStatus
{
    Stored,

    /// <summary>Stored, and the earlier input with the same unique key was marked withdrawn.</summary>
    Replaced,

    /// <summary>Not stored: the unique key is taken and the policy was <see cref="UniqueKeyConflict.Refuse"/>.</summary>
    Conflict,
}

/// <summary>What happened to one input; <see cref="Previous"/> is the input replaced or in conflict.</summary>
public readonly record struct AppendResult(AppendStatus Status, Guid? Previous = null);

/// <summary>Which inputs of a step to read. Everything is included unless said otherwise.</summary>
public sealed record InputQuery
{
    public static InputQuery All { get; } = new();

    /// <summary>Leave out inputs flagged pilot, duplicate or withdrawn (the default of analysis).</summary>
    public static InputQuery Counted { get; } = new() { ExcludeFlags = InputMarks.Pilot | InputMarks.Duplicate | InputMarks.Withdrawn };

    /// <summary>Leave out inputs carrying any of these flags.</summary>
    public InputMarks ExcludeFlags { get; init; }

    public string? Subject { get; init; }

    public InputChannel? Channel { get; init; }

    /// <summary>Only inputs whose respondent attribute (one of <see cref="RespondentAttributes.Names"/>) has this value.</summary>
    public (string Attribute, string Value)? Respondent { get; init; }

    /// <summary>Whether <paramref name="input"/> matches the query (stores may use it, or translate the query).</summary>
    public bool Matches(ConsultationInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return (input.Flags & ExcludeFlags) == InputMarks.None
            && (Subject is null || string.Equals(Subject, input.Subject, StringComparison.Ordinal))
            && (Channel is null || Channel == input.Channel)
            && (Respondent is not { } filter || string.Equals(input.Respondent.Get(filter.Attribute), filter.Value, StringComparison.Ordinal));
    }
}

/// <summary>
/// The inputs of the step a <see cref="ToolContext"/> serves. Writes are durable when the returned
/// task completes: the host may gather concurrent writes into one transaction (group commit), but
/// it completes a write only after it is committed.
/// </summary>
public interface IToolInputs
{
    /// <summary>Stores a new input of this step; its <see cref="ConsultationInput.InstanceId"/> and <see cref="ConsultationInput.StepId"/> must be the context's.</summary>
    ValueTask<AppendResult> AppendAsync(ConsultationInput input, UniqueKeyConflict onConflict = UniqueKeyConflict.Refuse, CancellationToken cancellationToken = default);

    /// <summary>The step's inputs matching <paramref name="query"/>, oldest first.</summary>
    ValueTask<IReadOnlyList<ConsultationInput>> ReadAsync(InputQuery query, CancellationToken cancellationToken = default);

    ValueTask<int> CountAsync(InputQuery query, CancellationToken cancellationToken = default);

    ValueTask<ConsultationInput?> FindAsync(Guid inputId, CancellationToken cancellationToken = default);

    /// <summary>Changes an input's flags and themes (coding, marking a duplicate); answers and text stay as given.</summary>
    /// <exception cref="ToolException">The input is not one of this step's (CE9104).</exception>
    ValueTask UpdateAsync(Guid inputId, InputMarks flags, IReadOnlyList<string> themes, CancellationToken cancellationToken = default);

    /// <summary>
    /// The step's <see cref="InputTally"/> for these questions, what analysis counts without reading the
    /// inputs. A store that keeps tallies as inputs commit answers from them (built once from the inputs
    /// already stored, then kept current); this default counts every input afresh.
    /// </summary>
    async ValueTask<InputTally> TallyAsync(IReadOnlyList<QuestionSpec> questions, CancellationToken cancellationToken = default) =>
        InputTally.Of(await ReadAsync(InputQuery.All, cancellationToken).ConfigureAwait(false), questions);
}

/// <summary>A tool's own durable record (a hearing session, a registration, a questionnaire), JSON under a collection and key.</summary>
public sealed record ToolRecord(string Collection, string Key, JsonElement Value, long Version, DateTimeOffset UpdatedAt);

/// <summary>
/// Durable records of the step a <see cref="ToolContext"/> serves, for what is not an input. Each
/// record has a version that rises with each write; a write naming an expected version fails with
/// CE9105 when another write came first (optimistic concurrency).
/// </summary>
public interface IToolRecords
{
    ValueTask<ToolRecord?> GetAsync(string collection, string key, CancellationToken cancellationToken = default);

    /// <summary>The records of a collection, ordered by key.</summary>
    ValueTask<IReadOnlyList<ToolRecord>> ListAsync(string collection, CancellationToken cancellationToken = default);

    /// <summary>Creates the record; <see langword="false"/> (and no change) when the key exists.</summary>
    ValueTask<bool> TryInsertAsync(string collection, string key, JsonElement value, CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates or replaces the record and returns its new version. With <paramref name="expectedVersion"/>
    /// the write happens only if the record is at that version (0: it must not exist).
    /// </summary>
    /// <exception cref="ToolException">The record changed meanwhile (CE9105).</exception>
    ValueTask<long> PutAsync(string collection, string key, JsonElement value, long? expectedVersion = null, CancellationToken cancellationToken = default);

    ValueTask<bool> DeleteAsync(string collection, string key, CancellationToken cancellationToken = default);
}
