using ConsultEngine.Hosting.Startup;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Stores opened asynchronously when the engine initialises (by the host's start, or by
/// <see cref="InitializeConsultEngineAsync"/>), never inside a container factory.
/// </summary>
public static class EngineStorageServiceCollectionExtensions
{
    /// <summary>
    /// Opens the stores and seeds the definitions of a provider that no host starts (a command, a test,
    /// a tool). Idempotent: a started host has done it already. Until it has run, resolving a store or
    /// anything built on one is refused with CE8120.
    /// </summary>
    public static Task InitializeConsultEngineAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.GetRequiredService<EngineInitialization>().InitializeAsync(services, cancellationToken);
    }

    /// <summary>
    /// Registers <typeparamref name="TStore"/> as a store the engine opens with <paramref name="open"/> when
    /// it initialises, unless the host registered <typeparamref name="TStore"/> already.
    /// </summary>
    public static IServiceCollection TryAddConsultStore<TStore>(this IServiceCollection services, Func<IServiceProvider, CancellationToken, Task<TStore>> open)
        where TStore : class
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(open);
        return services.Any(d => d.ServiceType == typeof(TStore)) ? services : services.ReplaceConsultStore(open);
    }

    /// <summary>Registers <typeparamref name="TStore"/> as opened by <paramref name="open"/> when the engine initialises, in place of any other registration of it.</summary>
    internal static IServiceCollection ReplaceConsultStore<TStore>(this IServiceCollection services, Func<IServiceProvider, CancellationToken, Task<TStore>> open)
        where TStore : class
    {
        services.AddEngineStartup();
        RemoveSlot(services, typeof(TStore));
        services.AddSingleton(new StorageSlot(typeof(TStore), async (provider, cancellationToken) => await open(provider, cancellationToken).ConfigureAwait(false)));
        services.Replace(ServiceDescriptor.Singleton(provider => provider.GetRequiredService<EngineStorage>().Take<TStore>()));
        return services;
    }

    /// <summary>Registers <typeparamref name="TStore"/> as made by a synchronous factory (a store in memory, or one the host opened itself): nothing is opened for it at initialisation.</summary>
    internal static IServiceCollection ReplaceWithFactory<TStore>(this IServiceCollection services, Func<IServiceProvider, TStore> factory)
        where TStore : class
    {
        RemoveSlot(services, typeof(TStore));
        services.Replace(ServiceDescriptor.Singleton(factory));
        return services;
    }

    /// <summary>The storage holder, its initialisation and the hosted initializer, which goes ahead of every hosted service registered so far.</summary>
    internal static IServiceCollection AddEngineStartup(this IServiceCollection services)
    {
        services.TryAddSingleton<EngineStorage>();
        services.TryAddSingleton<EngineInitialization>();
        services.TryAddSingleton(typeof(Deferred<>));
        if (!services.Any(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(EngineInitializer)))
        {
            services.Insert(0, ServiceDescriptor.Singleton<IHostedService, EngineInitializer>());
        }

        return services;
    }

    private static void RemoveSlot(IServiceCollection services, Type storeType)
    {
        foreach (var slot in services.Where(d => d.ServiceType == typeof(StorageSlot) && d.ImplementationInstance is StorageSlot s && s.StoreType == storeType).ToList())
        {
            services.Remove(slot);
        }
    }
}
