using System.Text.Json;
using ConsultEngine.Persistence.Tools;
using ConsultEngine.Runtime.Tools;

namespace ConsultEngine.Web.Portal.Privacy;

/// <summary>
/// Keeps, for each accepted public form, which version of the privacy notice the person agreed to and
/// when, as a record of the step's own data (collection <see cref="Collection"/>, keyed by the receipt: the
/// first stored input id, or the id the tool's action answered). Kept beside the inputs rather than in the
/// consultation's journal: a journal entry per citizen would contend with every advance of the instance,
/// while a step record is one small write that is erased with the step's data. It holds no personal data:
/// ids, the notice's version, the two agreements and the time.
/// </summary>
internal sealed class ConsentLedger(IToolDataStore data, TimeProvider clock)
{
    /// <summary>The collection of the step's records that holds consents (reserved for the host: tools cannot reach a collection starting with <c>_</c>).</summary>
    public const string Collection = "_consents";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task RecordAsync(Guid instanceId, string stepId, string? receipt, IReadOnlyList<Guid> inputs, PublicConsent consent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(consent);
        var key = receipt is { Length: > 0 } ? receipt : Guid.NewGuid().ToString();
        await data.Records(instanceId, stepId).TryInsertAsync(Collection, key, Value(inputs, consent), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The same record, to be committed with the submission's input (keyed by the receipt: the first input id).</summary>
    public CompanionRecord Companion(IReadOnlyList<Guid> inputs, PublicConsent consent)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(consent);
        return new CompanionRecord(Collection, inputs[0].ToString(), Value(inputs, consent));
    }

    private JsonElement Value(IReadOnlyList<Guid> inputs, PublicConsent consent) =>
        JsonSerializer.SerializeToElement(new ConsentRecord(PrivacyNotice.Version, consent.Privacy == true, consent.Sensitive == true, clock.GetUtcNow(), inputs), Json);

    /// <summary>The consent recorded under <paramref name="receipt"/>, if any.</summary>
    public async Task<ConsentRecord?> FindAsync(Guid instanceId, string stepId, string receipt, CancellationToken cancellationToken) =>
        await data.Records(instanceId, stepId).GetAsync(Collection, receipt, cancellationToken).ConfigureAwait(false) is { } record
            ? record.Value.Deserialize<ConsentRecord>(Json)
            : null;
}

/// <summary>One recorded consent: the notice's version, the two agreements, when, and the inputs it covers.</summary>
internal sealed record ConsentRecord(string Notice, bool Privacy, bool Sensitive, DateTimeOffset At, IReadOnlyList<Guid> Inputs);
