using System.Collections.Concurrent;
using ConsultEngine.Persistence.Storage;

namespace ConsultEngine.Persistence.Tools;

/// <summary>
/// A few open <see cref="StoreSession"/>s (connection + prepared statements) for the tool store's
/// reads and its writes outside the ingestion path. A session is used by one caller at a time.
/// </summary>
internal sealed class SessionPool(IStoreProvider provider, int maxIdle) : IAsyncDisposable
{
    private readonly ConcurrentStack<StoreSession> _idle = new();
    private int _idleCount;
    private volatile bool _disposed;

    public async ValueTask<StoreSession> RentAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_idle.TryPop(out var session))
        {
            Interlocked.Decrement(ref _idleCount);
            return session;
        }

        return await StoreSession.OpenAsync(provider, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask ReturnAsync(StoreSession session)
    {
        if (!_disposed && session.Connection.State == System.Data.ConnectionState.Open)
        {
            if (Interlocked.Increment(ref _idleCount) <= maxIdle)
            {
                _idle.Push(session);

                // A pool disposed meanwhile must not keep this connection open.
                if (_disposed && _idle.TryPop(out var late))
                {
                    await late.DisposeAsync().ConfigureAwait(false);
                }

                return;
            }

            Interlocked.Decrement(ref _idleCount);
        }

        await session.DisposeAsync().ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        while (_idle.TryPop(out var session))
        {
            await session.DisposeAsync().ConfigureAwait(false);
        }
    }
}
