using ConsultEngine.Hosting.Tests.Library;
using ConsultEngine.Persistence.Providers;
using ConsultEngine.Persistence.Sqlite;
using ConsultEngine.Runtime.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ConsultEngine.Hosting.Tests.Database;

/// <summary>
/// <c>ConsultEngine:Database:Provider</c> and <c>ConnectionString</c> choose where the stores live; a
/// choice the stores cannot follow stops the engine's start with a code before anything is opened.
/// </summary>
public sealed class DatabaseChoiceTests : IDisposable
{
    private readonly LibraryHost _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task NoProviderConfigured_TheStoresOpenTheSqliteFileOfDatabasePath()
    {
        using var host = Build();

        await host.StartAsync();

        Assert.IsType<SqliteInstanceStore>(host.Services.GetRequiredService<IInstanceStore>());
        Assert.True(File.Exists(_files.DatabasePath));
        await host.StopAsync();
    }

    [Fact]
    public async Task AnUnknownProvider_IsRefusedAtStartWithCE8320()
    {
        using var host = Build(("ConsultEngine:Database:Provider", "Oracle"));

        var error = await Assert.ThrowsAsync<DatabaseException>(() => host.StartAsync());

        Assert.Equal(DatabaseCodes.UnknownProvider, error.Code);
    }

    [Fact]
    public async Task PostgreSqlWithoutAConnectionString_IsRefusedAtStartWithCE8321()
    {
        using var host = Build(("ConsultEngine:Database:Provider", "PostgreSql"));

        var error = await Assert.ThrowsAsync<DatabaseException>(() => host.StartAsync());

        Assert.Equal(DatabaseCodes.ConnectionStringMissing, error.Code);
    }

    [Fact]
    public async Task PostgreSql_WithAStoreNotOnIt_IsRefusedAtStartWithCE8322_NamingOnlyThatStore_AndOpensNothing()
    {
        // Every engine store runs on PostgreSQL; a store added beside them (a plugin's, say) that does not
        // is named. Port 1 on the loopback: nothing listens, and nothing may be tried before the refusal.
        using var host = Build(
            services => services.TryAddConsultStore<IUnportedStore>((_, _) => Task.FromResult<IUnportedStore>(new UnportedStore())),
            ("ConsultEngine:Database:Provider", "PostgreSql"), ("ConsultEngine:Database:ConnectionString", "Host=127.0.0.1;Port=1;Database=consult;Username=consult"));

        var error = await Assert.ThrowsAsync<DatabaseException>(() => host.StartAsync());

        Assert.Equal(DatabaseCodes.StoresNotOnProvider, error.Code);
        Assert.Equal([nameof(IUnportedStore)], error.Stores);
        Assert.False(File.Exists(_files.DatabasePath));
    }

    [Fact]
    public async Task AConnectionStringWithSqlite_IsRefusedAtStartWithCE8324()
    {
        using var host = Build(("ConsultEngine:Database:ConnectionString", "Data Source=other.db"));

        var error = await Assert.ThrowsAsync<DatabaseException>(() => host.StartAsync());

        Assert.Equal(DatabaseCodes.ConnectionStringWithSqlite, error.Code);
    }

    [Theory]
    [InlineData("sqlite", DatabaseProvider.Sqlite)]
    [InlineData("", DatabaseProvider.Sqlite)]
    [InlineData("PostgreSql", DatabaseProvider.PostgreSql)]
    [InlineData("postgres", DatabaseProvider.PostgreSql)]
    public void ParseProvider_KnownNames_IgnoringCase(string name, DatabaseProvider expected)
    {
        Assert.Equal(expected, DatabaseSelection.ParseProvider(name));
    }

    [Fact]
    public void Resolve_AMalformedConnectionString_IsRefusedWithCE8323()
    {
        var error = Assert.Throws<DatabaseException>(() => DatabaseSelection.Resolve("PostgreSql", "Host=127.0.0.1;=oops", "consult.db"));

        Assert.Equal(DatabaseCodes.ConnectionStringMalformed, error.Code);
    }

    [Fact]
    public void Where_PostgreSql_NamesHostPortAndDatabase_NeverThePassword()
    {
        var selection = DatabaseSelection.Resolve("PostgreSql", "Host=db.example;Port=5433;Database=consult;Username=consult;Password=secret", "consult.db");

        Assert.Equal("db.example:5433/consult", selection.Where);
    }

    private IHost Build(params (string Key, string Value)[] settings) => Build(_ => { }, settings);

    private IHost Build(Action<IServiceCollection> more, params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)));
        builder.Services.AddLogging();
        builder.Services.AddConsultEngine(options =>
        {
            options.DefinitionsPath = _files.DefinitionsFolder;
            options.DatabasePath = _files.DatabasePath;
            options.RunBackgroundServices = false;
        });
        more(builder.Services);
        builder.ConfigureContainer(new DefaultServiceProviderFactory(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }));
        return builder.Build();
    }

    /// <summary>A store of some plugin's that has no PostgreSQL implementation.</summary>
    internal interface IUnportedStore;

    private sealed class UnportedStore : IUnportedStore;
}
