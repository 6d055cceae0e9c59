using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ConsultEngine.Abstractions;
using ConsultEngine.Hosting.Notifications.Sms;

namespace ConsultEngine.Hosting.Verification;

/// <summary>
/// Seals a code's text message for the outbox with AES-256-GCM, under a key derived from the installation's
/// identifier key (kept outside the database): the outbox row holds neither the number nor the code in a
/// readable form, and a copy of the database alone cannot open it.
/// </summary>
internal sealed class VerificationSeal(IIdentifierHasher hasher)
{
    private const int NonceLength = 12;
    private const int TagLength = 16;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly Lazy<byte[]> _key = new(() => Convert.FromHexString(hasher.Hash("person-verification:outbox-seal", "key-1")));

    /// <summary>The payload of an outbox message: <c>{"sealed":"…"}</c>.</summary>
    public string Seal(SmsLetter letter)
    {
        var plain = JsonSerializer.SerializeToUtf8Bytes(letter, Json);
        var sealedBytes = new byte[NonceLength + plain.Length + TagLength];
        var nonce = sealedBytes.AsSpan(0, NonceLength);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key.Value, TagLength);
        aes.Encrypt(nonce, plain, sealedBytes.AsSpan(NonceLength, plain.Length), sealedBytes.AsSpan(NonceLength + plain.Length, TagLength));
        CryptographicOperations.ZeroMemory(plain);
        return JsonSerializer.Serialize(new SealedPayload(Convert.ToBase64String(sealedBytes)), Json);
    }

    /// <summary>The letter a payload seals; <see langword="null"/> when the payload holds none any more (erased after delivery).</summary>
    /// <exception cref="CryptographicException">Sealed under another key, or altered.</exception>
    public SmsLetter? Open(string payloadJson)
    {
        var payload = JsonSerializer.Deserialize<SealedPayload>(payloadJson, Json);
        if (payload?.Sealed is not { Length: > 0 } text)
        {
            return null;
        }

        var sealedBytes = Convert.FromBase64String(text);
        if (sealedBytes.Length < NonceLength + TagLength)
        {
            throw new CryptographicException("The sealed payload is too short.");
        }

        var plain = new byte[sealedBytes.Length - NonceLength - TagLength];
        using var aes = new AesGcm(_key.Value, TagLength);
        aes.Decrypt(sealedBytes.AsSpan(0, NonceLength), sealedBytes.AsSpan(NonceLength, plain.Length), sealedBytes.AsSpan(NonceLength + plain.Length), plain);
        try
        {
            return JsonSerializer.Deserialize<SmsLetter>(Encoding.UTF8.GetString(plain), Json);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plain);
        }
    }

    private sealed record SealedPayload(string? Sealed);
}
