using ConsultEngine.Abstractions;

namespace ConsultEngine.Hosting.Verification;

/// <summary>
/// One way of proving who a person is, chosen by the step's <see cref="PersonCheck.ConfirmBy"/>: the SMS
/// one-time code today (<see cref="PersonCheck.SmsCode"/>); the national e-ID (VNeID) is the next provider
/// behind this seam (its <see cref="StartAsync"/> would answer where to sign in, its proof the e-ID's
/// assertion instead of a code). The host calls it without knowing the tool; a verifier never stores an
/// identifier in clear.
/// </summary>
public interface IPersonVerifier
{
    /// <summary>The <see cref="PersonCheck.ConfirmBy"/> it serves.</summary>
    string ConfirmBy { get; }

    /// <summary>Starts a proof for <paramref name="identifier"/>: for SMS, sends a fresh code through the outbox.</summary>
    /// <param name="client">Who asks (a client address), for the per-client limit; <see langword="null"/> when unknown.</param>
    /// <exception cref="PersonVerificationException">Refused (<see cref="VerificationCodes"/>).</exception>
    Task<VerificationStarted> StartAsync(VerificationScope scope, string identifier, string? client, CancellationToken cancellationToken);

    /// <summary>Checks a proof without spending it (a wrong one is counted).</summary>
    /// <exception cref="PersonVerificationException">Refused (<see cref="VerificationCodes"/>).</exception>
    Task<VerifiedPerson> ConfirmAsync(VerificationScope scope, string identifier, string proof, CancellationToken cancellationToken);

    /// <summary>Spends a confirmed proof once the submission it proves is accepted; a second spend is refused (CE8163).</summary>
    /// <exception cref="PersonVerificationException">Spent meanwhile (CE8163).</exception>
    Task SpendAsync(VerificationScope scope, VerifiedPerson person, CancellationToken cancellationToken);
}

/// <summary>Where a proof belongs: one step of one instance, the check it declares, and the step's records (the host's reserved collections).</summary>
public sealed record VerificationScope(Guid InstanceId, string StepId, PersonCheck Check, IToolRecords Records);

/// <summary>A proof started: until when it may be used.</summary>
public sealed record VerificationStarted(DateTimeOffset ExpiresAt);

/// <summary>A confirmed, unspent proof: the keyed hash of the person's identifier and the version of the proof's record.</summary>
public sealed record VerifiedPerson(string IdentifierHash, long Version);
