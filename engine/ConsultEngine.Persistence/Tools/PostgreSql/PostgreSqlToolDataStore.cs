using System.Data.Common;
using ConsultEngine.Abstractions;
using ConsultEngine.Persistence.PostgreSql;
using ConsultEngine.Persistence.Providers;
using ConsultEngine.Persistence.Storage;
using ConsultEngine.Runtime.Tools;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ConsultEngine.Persistence.Tools.PostgreSql;

/// <summary>
/// What tools collect, on the PostgreSQL database of the instance store: inputs of the shared model and
/// each tool's records, for one node or several on one database. Inputs arrive through this store's
/// group-commit writer (<see cref="PostgreSqlInputWriter"/>: each caller's task completes only after its
/// input committed); one vote per person is held by the database's unique index, so it holds across
/// nodes and processes. Reads, coding and tool records use a few pooled connections. Open it with
/// <see cref="OpenAsync"/> (it migrates the database); dispose it to flush the queue and close its connections.
/// </summary>
public sealed class PostgreSqlToolDataStore : IToolDataStore, IWriterHealth, IAsyncDisposable, IRelationalToolStore
{
    private const string UniqueViolation = "23505";
    private const string IdIndex = "ix_tool_inputs_id";

    private readonly string _connectionString;
    private readonly PostgreSqlStoreProvider _provider;
    private readonly SessionPool _sessions;
    private ToolStatements? _statements;
    private PostgreSqlInputWriter? _writer;
    private int _disposed;

    private PostgreSqlToolDataStore(string connectionString, PostgreSqlToolDataStoreOptions options)
    {
        _connectionString = connectionString;
        Options = options;
        _provider = new PostgreSqlStoreProvider(connectionString);
        _sessions = new SessionPool(_provider, options.MaxIdleConnections);
    }

    internal PostgreSqlToolDataStoreOptions Options { get; }

    /// <summary>Transactions the writer committed so far (each holds one batch).</summary>
    internal long Commits => _writer?.Commits ?? 0;

    private ToolStatements Statements => _statements ?? throw new InvalidOperationException("The store is not initialised; open it through its factory.");

    private PostgreSqlInputWriter Writer => _writer ?? throw new InvalidOperationException("The store is not initialised; open it through its factory.");

    ToolStatements IRelationalToolStore.Statements => Statements;

    TimeProvider IRelationalToolStore.Clock => Options.Clock;

    // The step tally folds the step's inputs on each call (PostgreSqlStepTally): there are no cells to correct.
    bool IRelationalToolStore.KeepsAggregateCells => false;

    /// <summary>The ingestion writer's state (not ready before the store is opened).</summary>
    public WriterHealth Check() => _writer?.Health() ?? new WriterHealth(false, Runtime.Reliability.ReliabilityCodes.IngestionUnavailable, 0, Options.QueueCapacity, default, null);

    /// <summary>Opens the database <paramref name="connectionString"/> names (it must exist), migrates it to the current schema and starts the ingestion writer.</summary>
    public static async Task<PostgreSqlToolDataStore> OpenAsync(string connectionString, PostgreSqlToolDataStoreOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        options ??= new PostgreSqlToolDataStoreOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxBatchSize, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.QueueCapacity, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxIdleConnections, nameof(options));
        ArgumentNullException.ThrowIfNull(options.Clock, nameof(options));

        var store = new PostgreSqlToolDataStore(connectionString, options);
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

    /// <summary>Writes every input still queued, then closes the store's connections.</summary>
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

        await _sessions.DisposeAsync().ConfigureAwait(false);
    }

    async ValueTask<T> IRelationalToolStore.ReadAsync<T>(Func<StoreSession, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
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

    async ValueTask<T> IRelationalToolStore.WriteAsync<T>(Func<StoreSession, DbTransaction, CancellationToken, Task<T>> write, CancellationToken cancellationToken)
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
        catch (PostgresException e) when (e is { SqlState: UniqueViolation, ConstraintName: PostgreSqlToolSql.KeyIndex })
        {
            // A withdrawn input given back its key while another node's append took it: the database's index refused.
            throw new ToolException(ToolCodes.AlreadySubmitted, "Another input of the step holds the unique key.", innerException: e);
        }
        finally
        {
            await _sessions.ReturnAsync(session).ConfigureAwait(false);
        }
    }

    async ValueTask<AppendResult> IRelationalToolStore.AppendAsync(ToolInputRow row, UniqueKeyConflict onConflict, InputCompanions? companions, CancellationToken cancellationToken)
    {
        try
        {
            return await Writer.AppendAsync(row, onConflict, companions, cancellationToken).ConfigureAwait(false);
        }
        catch (PostgresException e) when (e is { SqlState: UniqueViolation, ConstraintName: IdIndex })
        {
            // A taken unique key is not an error (ON CONFLICT); the other unique index of the inputs is the id's.
            throw new ArgumentException($"An input with id {row.Id} is stored already.", e);
        }
    }

    ValueTask<InputTally> IRelationalToolStore.TallyAsync(Guid instanceId, string stepId, IReadOnlyList<QuestionSpec> questions, CancellationToken cancellationToken) =>
        PostgreSqlStepTally.ReadAsync(this, instanceId, stepId, questions, cancellationToken);

    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        PostgreSqlToolSql sql;
        var session = await _sessions.RentAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await session.Context.Database.MigrateWhenPendingAsync(cancellationToken).ConfigureAwait(false);
            _statements = new ToolStatements(session.Context);
            sql = new PostgreSqlToolSql(session.Context);
        }
        finally
        {
            await _sessions.ReturnAsync(session).ConfigureAwait(false);
        }

        _writer = new PostgreSqlInputWriter(_connectionString, sql, Options, _provider.IsStorageFull);
    }
}
