using ConsultEngine.Abstractions;
using ConsultEngine.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultEngine.Tools.Tests;

public sealed class IdentifierKeyTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("consult-key-").FullName;

    [Fact]
    public void KeyFile_IsCreatedBesideTheDatabase_OwnerOnly_AndReusedByTheNextHost()
    {
        var first = Hash(o => o.DatabasePath = Path.Combine(_folder, "consult.db"));
        var key = Path.Combine(_folder, "consult.key");
        var written = File.ReadAllText(key);

        var second = Hash(o => o.DatabasePath = Path.Combine(_folder, "consult.db"));

        Assert.Equal(first, second);
        Assert.Equal(written, File.ReadAllText(key));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(key));
        }
    }

    [Fact]
    public void KeyFile_NamedInTheOptions_IsTheOneUsed()
    {
        var path = Path.Combine(_folder, "secrets", "identifiers.key");

        Hash(o => o.IdentifierKeyPath = path);

        Assert.True(File.Exists(path));
        Assert.False(File.Exists(Path.Combine(_folder, "consult.key")));
    }

    [Fact]
    public void InMemoryHost_WithoutAKeyFile_HashesUnderAKeyOfItsOwn_AndWritesNoFile()
    {
        var first = Hash(o => o.DatabasePath = Path.Combine(_folder, "consult.db"), inMemory: true);
        var second = Hash(o => o.DatabasePath = Path.Combine(_folder, "consult.db"), inMemory: true);

        Assert.NotEqual(first, second);
        Assert.Empty(Directory.EnumerateFiles(_folder));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Hash(Action<ConsultEngineOptions> configure, bool inMemory = false)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddLogging();
        var builder = services.AddConsultEngine(o =>
        {
            o.DefinitionsPath = ToolFixtures.TestDefinitions;
            configure(o);
        });
        if (inMemory)
        {
            builder.UseInMemoryStore();
        }

        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        return provider.GetRequiredService<IIdentifierHasher>().Hash("test:phone", "0912345678");
    }
}
