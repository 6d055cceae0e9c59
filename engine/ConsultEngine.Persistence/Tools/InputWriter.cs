using System.Data.Common;
using System.Threading.Channels;
using ConsultEngine.Abstractions;
using ConsultEngine.Persistence.Storage;
using ConsultEngine.Runtime.Reliability;
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
    private const string CompanionSavepoint = "input_companions";
    private const int WriterCacheKibibytes = 16 * 1024;
    private const int WriterCheckpointPages = 10_000;

    private readonly IStoreProvider _provider;
    private readonly ToolStatements _statements;
    private readonly SqliteToolDataStoreOptions _options;
    private readonly Channel<PendingInput> _queue;
    private readonly Task _loop;
    private readonly int _recordedAtSlot;
    private readonly UniqueKeyRegistry _keys = new();
    private Connection? _connection;
    private long _commits;
    private long _lastProgressTicks;
    private volatile string? _lastFailureCode;

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
        _lastProgressTicks = options.Clock.GetUtcNow().UtcTicks;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Transactions committed so far (each holds one batch).</summary>
    public long Commits => Interlocked.Read(ref _commits);

    /// <summary>Queues the input and completes once the transaction holding it committed.</summary>
    public ValueTask<AppendResult> AppendAsync(ToolInputRow row, UniqueKeyConflict onConflict, CancellationToken cancellationToken) =>
        AppendAsync(row, onConflict, null, cancellationToken);

    /// <summary>Queues the input with the rows that must commit with it (<see cref="InputCompanions"/>); completes once committed.</summary>
    public async ValueTask<AppendResult> AppendAsync(ToolInputRow row, UniqueKeyConflict onConflict, InputCompanions? companions, CancellationToken cancellationToken)
    {
        // The caller's thread converts the rows; the writer only binds.
        var pending = new PendingInput(row, _statements.InsertInput.Values(row), onConflict, cancellationToken)
        {
            Companions = companions is null ? null : CompanionValues.Of(_statements, row, companions, _options.Clock.GetUtcNow()),
        };
        if (_loop.IsCompleted && !_queue.Reader.Completion.IsCompleted)
        {
            throw new IngestionException(ReliabilityCodes.IngestionUnavailable, "The ingestion writer has stopped.");
        }

        if (!_queue.Writer.TryWrite(pending))
        {
            await EnqueueBoundedAsync(pending, cancellationToken).ConfigureAwait(false);
        }

        // Once queued, the outcome is awaited whatever the token says: an input the writer already
        // took may be committed, and its caller must not be told otherwise.
        return await pending.Task.ConfigureAwait(false);
    }

    /// <summary>The writer's state for a readiness check: stopped, stalled (inputs waiting and no commit for a while) or running.</summary>
    public WriterHealth Health()
    {
        var queued = _queue.Reader.Count;
        var last = Interlocked.Read(ref _lastProgressTicks);
        var lastProgress = new DateTimeOffset(last, TimeSpan.Zero);
        var failure = _lastFailureCode;
        if (_loop.IsCompleted && !_queue.Reader.Completion.IsCompleted)
        {
            return new WriterHealth(false, ReliabilityCodes.IngestionUnavailable, queued, _options.QueueCapacity, lastProgress, failure);
        }

        var stalled = queued > 0 && _options.Clock.GetUtcNow() - lastProgress > _options.StallAfter;
        return new WriterHealth(!stalled, stalled ? ReliabilityCodes.IngestionUnavailable : null, queued, _options.QueueCapacity, lastProgress, failure);
    }

    /// <summary>Waits for room in a full queue, but only so long: a writer that does not drain it is reported, not waited on.</summary>
    private async Task EnqueueBoundedAsync(PendingInput pending, CancellationToken cancellationToken)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wait.CancelAfter(_options.EnqueueTimeout);
        try
        {
            await _queue.Writer.WriteAsync(pending, wait.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new IngestionException(ReliabilityCodes.IngestionUnavailable, "The ingestion queue stayed full: the writer is backed up.");
        }
        catch (ChannelClosedException)
        {
            throw new ObjectDisposedException(nameof(SqliteToolDataStore));
        }
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
        var telemetry = Telemetry.IngestTelemetry.Start(batch.Count);
        try
        {
            var connection = _connection ??= await Connection.OpenAsync(_provider, _statements, _options).ConfigureAwait(false);
            var now = _options.Clock.GetUtcNow();
            await using (var transaction = await _provider.BeginWriteAsync(connection.Database, CancellationToken.None).ConfigureAwait(false))
            {
                connection.Enlist(transaction);
                ObserveFile(connection);
                var withdrew = false;
                foreach (var pending in batch)
                {
                    pending.Row.RecordedAt = now;
                    _statements.InsertInput.Set(pending.Values, _recordedAtSlot, now);
                    withdrew |= Write(connection, pending);
                }

                if (withdrew)
                {
                    // The trigger raised the epoch for each withdrawal: the registry already knows them.
                    _keys.EpochIs(ReadKeyState(connection).Epoch);
                }

                transaction.Commit();
            }

            Interlocked.Increment(ref _commits);
            telemetry.Committed();
            Interlocked.Exchange(ref _lastProgressTicks, _options.Clock.GetUtcNow().UtcTicks);
            _lastFailureCode = null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Nothing of the batch is stored, so what the registry learnt from it is wrong. A
            // connection left in doubt is opened afresh next time. A full database (the disk, or
            // max_page_count) is told to every caller of the batch as CE8066; the writer goes on and
            // stores again once there is room.
            _keys.Forget();
            telemetry.Failed(e);
            var failure = _provider.IsStorageFull(e)
                ? new IngestionException(ReliabilityCodes.IngestionStorageFull, "The database is full: the batch was not stored.", e)
                : e;
            _lastFailureCode = failure is IngestionException coded ? coded.Code : e.GetType().Name;
            Interlocked.Exchange(ref _lastProgressTicks, _options.Clock.GetUtcNow().UtcTicks);
            foreach (var pending in batch)
            {
                pending.Fail(failure);
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

    /// <summary>Writes one input; returns whether it withdrew another (a replaced key holder).</summary>
    private bool Write(Connection connection, PendingInput pending)
    {
        var row = pending.Row;
        try
        {
            var keys = row.UniqueKey is not null && (row.Flags & (int)InputMarks.Withdrawn) == 0 ? StepKeys(connection, row) : null;
            if (keys is null)
            {
                pending.Result = Insert(connection, pending, keys: null);
                return false;
            }

            if (!keys.TryGetHolder(row.UniqueKey!, out var holder))
            {
                pending.Result = Insert(connection, pending, keys);
                return false;
            }

            if (pending.OnConflict != UniqueKeyConflict.Replace)
            {
                pending.Result = new AppendResult(AppendStatus.Conflict, IdAt(connection.HolderId, holder));
                return false;
            }

            pending.Result = Replace(connection, pending, keys, holder);
            return true;
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

        return false;
    }

    private AppendResult Insert(Connection connection, PendingInput pending, UniqueKeySet? keys)
    {
        InsertRow(connection, pending);
        Recorded(connection, pending, keys);
        return new AppendResult(AppendStatus.Stored);
    }

    /// <summary>Withdraws the key's holder and inserts, both or neither (a savepoint inside the batch).</summary>
    private AppendResult Replace(Connection connection, PendingInput pending, UniqueKeySet keys, long holder)
    {
        connection.BeginSavepoint.ExecuteNonQuery();
        Guid previous;
        try
        {
            previous = IdAt(connection.WithdrawAt, holder);
            Aggregates.CountedChanges.Withdrawn(connection.Database, connection.WithdrawAt.Transaction, holder);
            InsertRow(connection, pending);
            connection.ReleaseSavepoint.ExecuteNonQuery();
        }
        catch
        {
            connection.RollbackSavepoint.ExecuteNonQuery();
            connection.ReleaseSavepoint.ExecuteNonQuery();
            throw;
        }

        Recorded(connection, pending, keys);
        return new AppendResult(AppendStatus.Replaced, previous);
    }

    private static void InsertRow(Connection connection, PendingInput pending)
    {
        if (pending.Companions is not { } companions)
        {
            InsertInputRow(connection, pending);
            return;
        }

        // The input and its companions, all or nothing: a failed statement undoes the ones before it.
        connection.BeginCompanions.ExecuteNonQuery();
        try
        {
            InsertInputRow(connection, pending);
            if (companions.Record is { } record)
            {
                // 0 rows when the key exists: the record kept is the first one, as TryInsertAsync keeps it.
                connection.InsertRecord.Execute(record);
            }

            if (companions.DeletionCode is { } code && connection.InsertDeletionCode.Execute(code) != 1)
            {
                throw new InvalidOperationException("The insert of a deletion code changed no row.");
            }

            connection.ReleaseCompanions.ExecuteNonQuery();
        }
        catch
        {
            connection.RollbackCompanions.ExecuteNonQuery();
            connection.ReleaseCompanions.ExecuteNonQuery();
            throw;
        }
    }

    private static void InsertInputRow(Connection connection, PendingInput pending)
    {
        if (connection.Insert.Execute(pending.Values) != 1)
        {
            throw new InvalidOperationException("The insert of an input changed no row.");
        }
    }

    /// <summary>Notes the row just inserted, and its key as held by it; only once the row is in, so a failed statement leaves the registry as it was.</summary>
    private void Recorded(Connection connection, PendingInput pending, UniqueKeySet? keys)
    {
        var sequence = connection.Insert.LastSequence;
        _keys.Inserted(sequence);
        if (keys is not null)
        {
            keys.Hold(pending.Row.UniqueKey!, sequence);
        }
    }

    /// <summary>Brings the registry up to date with what other connections committed since this writer's last batch.</summary>
    private void ObserveFile(Connection connection)
    {
        var (epoch, last) = ReadKeyState(connection);
        _keys.Observe(epoch, last, after => AppendedSince(connection, after));
    }

    private static (long Epoch, long LastSequence) ReadKeyState(Connection connection)
    {
        using var reader = connection.KeyState.ExecuteReader();
        reader.Read();
        return (reader.GetInt64(0), reader.IsDBNull(1) ? 0 : reader.GetInt64(1));
    }

    private static List<UniqueKeyRegistry.KeyedInput> AppendedSince(Connection connection, long after)
    {
        connection.KeyedSince.Parameters[0].Value = after;
        var inputs = new List<UniqueKeyRegistry.KeyedInput>();
        using var reader = connection.KeyedSince.ExecuteReader();
        while (reader.Read())
        {
            var withdrawn = (reader.GetInt32(4) & (int)InputMarks.Withdrawn) != 0;
            inputs.Add(new(reader.GetInt64(0), reader.GetGuid(1), reader.GetString(2), reader.GetString(3), withdrawn));
        }

        return inputs;
    }

    private UniqueKeySet StepKeys(Connection connection, ToolInputRow row) =>
        _keys.Step(row.InstanceId, row.StepId, () =>
        {
            var command = connection.StepKeys;
            command.Parameters[0].Value = row.InstanceId;
            command.Parameters[1].Value = row.StepId;
            return ReadKeys(command);
        });

    /// <summary>The step's keys as the scan reads them: streamed into the set, never all held as strings at once.</summary>
    private static IEnumerable<KeyValuePair<string, long>> ReadKeys(DbCommand command)
    {
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return new(reader.GetString(0), reader.GetInt64(1));
        }
    }

    /// <summary>Runs a command on the input at a sequence (its one parameter) and reads the id it answers.</summary>
    private static Guid IdAt(DbCommand command, long sequence)
    {
        command.Parameters[0].Value = sequence;
        return command.ExecuteScalar() is string text
            ? Guid.Parse(text)
            : throw new InvalidOperationException($"The holder of a unique key (sequence {sequence}) is not in the file.");
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
            InsertRecord = statements.InsertCompanionRecord.Prepare((SqliteConnection)database);
            InsertDeletionCode = statements.InsertDeletionCode.Prepare((SqliteConnection)database);
            var inputs = statements.Inputs;
            HolderId = Plain(database, statements.HolderId);
            inputs.BindExtra(HolderId, ToolStatements.SequenceParameter, nameof(ToolInputRow.Sequence), 0L);
            WithdrawAt = Plain(database, statements.WithdrawAt);
            inputs.BindExtra(WithdrawAt, ToolStatements.SequenceParameter, nameof(ToolInputRow.Sequence), 0L);
            KeyState = Plain(database, statements.KeyState);
            KeyedSince = Plain(database, statements.KeyedSince);
            inputs.BindExtra(KeyedSince, ToolStatements.SequenceParameter, nameof(ToolInputRow.Sequence), 0L);
            StepKeys = Plain(database, statements.StepKeys);
            inputs.BindExtra(StepKeys, ToolStatements.InstanceParameter, nameof(ToolInputRow.InstanceId), Guid.Empty);
            inputs.BindExtra(StepKeys, ToolStatements.StepParameter, nameof(ToolInputRow.StepId), string.Empty);
            BeginSavepoint = Plain(database, $"SAVEPOINT {Savepoint}");
            ReleaseSavepoint = Plain(database, $"RELEASE {Savepoint}");
            RollbackSavepoint = Plain(database, $"ROLLBACK TO {Savepoint}");
            BeginCompanions = Plain(database, $"SAVEPOINT {CompanionSavepoint}");
            ReleaseCompanions = Plain(database, $"RELEASE {CompanionSavepoint}");
            RollbackCompanions = Plain(database, $"ROLLBACK TO {CompanionSavepoint}");
        }

        public DbConnection Database { get; }

        public InsertStatement<ToolInputRow>.Prepared Insert { get; }

        public InsertStatement<ToolRecordRow>.Prepared InsertRecord { get; }

        public InsertStatement<Privacy.DeletionCodeRow>.Prepared InsertDeletionCode { get; }

        public DbCommand HolderId { get; }

        public DbCommand WithdrawAt { get; }

        public DbCommand KeyState { get; }

        public DbCommand KeyedSince { get; }

        public DbCommand StepKeys { get; }

        private DbCommand[] Commands => [HolderId, WithdrawAt, KeyState, KeyedSince, StepKeys, BeginSavepoint, ReleaseSavepoint, RollbackSavepoint, BeginCompanions, ReleaseCompanions, RollbackCompanions];

        public DbCommand BeginSavepoint { get; }

        public DbCommand ReleaseSavepoint { get; }

        public DbCommand RollbackSavepoint { get; }

        public DbCommand BeginCompanions { get; }

        public DbCommand ReleaseCompanions { get; }

        public DbCommand RollbackCompanions { get; }

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
                // default is 2 MiB; measured ≈ 30 % less CPU per insert with 64 MiB at 100k inputs),
                // but not too large: B-tree balancing renumbers pages through the lock-byte page's
                // number (262,145 with 4 KiB pages), and the end of a transaction that did so walks
                // the cache's whole hash table while the file is under 1 GiB. With 64 MiB that walk
                // was 7 % of the web host's CPU under public submissions (small batches); 16 MiB cost
                // the ingest suite nothing measurable against 64.
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
            foreach (var command in Commands)
            {
                command.Transaction = transaction;
            }
        }

        public void Dispose()
        {
            Insert.Dispose();
            InsertRecord.Dispose();
            InsertDeletionCode.Dispose();
            foreach (var command in Commands)
            {
                command.Dispose();
            }

            Database.Dispose();
        }

        private static DbCommand Plain(DbConnection database, string sql)
        {
            var command = database.CreateCommand();
            command.CommandText = sql;
            return command;
        }
    }
}
