using System.Data.Common;
using System.Threading.Channels;
using ConsultEngine.Abstractions;
using ConsultEngine.Persistence.Storage;
using Microsoft.Data.Sqlite;

namespace ConsultEngine.Persistence.Tools;

/// <summary>
/// The durable ingestion path: the one writer of inputs for a database (group commit). Callers
/// queue their input in a bounded channel and await it; the writer takes whatever is queued, up
/// to <see cref="SqliteToolDataStoreOptions.MaxBatchSize"/>, into one <c>BEGIN IMMEDIATE</c>
/// transaction of prepared statements, commits, and only then completes each caller's task. One
/// input's failure (a repeated id, a taken unique key) is that input's outcome alone: SQLite undoes
/// the failed statement and the transaction goes on. A failure of the transaction itself (BEGIN
/// timing out on another process's lock, the disk, COMMIT) fails every input of the batch, none of
/// which was stored. Disposing completes the queue and waits until everything queued is written.
/// </summary>
internal sealed class InputWriter : IAsyncDisposable
{
    private const string Savepoint = "replace_input";
    private const int WriterCacheKibibytes = 64 * 1024;
    private const int WriterCheckpointPages = 10_000;

    private readonly IStoreProvider _provider;
    private readonly ToolStatements _statements;
    private readonly SqliteToolDataStoreOptions _options;
    private readonly Channel<PendingInput> _queue;
    private readonly Task _loop;
    private readonly int _recordedAtSlot;
    private Connection? _connection;
    private long _commits;

    public InputWriter(IStoreProvider provider, ToolStatements statements, SqliteToolDataStoreOptions options)
    {
        _provider = provider;
        _statements = statements;
        _options = options;
        _recordedAtSlot = statements.InsertInput.SlotOf(nameof(ToolInputRow.RecordedAt));
        _queue = Channel.CreateBounded<PendingInput>(new BoundedChannelOptions(options.QueueCapacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Transactions committed so far (each holds one batch).</summary>
    public long Commits => Interlocked.Read(ref _commits);

    /// <summary>Queues the input and completes once the transaction holding it committed.</summary>
    public async ValueTask<AppendResult> AppendAsync(ToolInputRow row, UniqueKeyConflict onConflict, CancellationToken cancellationToken)
    {
        // The caller's thread converts the row; the writer only binds.
        var pending = new PendingInput(row, _statements.InsertInput.Values(row), onConflict, cancellationToken);
        try
        {
            await _queue.Writer.WriteAsync(pending, cancellationToken).ConfigureAwait(false);
        }
        catch (ChannelClosedException)
        {
            throw new ObjectDisposedException(nameof(SqliteToolDataStore));
        }

        // Once queued, the outcome is awaited whatever the token says: an input the writer already
        // took may be committed, and its caller must not be told otherwise.
        return await pending.Task.ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
        _connection?.Dispose();
        _connection = null;
    }

    private async Task RunAsync()
    {
        var batch = new List<PendingInput>(Math.Min(_options.MaxBatchSize, 4_096));
        var reader = _queue.Reader;
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (batch.Count < _options.MaxBatchSize && reader.TryRead(out var pending))
            {
                if (!pending.TryCancel())
                {
                    batch.Add(pending);
                }
            }

            if (batch.Count > 0)
            {
                await WriteBatchAsync(batch).ConfigureAwait(false);
                batch.Clear();
            }
        }
    }

    private async Task WriteBatchAsync(List<PendingInput> batch)
    {
        try
        {
            var connection = _connection ??= await Connection.OpenAsync(_provider, _statements, _options).ConfigureAwait(false);
            var now = _options.Clock.GetUtcNow();
            await using (var transaction = await _provider.BeginWriteAsync(connection.Database, CancellationToken.None).ConfigureAwait(false))
            {
                connection.Enlist(transaction);
                foreach (var pending in batch)
                {
                    pending.Row.RecordedAt = now;
                    _statements.InsertInput.Set(pending.Values, _recordedAtSlot, now);
                    Write(connection, pending);
                }

                transaction.Commit();
            }

            Interlocked.Increment(ref _commits);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Nothing of the batch is stored. A connection left in doubt is opened afresh next time.
            foreach (var pending in batch)
            {
                pending.Fail(e);
            }

            _connection?.Dispose();
            _connection = null;
            return;
        }

        foreach (var pending in batch)
        {
            pending.Complete();
        }
    }

    private static void Write(Connection connection, PendingInput pending)
    {
        var row = pending.Row;
        try
        {
            var replaces = pending.OnConflict == UniqueKeyConflict.Replace && row.UniqueKey is not null && (row.Flags & (int)InputMarks.Withdrawn) == 0;
            pending.Result = replaces ? Replace(connection, pending) : Insert(connection, pending);
        }
        catch (SqliteException e) when (IsStatementError(e))
        {
            pending.Error = e;
        }
        catch (Exception e) when (e is not SqliteException and not OutOfMemoryException)
        {
            // Binding failed before the statement ran: nothing of this input reached the database.
            pending.Error = e;
        }
    }

    private static AppendResult Insert(Connection connection, PendingInput pending)
    {
        if (connection.Insert.Execute(pending.Values) == 1)
        {
            return new AppendResult(AppendStatus.Stored);
        }

        return new AppendResult(AppendStatus.Conflict, KeyHolder(connection.KeyHolder, pending.Row));
    }

    /// <summary>Withdraws the key's holder and inserts, both or neither (a savepoint inside the batch).</summary>
    private static AppendResult Replace(Connection connection, PendingInput pending)
    {
        connection.BeginSavepoint.ExecuteNonQuery();
        try
        {
            var previous = KeyHolder(connection.Withdraw, pending.Row);
            if (connection.Insert.Execute(pending.Values) != 1)
            {
                throw new InvalidOperationException("The unique key was still held after its holder was withdrawn.");
            }

            connection.ReleaseSavepoint.ExecuteNonQuery();
            return previous is null ? new AppendResult(AppendStatus.Stored) : new AppendResult(AppendStatus.Replaced, previous);
        }
        catch
        {
            connection.RollbackSavepoint.ExecuteNonQuery();
            connection.ReleaseSavepoint.ExecuteNonQuery();
            throw;
        }
    }

    private static Guid? KeyHolder(DbCommand command, ToolInputRow row)
    {
        command.Parameters[0].Value = row.InstanceId;
        command.Parameters[1].Value = row.StepId;
        command.Parameters[2].Value = row.UniqueKey;
        using var reader = command.ExecuteReader();
        return reader.Read() ? reader.GetGuid(0) : null;
    }

    /// <summary>Errors SQLite confines to the statement that raised them (it undoes that statement, the transaction stays open).</summary>
    private static bool IsStatementError(SqliteException e) => e.SqliteErrorCode is
        SQLitePCL.raw.SQLITE_CONSTRAINT or SQLitePCL.raw.SQLITE_TOOBIG or SQLitePCL.raw.SQLITE_MISMATCH or SQLitePCL.raw.SQLITE_RANGE;

    /// <summary>The writer's own connection (its <c>synchronous</c> setting is the ingestion's durability) and its prepared commands.</summary>
    private sealed class Connection : IDisposable
    {
        private Connection(DbConnection database, ToolStatements statements)
        {
            Database = database;
            Insert = statements.InsertInput.Prepare((SqliteConnection)database);
            KeyHolder = KeyCommand(database, statements, statements.KeyHolder);
            Withdraw = KeyCommand(database, statements, statements.WithdrawKeyHolder);
            BeginSavepoint = Plain(database, $"SAVEPOINT {Savepoint}");
            ReleaseSavepoint = Plain(database, $"RELEASE {Savepoint}");
            RollbackSavepoint = Plain(database, $"ROLLBACK TO {Savepoint}");
        }

        public DbConnection Database { get; }

        public InsertStatement<ToolInputRow>.Prepared Insert { get; }

        public DbCommand KeyHolder { get; }

        public DbCommand Withdraw { get; }

        public DbCommand BeginSavepoint { get; }

        public DbCommand ReleaseSavepoint { get; }

        public DbCommand RollbackSavepoint { get; }

        public static async Task<Connection> OpenAsync(IStoreProvider provider, ToolStatements statements, SqliteToolDataStoreOptions options)
        {
            var database = provider.CreateConnection();
            try
            {
                await database.OpenAsync().ConfigureAwait(false);
                await provider.PrepareConnectionAsync(database, CancellationToken.None).ConfigureAwait(false);
                // synchronous is a setting of the connection: FULL here makes the ingestion's commits
                // durable against a power cut without slowing the instance store's. The larger page
                // cache keeps the random-key index pages of a growing table in memory (SQLite's
                // default is 2 MiB; measured ≈ 30 % less CPU per insert with 64 MiB at 100k inputs).
                // Checkpointing every 10,000 WAL pages instead of 1,000 copies a page rewritten by
                // many batches once instead of many times (measured: commit work ≈ 22 → 15 µs an input).
                var synchronous = options.Durability == IngestionDurability.Full ? "FULL" : "NORMAL";
                await using (var command = Plain(database, $"PRAGMA synchronous = {synchronous}; PRAGMA cache_size = -{WriterCacheKibibytes}; PRAGMA wal_autocheckpoint = {WriterCheckpointPages};"))
                {
                    await command.ExecuteNonQueryAsync().ConfigureAwait(false);
                }

                return new Connection(database, statements);
            }
            catch
            {
                await database.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }

        public void Enlist(DbTransaction transaction)
        {
            foreach (var command in new[] { KeyHolder, Withdraw, BeginSavepoint, ReleaseSavepoint, RollbackSavepoint })
            {
                command.Transaction = transaction;
            }
        }

        public void Dispose()
        {
            Insert.Dispose();
            foreach (var command in new[] { KeyHolder, Withdraw, BeginSavepoint, ReleaseSavepoint, RollbackSavepoint })
            {
                command.Dispose();
            }

            Database.Dispose();
        }

        private static DbCommand KeyCommand(DbConnection database, ToolStatements statements, string sql)
        {
            var command = Plain(database, sql);
            var inputs = statements.Inputs;
            inputs.BindExtra(command, ToolStatements.InstanceParameter, nameof(ToolInputRow.InstanceId), Guid.Empty);
            inputs.BindExtra(command, ToolStatements.StepParameter, nameof(ToolInputRow.StepId), string.Empty);
            inputs.BindExtra(command, ToolStatements.UniqueKeyParameter, nameof(ToolInputRow.UniqueKey), string.Empty);
            return command;
        }

        private static DbCommand Plain(DbConnection database, string sql)
        {
            var command = database.CreateCommand();
            command.CommandText = sql;
            return command;
        }
    }
}
