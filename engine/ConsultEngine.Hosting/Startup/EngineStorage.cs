using ConsultEngine.Persistence.Providers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ConsultEngine.Hosting.Startup;

/// <summary>
/// The engine's stores, opened once and asynchronously by <see cref="EngineInitialization"/>, and handed
/// to the container's factories afterwards. Container factories are synchronous; opening a SQLite file
/// (and migrating it) is not, so the factories only read what was opened here and refuse with CE8120
/// when asked too early. A store handed out belongs to the container (which disposes it); one never
/// asked for is disposed here.
/// </summary>
internal sealed class EngineStorage(IEnumerable<StorageSlot> slots) : IAsyncDisposable
{
    private readonly Dictionary<Type, object> _opened = [];
    private readonly HashSet<Type> _handedOut = [];
    private readonly Lock _lock = new();
    private bool _isOpen;

    public bool IsOpen
    {
        get
        {
            lock (_lock)
            {
                return _isOpen;
            }
        }
    }

    /// <summary>Opens every slot's store in registration order (they share one SQLite file: one migration at a time).</summary>
    public async Task OpenAsync(IServiceProvider provider, CancellationToken cancellationToken)
    {
        // A provider that cannot hold every store refuses the start (CE8320–CE8324) before anything opens.
        if (provider.GetService<IOptions<ConsultEngineOptions>>() is not null)
        {
            DatabaseStores.Refuse(ConsultEngineServiceCollectionExtensions.Database(provider), slots.Select(s => s.StoreType));
        }

        foreach (var slot in slots.GroupBy(s => s.StoreType).Select(g => g.Last()))
        {
            bool opened;
            lock (_lock)
            {
                opened = _opened.ContainsKey(slot.StoreType);
            }

            if (!opened)
            {
                var store = await slot.Open(provider, cancellationToken).ConfigureAwait(false);
                lock (_lock)
                {
                    _opened[slot.StoreType] = store;
                }
            }
        }

        lock (_lock)
        {
            _isOpen = true;
        }
    }

    /// <summary>The opened store of type <typeparamref name="T"/>; from now on the container owns it.</summary>
    public T Take<T>()
        where T : class
    {
        lock (_lock)
        {
            if (!_isOpen || !_opened.TryGetValue(typeof(T), out var store))
            {
                throw EngineStartupException.NotInitialized(typeof(T).Name);
            }

            _handedOut.Add(typeof(T));
            return (T)store;
        }
    }

    public async ValueTask DisposeAsync()
    {
        List<object> unclaimed;
        lock (_lock)
        {
            unclaimed = [.. _opened.Where(p => !_handedOut.Contains(p.Key)).Select(p => p.Value)];
            _opened.Clear();
        }

        foreach (var store in unclaimed)
        {
            if (store is IAsyncDisposable asyncDisposable)
            {
                await asyncDisposable.DisposeAsync().ConfigureAwait(false);
            }
            else if (store is IDisposable disposable)
            {
                disposable.Dispose();
            }
        }
    }
}
