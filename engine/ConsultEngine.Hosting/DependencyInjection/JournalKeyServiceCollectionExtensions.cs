using ConsultEngine.Hosting;
using ConsultEngine.Runtime.Journal;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>The installation key the engine seals its journal with (see <see cref="JournalKey"/>).</summary>
public static class JournalKeyServiceCollectionExtensions
{
    /// <summary>The key from <c>ConsultEngine:JournalKey</c>, else from its key file (created once beside the database).</summary>
    internal static IServiceCollection AddJournalKey(this IServiceCollection services)
    {
        services.TryAddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<ConsultEngineOptions>>().Value;
            var key = Resolve(options, create: true)!;

            // From now on this installation seals its journals: an audit takes an unkeyed entry written
            // since then for a rewrite (see JournalKeyedMarker).
            JournalKeyedMarker.EnsureWritten(JournalKeyedMarker.PathFor(options.DatabasePath), (provider.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow());
            return key;
        });
        return services;
    }

    /// <summary>With the in-memory store: a random key for the life of the process, unless the options name one.</summary>
    internal static ConsultEngineBuilder UseInMemoryJournalKey(this ConsultEngineBuilder builder)
    {
        builder.Services.Replace(ServiceDescriptor.Singleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<ConsultEngineOptions>>().Value;
            return options.JournalKey is { Length: > 0 } || options.JournalKeyPath is { Length: > 0 } ? Resolve(options, create: true)! : JournalKey.Random();
        }));
        return builder;
    }

    /// <summary>Seals the journal with this key (tests, hosts that keep the key elsewhere).</summary>
    public static ConsultEngineBuilder UseJournalKey(this ConsultEngineBuilder builder, JournalKey key)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(key);
        builder.Services.Replace(ServiceDescriptor.Singleton(key));
        return builder;
    }

    /// <summary>The key file of the options: the one they name, else the database file's name with <c>.journal.key</c>.</summary>
    public static string KeyPath(ConsultEngineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.JournalKeyPath is { Length: > 0 } path ? path : Path.ChangeExtension(Path.GetFullPath(options.DatabasePath), ".journal.key");
    }

    /// <summary>
    /// The options' key: configured text first, then the key file; <paramref name="create"/> makes the
    /// file when missing (the engine), otherwise <c>null</c> (an audit never invents a key).
    /// </summary>
    public static JournalKey? Resolve(ConsultEngineOptions options, bool create)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.JournalKey is { Length: > 0 } text)
        {
            return JournalKey.FromBase64(text);
        }

        var path = KeyPath(options);
        return create ? JournalKey.LoadOrCreate(path) : JournalKey.LoadExisting(path);
    }
}
