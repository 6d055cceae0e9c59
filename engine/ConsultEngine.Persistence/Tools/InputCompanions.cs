using System.Text.Json;
using ConsultEngine.Abstractions;
using ConsultEngine.Persistence.Privacy;

namespace ConsultEngine.Persistence.Tools;

/// <summary>
/// What a host keeps beside one input and must not keep without it: the record of the person's consent
/// (a step record in a host collection, inserted unless its key exists) and the one-time deletion code of
/// the receipt. Appended with the input (<see cref="IAppendsWithCompanions"/>), they are written in the
/// writer's transaction that stores the input, so one commit carries all three and the caller hears of it
/// only after that commit; an input that is not stored (a taken key, a failed statement) leaves none of them.
/// </summary>
public sealed record InputCompanions
{
    /// <summary>A step record to insert with the input (its collection, key and value); kept as it is when the key exists.</summary>
    public CompanionRecord? Record { get; init; }

    /// <summary>The receipt's deletion code (keyed hashes only).</summary>
    public DeletionCode? DeletionCode { get; init; }
}

/// <summary>One step record written with an input (see <see cref="InputCompanions.Record"/>).</summary>
public sealed record CompanionRecord(string Collection, string Key, JsonElement Value);

/// <summary>The inputs of a store that can commit an input together with its <see cref="InputCompanions"/>.</summary>
public interface IAppendsWithCompanions
{
    /// <summary>
    /// Appends <paramref name="input"/> as <see cref="IToolInputs.AppendAsync"/> does and, when it is stored
    /// (or replaced a key holder), <paramref name="companions"/> in the same transaction; completes after the commit.
    /// </summary>
    ValueTask<AppendResult> AppendAsync(ConsultationInput input, UniqueKeyConflict onConflict, InputCompanions companions, CancellationToken cancellationToken = default);
}
