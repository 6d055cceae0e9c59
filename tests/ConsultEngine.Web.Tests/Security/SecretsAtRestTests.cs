using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using ConsultEngine.Abstractions;
using ConsultEngine.Runtime.Tools;
using ConsultEngine.Web.Hosting;
using ConsultEngine.Web.Security;
using ConsultEngine.Web.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultEngine.Web.Tests.Security;

/// <summary>
/// The database, the identifier hash key and the data protection keys are readable by the service's
/// account only; the keys are encrypted with the configured certificate; the identifier hash key may
/// come from configuration, and then no key file is written.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class SecretsAtRestTests
{
    private const UnixFileMode GroupOrOthers = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    [Fact]
    public async Task TheDatabase_TheIdentifierKey_AndTheSigningKeys_AreOwnerOnly()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Unix file modes only; Windows relies on the folder's ACLs.
        }

        await using var host = await TestWebHost.StartAsync();
        await TestUsers.SeedAsync(host);
        // A sign-in makes the first data protection key; a hashed identifier the identifier key file.
        await ApiSignIn.TokenAsync(host, TestUsers.UserName(Roles.Executive), TestUsers.Password(Roles.Executive));
        host.Services.GetRequiredService<IIdentifierHasher>().Hash("test", "0912345678");
        var paths = host.Services.GetRequiredService<WebDataPaths>();

        Assert.Equal(DataFileModes.OwnerFile, File.GetUnixFileMode(paths.DatabasePath));
        Assert.Equal(DataFileModes.OwnerFile, File.GetUnixFileMode(Path.ChangeExtension(paths.DatabasePath, ".key")));
        Assert.Equal(DataFileModes.OwnerFolder, File.GetUnixFileMode(paths.KeysFolder));
        var keys = Directory.GetFiles(paths.KeysFolder, "*.xml");
        Assert.NotEmpty(keys);
        Assert.All(keys, key => Assert.Equal((UnixFileMode)0, File.GetUnixFileMode(key) & GroupOrOthers));
        foreach (var file in new[] { paths.DatabasePath + "-wal", paths.DatabasePath + "-shm" }.Where(File.Exists))
        {
            Assert.Equal((UnixFileMode)0, File.GetUnixFileMode(file) & GroupOrOthers);
        }
    }

    [Fact]
    public async Task AnExistingWorldReadableDatabase_IsNarrowedAtStart()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Unix file modes only; Windows relies on the folder's ACLs.
        }

        using var folder = TestFolder.Create();
        var database = Path.Combine(folder.Path, "consult.db");
        await File.WriteAllBytesAsync(database, []);
        File.SetUnixFileMode(database, DataFileModes.OwnerFile | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        await using var host = await TestWebHost.StartAsync(folder);

        Assert.Equal(DataFileModes.OwnerFile, File.GetUnixFileMode(database));
    }

    [Fact]
    public async Task WithACertificate_TheSigningKeysAreEncryptedAtRest_AndStillSignIn()
    {
        using var folder = TestFolder.Create();
        var certificate = Path.Combine(folder.Path, "keys.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=ConsultEngine data protection test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            await File.WriteAllBytesAsync(certificate, created.Export(X509ContentType.Pkcs12, "test-password"));
        }

        await using var host = await TestWebHost.StartAsync(folder, new Dictionary<string, string>
        {
            [KeyProtection.CertificatePathSetting] = certificate,
            [KeyProtection.CertificatePasswordSetting] = "test-password",
        });
        await TestUsers.SeedAsync(host);
        var token = await ApiSignIn.TokenAsync(host, TestUsers.UserName(Roles.Executive), TestUsers.Password(Roles.Executive));
        Assert.False(string.IsNullOrEmpty(token));

        var keys = Directory.GetFiles(host.Services.GetRequiredService<WebDataPaths>().KeysFolder, "*.xml");
        Assert.NotEmpty(keys);
        foreach (var key in keys)
        {
            var xml = await File.ReadAllTextAsync(key);
            Assert.Contains("EncryptedXml", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<value>", xml, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TheIdentifierHashKey_FromConfiguration_IsUsed_AndNoKeyFileIsWritten()
    {
        var key = RandomNumberGenerator.GetBytes(KeyedIdentifierHasher.KeyLength);
        await using var host = await TestWebHost.StartAsync(settings: new Dictionary<string, string>
        {
            ["ConsultEngine:IdentifierHashKey"] = Convert.ToBase64String(key),
        });

        var hash = host.Services.GetRequiredService<IIdentifierHasher>().Hash("poll:phone", "0912 345 678");

        Assert.Equal(new KeyedIdentifierHasher(key).Hash("poll:phone", "0912 345 678"), hash);
        Assert.False(File.Exists(Path.ChangeExtension(host.Services.GetRequiredService<WebDataPaths>().DatabasePath, ".key")));
    }

    [Theory]
    [InlineData("/srv/consult/wwwroot/keys", "/srv/consult/wwwroot", true)]
    [InlineData("/srv/consult/wwwroot", "/srv/consult/wwwroot", true)]
    [InlineData("/srv/consult/App_Data/keys", "/srv/consult/wwwroot", false)]
    [InlineData("/srv/consult/wwwroot-keys", "/srv/consult/wwwroot", false)]
    public void AKeysFolderInsideTheWebRoot_IsRecognised(string folder, string webRoot, bool inside) =>
        Assert.Equal(inside, KeyProtection.IsUnder(folder, webRoot));
}
