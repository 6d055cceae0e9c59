using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Runtime.Tools;

/// <summary>
/// HMAC-SHA256 of a normalised identifier under the installation's secret key, per purpose. The key
/// lives outside the database (see <see cref="LoadOrCreateKey"/>): a copy of the database alone does
/// not let anyone test whether a given phone number voted.
/// </summary>
public sealed class KeyedIdentifierHasher : IIdentifierHasher
{
    /// <summary>The length of a key, in bytes.</summary>
    public const int KeyLength = 32;

    /// <summary>Messages up to this many bytes are built on the stack.</summary>
    private const int StackMessage = 512;

    private readonly byte[] _key;

    /// <summary>
    /// The thread's keyed HMAC, reset after each hash, and the key it holds: the one-shot
    /// <see cref="HMACSHA256.HashData(byte[], byte[])"/> sets the key up again on every call, which costs several
    /// times the hash itself (a public submission hashes three times). A host has one key; a thread that meets
    /// another hasher sets its HMAC up again.
    /// </summary>
    [ThreadStatic]
    private static IncrementalHash? t_hmac;

    [ThreadStatic]
    private static byte[]? t_hmacKey;

    public KeyedIdentifierHasher(ReadOnlySpan<byte> key)
    {
        if (key.Length < 16)
        {
            throw new ArgumentException("The key must be at least 16 bytes.", nameof(key));
        }

        _key = key.ToArray();
    }

    public string Hash(string purpose, string identifier)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(purpose);
        ArgumentException.ThrowIfNullOrWhiteSpace(identifier);
        var normalised = Normalise(identifier);
        // The UTF-8 of purpose + "\n" + normalised, written piece by piece (the same bytes: the newline keeps any
        // lone surrogate at either end from pairing across the seam).
        var length = Encoding.UTF8.GetMaxByteCount(purpose.Length + 1 + normalised.Length);
        byte[]? rented = null;
        var message = length <= StackMessage ? stackalloc byte[StackMessage] : (rented = ArrayPool<byte>.Shared.Rent(length));
        try
        {
            var written = Encoding.UTF8.GetBytes(purpose, message);
            message[written++] = (byte)'\n';
            written += Encoding.UTF8.GetBytes(normalised, message[written..]);
            Span<byte> hash = stackalloc byte[HMACSHA256.HashSizeInBytes];
            var hmac = Hmac();
            try
            {
                hmac.AppendData(message[..written]);
                hmac.GetHashAndReset(hash);
            }
            catch
            {
                // Never hash again from a state left half-fed: the thread sets a new HMAC up.
                t_hmac = null;
                hmac.Dispose();
                throw;
            }

            return Convert.ToHexStringLower(hash);
        }
        finally
        {
            if (rented is not null)
            {
                // It held an identifier.
                ArrayPool<byte>.Shared.Return(rented, clearArray: true);
            }
        }
    }

    private IncrementalHash Hmac()
    {
        if (t_hmac is null || !ReferenceEquals(t_hmacKey, _key))
        {
            t_hmac?.Dispose();
            t_hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _key);
            t_hmacKey = _key;
        }

        return t_hmac;
    }

    /// <summary>The identifier as compared: no spaces, dots or hyphens, upper case, <c>+84</c>/<c>84</c> phone prefixes written as <c>0</c>.</summary>
    public static string Normalise(string identifier)
    {
        ArgumentNullException.ThrowIfNull(identifier);
        var builder = new StringBuilder(identifier.Length);
        foreach (var c in identifier.Trim())
        {
            if (c is not (' ' or '.' or '-' or '(' or ')'))
            {
                builder.Append(char.ToUpperInvariant(c));
            }
        }

        var value = builder.ToString();
        if (value.StartsWith("+84", StringComparison.Ordinal))
        {
            return "0" + value[3..];
        }

        return value.StartsWith("84", StringComparison.Ordinal) && value.Length == 11 && value.All(char.IsAsciiDigit) ? "0" + value[2..] : value;
    }

    /// <summary>
    /// Reads the key from <paramref name="path"/>, or creates it there with a fresh random key (owner
    /// read/write only where the file system supports it). Keep the file with backups of the database
    /// but not in them: without it the hashes cannot be recomputed.
    /// </summary>
    public static KeyedIdentifierHasher LoadOrCreateKey(string path) =>
        new(Convert.FromBase64String(Journal.InstallationKeyFile.LoadOrCreate(path, KeyLength)));
}
