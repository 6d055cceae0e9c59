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

    private readonly byte[] _key;

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
        var message = Encoding.UTF8.GetBytes(purpose + "\n" + Normalise(identifier));
        return Convert.ToHexStringLower(HMACSHA256.HashData(_key, message));
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
