using System.Data.Common;
using ConsultEngine.Abstractions;
using ConsultEngine.Persistence.Providers;
using ConsultEngine.Persistence.Sqlite;
using ConsultEngine.Persistence.Storage;
using ConsultEngine.Runtime.Tools;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ConsultEngine.Persistence.Tools;

/// <summary>
/// What tools collect, on the SQLite file of the instance store: inputs of the shared model and
/// each tool's records. Inputs arrive through one group-commit writer per store (appends wait in a
/// bounded queue; a batch of them commits in one transaction; each caller's task completes only
/// after its input committed). Reads, coding and tool records use a few pooled connections.
/// Open it with <see cref="OpenAsync"/>; dispose it to flush the queue and close the file.
/// </summary>
public sealed class SqliteToolDataStore : IToolDataStore, IWriterHealth, IAsyncDisposable, IRelationalToolStore
{
    private readonly SqliteStoreProvider _provider;
    private readonly SessionPool _sessions;
    private ToolStatements? _statements;
    private InputWriter? _writer;
    private Aggregates.AggregateFolder? _folder;
    private int _disposed;

    private SqliteToolDataStore(string databasePath, SqliteToolDataStoreOptions options)
    {
        DatabasePath = databasePath;
        Options = options;
        _provider = new SqliteStoreProvider(databasePath, new SqliteStoreOptions { BusyTimeout = options.BusyTimeout, MaxIdleConnections = options.MaxIdleConnections, PageLimit = options.PageLimit });
        _sessions = new SessionPool(_provider, options.MaxIdleConnections);
    }

    public string DatabasePath { get; }

    internal SqliteToolDataStoreOptions Options { get; }

    internal ToolStatements Statements => _statements ?? throw new InvalidOperationException("The store is not initialised; open it through its factory.");

    /// <summary>The ingestion writer's state (not ready before the store is opened).</summary>
    public WriterHealth Check() => _writer?.Health() ?? new WriterHealth(false, Runtime.Reliability.ReliabilityCodes.IngestionUnavailable, 0, Options.QueueCapacity, default, null);

    internal InputWriter Writer => _writer ?? throw new InvalidOperationException("The store is not initialised; open it through its factory.");

    /// <summary>
    /// Opens (creating if needed) the database at <paramref name="databasePath"/>, migrates it to the
    /// current schema and starts the ingestion writer. Pass the <see cref="SqliteInstanceStore.DatabasePath"/>
    /// of the instance store to keep everything of a province in one file.
    /// </summary>
    public static async Task<SqliteToolDataStore> OpenAsync(string databasePath, SqliteToolDataStoreOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        options ??= new SqliteToolDataStoreOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxBatchSize, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.QueueCapacity, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxIdleConnections, nameof(options));
        ArgumentNullException.ThrowIfNull(options.Clock, nameof(options));

        var store = new SqliteToolDataStore(Path.GetFullPath(databasePath), options);
        try
        {
            await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
            return store;
        }
        catch
        {
            await store.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public IToolInputs Inputs(Guid instanceId, string stepId)
    {
        ArgumentException.ThrowIfNullOrEmpty(stepId);
        ObjectDisposedException.ThrowIf(_disposed != 0, this);
        return new RelationalToolInputs(this, instanceId, stepId);
    }

    public IToolRecords Records(Guid instanceId, string stepId)
    {
        ArgumentException.ThrowIfNullOrEmpty(stepId);
        ObjectDisposedException.ThrowIf(_disposed != 0, this);
        return new RelationalToolRecords(this, instanceId, stepId);
    }

    /// <summary>Writes every input still queued, then closes the file's connections.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        if (_writer is { } writer)
        {
            await writer.DisposeAsync().ConfigureAwait(false);
        }

        // After the writer's last batch; what the folder has not reached is folded by the next start or analysis.
        if (_folder is { } folder)
        {
            await folder.DisposeAsync().ConfigureAwait(false);
        }

        await _sessions.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Runs <paramref name="read"/> on a pooled session, outside any transaction.</summary>
    internal async ValueTask<T> ReadAsync<T>(Func<StoreSession, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        var session = await _sessions.RentAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await read(session, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await _sessions.ReturnAsync(session).ConfigureAwait(false);
        }
    }

    /// <summary>Runs <paramref name="write"/> in a write transaction (<c>BEGIN IMMEDIATE</c>) and commits unless it throws.</summary>
    internal async ValueTask<T> WriteAsync<T>(Func<StoreSession, DbTransaction, CancellationToken, Task<T>> write, CancellationToken cancellationToken)
    {
        var session = await _sessions.RentAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var transaction = await _provider.BeginWriteAsync(session.Connection, cancellationToken).ConfigureAwait(false);
            var result = await write(session, transaction, cancellationToken).ConfigureAwait(false);

            // Not cancellable: once the rows are written, the outcome must not be left in doubt.
            await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
            return result;
        }
        finally
        {
            await _sessions.ReturnAsync(session).ConfigureAwait(false);
        }
    }

    ToolStatements IRelationalToolStore.Statements => Statements;

    TimeProvider IRelationalToolStore.Clock => Options.Clock;

    bool IRelationalToolStore.KeepsAggregateCells => true;

    ValueTask<T> IRelationalToolStore.ReadAsync<T>(Func<StoreSession, CancellationToken, Task<T>> read, CancellationToken cancellationToken) => ReadAsync(read, cancellationToken);

    ValueTask<T> IRelationalToolStore.WriteAsync<T>(Func<StoreSession, DbTransaction, CancellationToken, Task<T>> write, CancellationToken cancellationToken) => WriteAsync(write, cancellationToken);

    async ValueTask<AppendResult> IRelationalToolStore.AppendAsync(ToolInputRow row, UniqueKeyConflict onConflict, InputCompanions? companions, CancellationToken cancellationToken)
    {
        try
        {
            return await Writer.AppendAsync(row, onConflict, companions, cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException e) when (e.SqliteExtendedErrorCode == SQLitePCL.raw.SQLITE_CONSTRAINT_UNIQUE)
        {
            // A taken unique key is decided by the writer before it inserts: the only unique constraint is the id's.
            throw new ArgumentException($"An input with id {row.Id} is stored already.", e);
        }
    }

    ValueTask<InputTally> IRelationalToolStore.TallyAsync(Guid instanceId, string stepId, IReadOnlyList<QuestionSpec> questions, CancellationToken cancellationToken) =>
        Aggregates.StepTally.ReadAsync(this, instanceId, stepId, questions, cancellationToken);

    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        var session = await _sessions.RentAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _provider.PrepareDatabaseAsync(session.Connection, cancellationToken).ConfigureAwait(false);
            await session.Context.Database.MigrateWhenPendingAsync(cancellationToken).ConfigureAwait(false);
            _statements = new ToolStatements(session.Context);
        }
        finally
        {
            await _sessions.ReturnAsync(session).ConfigureAwait(false);
        }

        _writer = new InputWriter(_provider, _statements, Options);
        if (Options.FoldAggregates)
        {
            var writer = _writer;
            _folder = new Aggregates.AggregateFolder(this, () => writer.Commits);
        }
    }

    /// <summary>The background folder of the aggregate cells, when it runs.</summary>
    internal Aggregates.AggregateFolder? Folder => _folder;
}
