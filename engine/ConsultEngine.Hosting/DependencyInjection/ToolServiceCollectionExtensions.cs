using System.Security.Cryptography;
using ConsultEngine.Abstractions;
using ConsultEngine.Persistence.Providers;
using ConsultEngine.Persistence.Tools;
using ConsultEngine.Persistence.Tools.PostgreSql;
using ConsultEngine.Hosting;
using ConsultEngine.Hosting.Tools;
using ConsultEngine.Rules;
using ConsultEngine.Runtime.Tools;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// The host side of consultation tools: where tool data is kept, the identifier hasher and its key,
/// the tools' script sandbox and <see cref="IToolSteps"/>. The tools themselves are registered as
/// <see cref="IConsultationTool"/> singletons (by the plugin loader, or directly).
/// </summary>
public static class ToolServiceCollectionExtensions
{
    /// <summary>Called by <c>AddConsultEngine</c>; every registration can be replaced through the builder.</summary>
    internal static IServiceCollection AddConsultTools(this IServiceCollection services)
    {
        // Tool data in the instance store's database (the SQLite file by default, or PostgreSQL), public
        // submissions through its group-commit writer (acknowledged only once committed).
        services.TryAddConsultStore<IToolDataStore>(OpenToolDataStoreAsync);
        services.TryAddSingleton<IIdentifierHasher>(provider => ConfiguredKey(provider.GetRequiredService<IOptions<ConsultEngineOptions>>().Value)
            ?? KeyedIdentifierHasher.LoadOrCreateKey(KeyPath(provider.GetRequiredService<IOptions<ConsultEngineOptions>>().Value)));
        // The same evaluator as the rule runner: one engine per thread, one set of limits.
        services.TryAddSingleton<IToolScripts>(provider => new SandboxToolScripts(provider.GetRequiredService<RuleEvaluator>()));
        services.TryAddSingleton<IToolSteps, ToolSteps>();
        // Moved by the tool steps after each change a cache of open steps must see (the portal's index of open public steps).
        services.TryAddSingleton<ToolStepChanges>();
        services.TryAddSingleton<IToolStepChanges>(provider => provider.GetRequiredService<ToolStepChanges>());
        return services;
    }

    /// <summary>The tool data store of the configured database: on PostgreSQL one vote per person is held by the database, across nodes.</summary>
    private static async Task<IToolDataStore> OpenToolDataStoreAsync(IServiceProvider provider, CancellationToken cancellationToken)
    {
        var database = ConsultEngineServiceCollectionExtensions.Database(provider);
        var clock = provider.GetRequiredService<TimeProvider>();
        return database.Provider == DatabaseProvider.PostgreSql
            ? await PostgreSqlToolDataStore.OpenAsync(database.ConnectionString!, new PostgreSqlToolDataStoreOptions { Clock = clock }, cancellationToken).ConfigureAwait(false)
            : await SqliteToolDataStore.OpenAsync(database.SqlitePath!, new SqliteToolDataStoreOptions { Clock = clock }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Keeps tool data (inputs and tool records) in the store the factory makes, such as the relational one.</summary>
    public static ConsultEngineBuilder UseToolDataStore(this ConsultEngineBuilder builder, Func<IServiceProvider, IToolDataStore> factory)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(factory);
        builder.Services.ReplaceWithFactory(factory);
        return builder;
    }

    /// <summary>Keeps tool data in the store <paramref name="open"/> opens when the engine initialises (a SQLite file with other settings, a relational store).</summary>
    public static ConsultEngineBuilder UseToolDataStore(this ConsultEngineBuilder builder, Func<IServiceProvider, CancellationToken, Task<IToolDataStore>> open)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(open);
        builder.Services.ReplaceConsultStore(open);
        return builder;
    }

    /// <summary>Hashes personal identifiers with the hasher the factory makes (the default reads the key file of the options).</summary>
    public static ConsultEngineBuilder UseIdentifierHasher(this ConsultEngineBuilder builder, Func<IServiceProvider, IIdentifierHasher> factory)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(factory);
        builder.Services.Replace(ServiceDescriptor.Singleton(factory));
        return builder;
    }

    /// <summary>
    /// With the in-memory instance store: tool data in memory too, and identifiers hashed under a
    /// random key that lives as long as the process, unless the options name a key file.
    /// </summary>
    internal static ConsultEngineBuilder UseInMemoryToolData(this ConsultEngineBuilder builder) => builder
        .UseToolDataStore(provider => new InMemoryToolDataStore(provider.GetRequiredService<TimeProvider>()))
        .UseIdentifierHasher(provider => ConfiguredKey(provider.GetRequiredService<IOptions<ConsultEngineOptions>>().Value)
            ?? (provider.GetRequiredService<IOptions<ConsultEngineOptions>>().Value.IdentifierKeyPath is { Length: > 0 } path
                ? KeyedIdentifierHasher.LoadOrCreateKey(path)
                : new KeyedIdentifierHasher(RandomNumberGenerator.GetBytes(KeyedIdentifierHasher.KeyLength))));

    /// <summary>The key file: the one the options name, else the database file's name with <c>.key</c> (<c>consult.db</c> → <c>consult.key</c>).</summary>
    internal static string KeyPath(ConsultEngineOptions options) =>
        options.IdentifierKeyPath is { Length: > 0 } path ? path : Path.ChangeExtension(Path.GetFullPath(options.DatabasePath), ".key");

    /// <summary>The key given in the options themselves (from configuration or a secret store), if any.</summary>
    internal static KeyedIdentifierHasher? ConfiguredKey(ConsultEngineOptions options) =>
        options.IdentifierHashKey is { Length: > 0 } key ? new KeyedIdentifierHasher(Convert.FromBase64String(key.Trim())) : null;
}
