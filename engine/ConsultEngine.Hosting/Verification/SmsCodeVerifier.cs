using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ConsultEngine.Abstractions;
using ConsultEngine.Hosting.Notifications.Sms;
using ConsultEngine.Runtime.Outbox;
using ConsultEngine.Runtime.State;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ConsultEngine.Hosting.Verification;

/// <summary>
/// Proves a mobile number by a six-digit one-time code sent by SMS through the outbox
/// (<see cref="OutboxKind"/>, its payload sealed by <see cref="VerificationSeal"/>). Only keyed hashes are
/// kept: of the number (the record's key) and of the code. A code lives <see cref="PersonVerificationOptions.CodeLifetime"/>,
/// is locked after <see cref="PersonVerificationOptions.MaxAttempts"/> wrong tries and is spent once.
/// </summary>
internal sealed class SmsCodeVerifier(
    IIdentifierHasher hasher,
    IOutboxLedger outbox,
    VerificationSeal seal,
    ClientWindow clients,
    IOptions<PersonVerificationOptions> options,
    TimeProvider clock,
    IServiceProvider services) : IPersonVerifier
{
    /// <summary>The host's reserved collection of the step's records that holds the codes.</summary>
    public const string Collection = "_person-verification";

    /// <summary>The outbox kind of a code's text message.</summary>
    public const string OutboxKind = "person-verification-code";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    public string ConfirmBy => PersonCheck.SmsCode;

    public async Task<VerificationStarted> StartAsync(VerificationScope scope, string identifier, string? client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (SmsGateway.Of(services) is null)
        {
            throw new PersonVerificationException(VerificationCodes.NoSmsGateway, string.Empty, "No SMS gateway is configured: no code can be sent.");
        }

        var number = Number(scope, identifier);
        var limits = options.Value;
        var now = clock.GetUtcNow();
        // The client's partition (an address, or an IPv6 /64) is only ever kept in memory.
        if (client is { Length: > 0 } && !clients.TryTake(client, now, limits.CodesPerClientPerHour))
        {
            throw new PersonVerificationException(VerificationCodes.TooManyForClient, string.Empty, "Too many codes were asked from this client within the hour.");
        }

        var key = NumberHash(number);
        var record = await scope.Records.GetAsync(Collection, key, cancellationToken).ConfigureAwait(false);
        var sent = (Read(record)?.Sent ?? []).Where(t => t > now - Hour).ToList();
        if (sent.Count >= limits.CodesPerNumberPerHour)
        {
            throw new PersonVerificationException(VerificationCodes.TooManyForNumber, scope.Check.IdentifierPath, "Too many codes were sent to this number within the hour.");
        }

        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
        var challenge = new SmsCodeChallenge(CodeHash(key, now, code), now, now + limits.CodeLifetime, 0, null, [.. sent, now]);
        await WriteAsync(scope, key, challenge, record?.Version ?? 0, cancellationToken).ConfigureAwait(false);

        var minutes = (int)Math.Ceiling(limits.CodeLifetime.TotalMinutes);
        var text = string.Create(CultureInfo.InvariantCulture, $"Ma xac thuc cua ban la {code}, co hieu luc {minutes} phut. Khong chia se ma nay. / Your code is {code}, valid {minutes} min.");
        await outbox.QueueAsync(new OutboxMessage(Guid.CreateVersion7(), scope.InstanceId, scope.StepId, OutboxKind, seal.Seal(new SmsLetter(number, text)), now), cancellationToken).ConfigureAwait(false);
        return new VerificationStarted(challenge.ExpiresAt);
    }

    public async Task<VerifiedPerson> ConfirmAsync(VerificationScope scope, string identifier, string proof, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var key = NumberHash(Number(scope, identifier));
        var record = await scope.Records.GetAsync(Collection, key, cancellationToken).ConfigureAwait(false);
        if (Read(record) is not { } challenge || record is null)
        {
            throw Refused(scope, VerificationCodes.NoCodeRequested, "No code was asked for this number.");
        }

        if (challenge.SpentAt is not null)
        {
            throw Refused(scope, VerificationCodes.CodeUsed, "This code was used already: ask for a new one.");
        }

        if (challenge.Attempts >= options.Value.MaxAttempts)
        {
            throw Refused(scope, VerificationCodes.CodeLocked, "Too many wrong codes: ask for a new one.");
        }

        if (clock.GetUtcNow() >= challenge.ExpiresAt)
        {
            throw Refused(scope, VerificationCodes.CodeExpired, "The code has expired: ask for a new one.");
        }

        var given = proof.Trim();
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(CodeHash(key, challenge.IssuedAt, given)), Encoding.ASCII.GetBytes(challenge.CodeHash)))
        {
            var attempts = challenge.Attempts + 1;
            await WriteAsync(scope, key, challenge with { Attempts = attempts }, record.Version, cancellationToken).ConfigureAwait(false);
            throw attempts >= options.Value.MaxAttempts
                ? Refused(scope, VerificationCodes.CodeLocked, "Too many wrong codes: ask for a new one.")
                : Refused(scope, VerificationCodes.CodeWrong, "The code is not the one sent.");
        }

        return new VerifiedPerson(key, record.Version);
    }

    public async Task SpendAsync(VerificationScope scope, VerifiedPerson person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(person);
        var record = await scope.Records.GetAsync(Collection, person.IdentifierHash, cancellationToken).ConfigureAwait(false);
        if (record is null || record.Version != person.Version || Read(record) is not { SpentAt: null } challenge)
        {
            throw Refused(scope, VerificationCodes.CodeUsed, "This code was used already: ask for a new one.");
        }

        try
        {
            await WriteAsync(scope, person.IdentifierHash, challenge with { SpentAt = clock.GetUtcNow() }, person.Version, cancellationToken).ConfigureAwait(false);
        }
        catch (ToolException changed) when (changed.Code == ToolCodes.RecordConflict)
        {
            // Another submission spent it first.
            throw Refused(scope, VerificationCodes.CodeUsed, "This code was used already: ask for a new one.");
        }
    }

    private static string Number(VerificationScope scope, string identifier) =>
        MobileNumber.Normalise(identifier)
            ?? throw new PersonVerificationException(VerificationCodes.IdentifierInvalid, scope.Check.IdentifierPath, "A Vietnamese mobile number is needed (10 digits starting with 0).");

    private static PersonVerificationException Refused(VerificationScope scope, string code, string message) => new(code, scope.Check.CodePath, message);

    private static SmsCodeChallenge? Read(ToolRecord? record) => record is null ? null : record.Value.Deserialize<SmsCodeChallenge>(Json);

    private static async Task WriteAsync(VerificationScope scope, string key, SmsCodeChallenge challenge, long version, CancellationToken cancellationToken) =>
        await scope.Records.PutAsync(Collection, key, JsonSerializer.SerializeToElement(challenge, Json), version, cancellationToken).ConfigureAwait(false);

    private string NumberHash(string number) => hasher.Hash("person-verification:" + PersonCheck.Phone, number);

    private string CodeHash(string numberHash, DateTimeOffset issuedAt, string code) =>
        hasher.Hash("person-verification:code:" + numberHash + ":" + issuedAt.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture), code.Length == 0 ? "-" : code);
}
