using System.Collections.Concurrent;
using ConsultEngine.Persistence.Model;
using ConsultEngine.Persistence.Providers;
using ConsultEngine.Runtime;
using ConsultEngine.Runtime.Journal;
using ConsultEngine.Runtime.State;
using ConsultEngine.Runtime.Storage;
using Microsoft.EntityFrameworkCore;

namespace ConsultEngine.Persistence.Storage;

/// <summary>
/// An <see cref="IInstanceStore"/> on a relational database through EF Core. Reads are compiled
/// no-tracking queries; a commit is one write transaction that takes the write lock up front,
/// changes the instance row only if its revision is the one the advance read, and then writes
/// every other row of the change set with prepared statements. Concurrent commits of one store
/// share a transaction (see <c>RelationalInstanceStore.Commit.cs</c>). The provider-specific parts live
/// behind a small internal seam; each provider is a sealed subclass with a factory that migrates.
/// </summary>
public abstract partial class RelationalInstanceStore : IInstanceStore, IAsyncDisposable
{
    private readonly IStoreProvider _provider;
    private readonly int _maxIdleSessions;
    // Last in, first out: the session used last has the warmest page cache and prepared statements.
    private readonly ConcurrentStack<StoreSession> _idle = new();
    private int _idleCount;
    private readonly StoreQueries _queries = new();
    private StoreTables? _tables;
    private HotReads? _reads;
    private System.Data.Common.DbConnection? _parameterConnection;
    private System.Data.Common.DbCommand? _parameterFactory;
    private volatile bool _disposed;

    private protected RelationalInstanceStore(IStoreProvider provider, int maxIdleSessions, bool groupCommit = true, string? nodeId = null)
    {
        NodeId = string.IsNullOrWhiteSpace(nodeId) ? DefaultNodeId() : nodeId;
        _provider = provider;
        _maxIdleSessions = maxIdleSessions;
        _groupCommit = groupCommit;
    }

    private StoreTables Tables => _tables ?? throw new InvalidOperationException("The store is not initialised; open it through its factory.");

    private HotReads Reads => _reads ?? throw new InvalidOperationException("The store is not initialised; open it through its factory.");

    /// <summary>A command never executed, on a connection never opened: it only creates the parameters of change sets prepared outside the write lock.</summary>
    private System.Data.Common.DbCommand ParameterFactory => _parameterFactory ?? throw new InvalidOperationException("The store is not initialised; open it through its factory.");

    public async Task<InstanceRecord?> FindInstanceAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        var session = await RentAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return (await Reads.InstanceAsync(session, instanceId, cancellationToken).ConfigureAwait(false))?.ToRecord();
        }
        finally
        {
            Return(session);
        }
    }

    public async Task<long?> FindRevisionAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        var session = await RentAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await Reads.RevisionAsync(session, instanceId, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Return(session);
        }
    }

    public async Task<IReadOnlyDictionary<string, StepState>> LoadStepsAsync(Guid instanceId, IReadOnlyCollection<string> stepIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stepIds);
        var result = new Dictionary<string, StepState>(StringComparer.Ordinal);
        if (stepIds.Count == 0)
        {
            return result;
        }

        var session = await RentAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            foreach (var row in await Reads.StepsAsync(session, instanceId, stepIds, cancellationToken).ConfigureAwait(false))
            {
                result[row.StepId] = row.ToRecord();
            }

            return result;
        }
        finally
        {
            Return(session);
        }
    }

    public Task<IReadOnlyList<StepState>> LoadAllStepsAsync(Guid instanceId, CancellationToken cancellationToken = default) =>
        ReadAsync(db => _queries.AllSteps(db, instanceId), RowMapping.ToRecord, cancellationToken);

    public async Task<IReadOnlyList<TimerRecord>> LoadTimersAsync(Guid instanceId, string stepId, CancellationToken cancellationToken = default)
    {
        var session = await RentAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return [.. (await Reads.StepTimersAsync(session, instanceId, stepId, cancellationToken).ConfigureAwait(false)).Select(RowMapping.ToRecord)];
        }
        finally
        {
            Return(session);
        }
    }

    public async Task<IReadOnlyList<InstanceRecord>> ListInstancesAsync(CancellationToken cancellationToken = default)
    {
        var session = await RentAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var rows = await session.Context.Instances.AsNoTracking().OrderBy(i => i.CreatedAt).ThenBy(i => i.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
            return [.. rows.Select(RowMapping.ToRecord)];
        }
        finally
        {
            Return(session);
        }
    }

    public Task<IReadOnlyList<JournalEntry>> ReadJournalAsync(Guid instanceId, CancellationToken cancellationToken = default) =>
        ReadAsync(db => _queries.Journal(db, instanceId), RowMapping.ToRecord, cancellationToken);

    public async Task<IReadOnlyList<Bookmark>> ListBookmarksAsync(Guid? instanceId = null, CancellationToken cancellationToken = default)
    {
        if (instanceId is { } id)
        {
            return await ReadAsync(db => _queries.InstanceBookmarks(db, id), RowMapping.ToRecord, cancellationToken).ConfigureAwait(false);
        }

        var session = await RentAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var rows = await session.Context.Bookmarks.AsNoTracking().OrderBy(b => b.CreatedAt).ThenBy(b => b.InstanceId).ThenBy(b => b.StepId).ToListAsync(cancellationToken).ConfigureAwait(false);
            return [.. rows.Select(RowMapping.ToRecord)];
        }
        finally
        {
            Return(session);
        }
    }

    public async Task<IReadOnlyList<Incident>> ListIncidentsAsync(Guid? instanceId = null, CancellationToken cancellationToken = default)
    {
        if (instanceId is { } id)
        {
            return await ReadAsync(db => _queries.InstanceIncidents(db, id), RowMapping.ToRecord, cancellationToken).ConfigureAwait(false);
        }

        var session = await RentAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var rows = await session.Context.Incidents.AsNoTracking().OrderBy(i => i.At).ThenBy(i => i.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
            return [.. rows.Select(RowMapping.ToRecord)];
        }
        finally
        {
            Return(session);
        }
    }

    public Task<IReadOnlyList<TimerRecord>> FindDueTimersAsync(DateTimeOffset now, int max, CancellationToken cancellationToken = default) =>
        ReadAsync(db => _queries.DueTimers(db, now, max), RowMapping.ToRecord, cancellationToken);

    public Task<IReadOnlyList<OutboxMessage>> FindUndispatchedAsync(int max, CancellationToken cancellationToken = default) =>
        ReadAsync(db => _queries.Undispatched(db, max), RowMapping.ToRecord, cancellationToken);

    public async Task MarkDispatchedAsync(Guid messageId, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var session = await RentAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var transaction = await _provider.BeginWriteAsync(session.Connection, cancellationToken).ConfigureAwait(false);
            var command = session.Command(Tables.MarkDispatched, transaction);
            Tables.Outbox.BindExtra(command, StoreTables.AtParameter, nameof(OutboxRow.DispatchedAt), at);
            Tables.Outbox.BindExtra(command, StoreTables.IdParameter, nameof(OutboxRow.Id), messageId);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            Return(session);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        await DisposeProviderPartsAsync().ConfigureAwait(false);
        while (_idle.TryPop(out var session))
        {
            await session.DisposeAsync().ConfigureAwait(false);
        }

        if (_parameterFactory is not null)
        {
            await _parameterFactory.DisposeAsync().ConfigureAwait(false);
        }

        if (_parameterConnection is not null)
        {
            await _parameterConnection.DisposeAsync().ConfigureAwait(false);
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>Prepares the database and brings its schema to the provider's latest migration.</summary>
    /// <summary>Stops what a provider's store runs beside its connections, before they close.</summary>
    private protected virtual ValueTask DisposeProviderPartsAsync() => ValueTask.CompletedTask;

    private protected async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var session = await RentAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _provider.PrepareDatabaseAsync(session.Connection, cancellationToken).ConfigureAwait(false);
            await session.Context.Database.MigrateWhenPendingAsync(cancellationToken).ConfigureAwait(false);
            _provider.SchemaChanged(session.Connection);
            _tables = new StoreTables(session.Context);
            _reads = new HotReads(_tables);
            _parameterConnection = _provider.CreateConnection();
            _parameterFactory = _parameterConnection.CreateCommand();
        }
        finally
        {
            Return(session);
        }
    }

    private async Task<IReadOnlyList<TRecord>> ReadAsync<TRow, TRecord>(Func<ConsultDbContext, IAsyncEnumerable<TRow>> query, Func<TRow, TRecord> map, CancellationToken cancellationToken)
    {
        var session = await RentAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var result = new List<TRecord>();
            await foreach (var row in query(session.Context).WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                result.Add(map(row));
            }

            return result;
        }
        finally
        {
            Return(session);
        }
    }

    private async ValueTask<StoreSession> RentAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_idle.TryPop(out var session))
        {
            Interlocked.Decrement(ref _idleCount);
            return session;
        }

        return await StoreSession.OpenAsync(_provider, cancellationToken).ConfigureAwait(false);
    }

    private void Return(StoreSession session)
    {
        if (!_disposed && session.Connection.State == System.Data.ConnectionState.Open)
        {
            if (Interlocked.Increment(ref _idleCount) <= _maxIdleSessions)
            {
                _idle.Push(session);

                // A store disposed meanwhile must not keep this connection open.
                if (_disposed && _idle.TryPop(out var late))
                {
                    late.DisposeAsync().AsTask().GetAwaiter().GetResult();
                }

                return;
            }

            Interlocked.Decrement(ref _idleCount);
        }

        // Disposal of a SQLite connection completes synchronously.
        session.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
