using System.Security.Cryptography;

namespace ConsultEngine.Runtime.Journal;

/// <summary>
/// The installation key the journal is chained with (HMAC-SHA256). It lives outside the database —
/// in configuration or in a key file beside it — so whoever can write the database alone cannot
/// recompute a chain that verifies.
/// </summary>
public sealed class JournalKey
{
    /// <summary>The length of a key, in bytes.</summary>
    public const int KeyLength = 32;

    private readonly byte[] _key;

    private JournalKey(byte[] key) => _key = key;

    /// <summary>A key from its base64 text (configuration <c>ConsultEngine:JournalKey</c>); throws <see cref="JournalKeyException"/> (CE8145) unless it is 32 bytes.</summary>
    public static JournalKey FromBase64(string base64)
    {
        ArgumentNullException.ThrowIfNull(base64);
        var bytes = new byte[KeyLength + 1];
        if (!Convert.TryFromBase64String(base64.Trim(), bytes, out var written) || written != KeyLength)
        {
            throw new JournalKeyException("The journal key must be the base64 text of 32 bytes.");
        }

        return new JournalKey(bytes[..KeyLength]);
    }

    /// <summary>A fresh random key (tests, in-memory hosts).</summary>
    public static JournalKey Random() => new(RandomNumberGenerator.GetBytes(KeyLength));

    /// <summary>
    /// Reads the key file at <paramref name="path"/>, or creates it once with a fresh random key,
    /// owner read/write only (see <see cref="InstallationKeyFile"/>).
    /// </summary>
    public static JournalKey LoadOrCreate(string path)
    {
        try
        {
            return FromBase64(InstallationKeyFile.LoadOrCreate(path, KeyLength));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new JournalKeyException($"The journal key file {path} cannot be read: {e.Message}", e);
        }
    }

    /// <summary>An existing key file at <paramref name="path"/>, or <c>null</c> when there is none (audits never create one).</summary>
    public static JournalKey? LoadExisting(string path)
    {
        try
        {
            return File.Exists(path) ? FromBase64(File.ReadAllText(path)) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new JournalKeyException($"The journal key file {path} cannot be read: {e.Message}", e);
        }
    }

    internal byte[] Mac(byte[] message) => HMACSHA256.HashData(_key, message);
}

/// <summary>The installation key is unusable (CE8145), or missing where keyed entries need it (CE8144).</summary>
public sealed class JournalKeyException(string message, Exception? innerException = null, string code = JournalCodes.KeyInvalid)
    : ConsultEngineException(message, innerException)
{
    public override string Code { get; } = code;
}
