using ConsultEngine.Runtime.Tools;

namespace ConsultEngine.Abstractions.Tests;

public sealed class KeyedIdentifierHasherTests
{
    private static readonly KeyedIdentifierHasher Hasher = new("0123456789abcdef0123456789abcdef"u8);

    [Theory]
    [InlineData("+84 912 345 678")]
    [InlineData("84912345678")]
    [InlineData("0912.345.678")]
    [InlineData("(091) 234-5678")]
    [InlineData(" 0912345678 ")]
    public void Hash_OfOnePhoneNumberWrittenManyWays_IsTheSame(string written) =>
        Assert.Equal(Hasher.Hash("poll:phone", "0912345678"), Hasher.Hash("poll:phone", written));

    [Theory]
    [InlineData("+84 912 345 678", "0912345678")]
    [InlineData("84912345678", "0912345678")]
    [InlineData("8491234567", "8491234567")]
    [InlineData("079201001234", "079201001234")]
    [InlineData("ab-12", "AB12")]
    public void Normalise_WritesTheIdentifierAsCompared(string identifier, string normalised) =>
        Assert.Equal(normalised, KeyedIdentifierHasher.Normalise(identifier));

    // The hashes are stored keys (unique keys, deletion codes): however they are computed, they stay this HMAC.
    [Theory]
    [InlineData("poll:phone", "0912345678")]
    [InlineData("privacy:deletion-identifier", "Nguyễn Thị Hoà 079201001234")]
    [InlineData("survey:identifier", "\uD800 lone surrogates \uDC00")]
    public void Hash_IsTheHmacOfThePurposeANewlineAndTheNormalisedIdentifier(string purpose, string identifier)
    {
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(
            "0123456789abcdef0123456789abcdef"u8.ToArray(), System.Text.Encoding.UTF8.GetBytes(purpose + "\n" + KeyedIdentifierHasher.Normalise(identifier))));

        Assert.Equal(expected, Hasher.Hash(purpose, identifier));
        Assert.Equal(expected, Hasher.Hash(purpose, identifier));
    }

    [Fact]
    public void Hash_OfAnIdentifierLongerThanTheStackBuffer_IsTheHmacOfItsBytes()
    {
        var identifier = new string('Ạ', 400);
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(
            "0123456789abcdef0123456789abcdef"u8.ToArray(), System.Text.Encoding.UTF8.GetBytes("poll:phone\n" + KeyedIdentifierHasher.Normalise(identifier))));

        Assert.Equal(expected, Hasher.Hash("poll:phone", identifier));
    }

    [Fact]
    public void Hash_ForAnotherPurpose_IsDifferent() =>
        Assert.NotEqual(Hasher.Hash("poll:phone", "0912345678"), Hasher.Hash("survey:phone", "0912345678"));

    [Fact]
    public void Hash_UnderAnotherKey_IsDifferent() =>
        Assert.NotEqual(Hasher.Hash("poll:phone", "0912345678"), new KeyedIdentifierHasher("fedcba9876543210fedcba9876543210"u8).Hash("poll:phone", "0912345678"));

    [Fact]
    public void Hash_IsLowerCaseHexOfSha256_AndNeverTheIdentifier()
    {
        var hash = Hasher.Hash("poll:phone", "0912345678");

        Assert.Matches("^[0-9a-f]{64}$", hash);
        Assert.DoesNotContain("912345678", hash, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_RefusesAShortKey() =>
        Assert.Throws<ArgumentException>(() => new KeyedIdentifierHasher("short"u8));

    [Fact]
    public void LoadOrCreateKey_CreatesAnOwnerOnlyKeyFile_AndReadsTheSameKeyBack()
    {
        var folder = Directory.CreateTempSubdirectory("consult-key-");
        try
        {
            var path = Path.Combine(folder.FullName, "keys", "identifiers.key");

            var created = KeyedIdentifierHasher.LoadOrCreateKey(path);
            var loaded = KeyedIdentifierHasher.LoadOrCreateKey(path);

            Assert.True(File.Exists(path));
            Assert.Equal(KeyedIdentifierHasher.KeyLength, Convert.FromBase64String(File.ReadAllText(path)).Length);
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
            }

            Assert.Equal(created.Hash("poll:phone", "0912345678"), loaded.Hash("poll:phone", "0912345678"));
            Assert.NotEqual(Hasher.Hash("poll:phone", "0912345678"), created.Hash("poll:phone", "0912345678"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
