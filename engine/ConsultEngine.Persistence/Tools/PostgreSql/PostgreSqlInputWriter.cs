using System.Data;
using System.Threading.Channels;
using ConsultEngine.Abstractions;
using ConsultEngine.Runtime.Reliability;
using Npgsql;

namespace ConsultEngine.Persistence.Tools.PostgreSql;

/// <summary>
/// The ingestion path on PostgreSQL, shaped as the SQLite <see cref="InputWriter"/>: callers queue their
/// input in a bounded channel and await it; the writer takes whatever is queued, up to
/// <see cref="PostgreSqlToolDataStoreOptions.MaxBatchSize"/>, into one transaction (<see cref="PostgreSqlBatchWrite"/>:
/// the inputs in one statement, their companions in one pipelined <see cref="NpgsqlBatch"/>), commits, and only
/// then completes each caller's task. Unlike SQLite's, this writer keeps no registry of unique keys: the
/// database's unique index decides, so writers of several nodes on one database hold one vote per person
/// between them. PostgreSQL aborts the transaction on a failed statement, so a batch in which one input
/// fails (a repeated id) is written again input by input, each in a savepoint, and the failure stays that
/// input's own. A failure of the transaction itself fails every input of the batch, none of which was stored.
/// </summary>
internal sealed class PostgreSqlInputWriter : IAsyncDisposable
{
    private readonly string _connectionString;
    private readonly PostgreSqlToolSql _sql;
    private readonly PostgreSqlToolDataStoreOptions _options;
    private readonly Func<Exception, bool> _isStorageFull;
    private readonly Channel<PendingInput> _queue;
    private readonly Task _loop;
    private readonly int _recordedAtSlot;
    private NpgsqlConnection? _connection;
    private long _commits;
    private long _lastProgressTicks;
    private volatile string? _lastFailureCode;

    public PostgreSqlInputWriter(string connectionString, PostgreSqlToolSql sql, PostgreSqlToolDataStoreOptions options, Func<Exception, bool> isStorageFull)
    {
        // The writer's own connection prepares its few statements once (the same text on every batch):
        // without it each of a batch's inserts is parsed and planned again.
        _connectionString = new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = 16, AutoPrepareMinUsages = 2, Enlist = false }.ConnectionString;
        _sql = sql;
        _options = options;
        _isStorageFull = isStorageFull;
        _recordedAtSlot = sql.Input.SlotOf(nameof(ToolInputRow.RecordedAt));
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

    /// <summary>Queues the input with the rows that must commit with it; completes once the transaction holding it committed.</summary>
    public async ValueTask<AppendResult> AppendAsync(ToolInputRow row, UniqueKeyConflict onConflict, InputCompanions? companions, CancellationToken cancellationToken)
    {
        // The caller's thread converts the rows; the writer only binds.
        var pending = new PendingInput(row, _sql.Input.Values(row), onConflict, cancellationToken)
        {
            Companions = companions is null ? null : CompanionValues.Of(row, companions, _options.Clock.GetUtcNow(), _sql.Record.Values, _sql.DeletionCode.Values),
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
        var lastProgress = new DateTimeOffset(Interlocked.Read(ref _lastProgressTicks), TimeSpan.Zero);
        var failure = _lastFailureCode;
        if (_loop.IsCompleted && !_queue.Reader.Completion.IsCompleted)
        {
            return new WriterHealth(false, ReliabilityCodes.IngestionUnavailable, queued, _options.QueueCapacity, lastProgress, failure);
        }

        var stalled = queued > 0 && _options.Clock.GetUtcNow() - lastProgress > _options.StallAfter;
        return new WriterHealth(!stalled, stalled ? ReliabilityCodes.IngestionUnavailable : null, queued, _options.QueueCapacity, lastProgress, failure);
    }

    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
        if (_connection is { } connection)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            _connection = null;
        }
    }

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
            throw new ObjectDisposedException(nameof(PostgreSqlToolDataStore));
        }
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
            var connection = _connection ??= await OpenAsync().ConfigureAwait(false);
            var now = _options.Clock.GetUtcNow();
            foreach (var pending in batch)
            {
                pending.Row.RecordedAt = now;
                _sql.Input.Set(pending.Values, _recordedAtSlot, now);
            }

            try
            {
                await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted).ConfigureAwait(false);
                await PostgreSqlBatchWrite.WriteAsync(connection, transaction, _sql, batch).ConfigureAwait(false);
                await transaction.CommitAsync(CancellationToken.None).ConfigureAwait(false);
            }
            catch (PostgresException e) when (PostgreSqlBatchWrite.IsStatementError(e))
            {
                // The transaction is gone with the failed statement; write the batch again, one savepoint an input.
                await PostgreSqlBatchWrite.WriteEachAsync(connection, _sql, batch).ConfigureAwait(false);
            }

            Interlocked.Increment(ref _commits);
            telemetry.Committed();
            Interlocked.Exchange(ref _lastProgressTicks, _options.Clock.GetUtcNow().UtcTicks);
            _lastFailureCode = null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Nothing of the batch is stored. A connection left in doubt is opened afresh next time.
            telemetry.Failed(e);
            var failure = _isStorageFull(e)
                ? new IngestionException(ReliabilityCodes.IngestionStorageFull, "The database is full: the batch was not stored.", e)
                : e;
            _lastFailureCode = failure is IngestionException coded ? coded.Code : e.GetType().Name;
            Interlocked.Exchange(ref _lastProgressTicks, _options.Clock.GetUtcNow().UtcTicks);
            foreach (var pending in batch)
            {
                pending.Fail(failure);
            }

            if (_connection is { } broken)
            {
                await broken.DisposeAsync().ConfigureAwait(false);
                _connection = null;
            }

            return;
        }

        foreach (var pending in batch)
        {
            pending.Complete();
        }
    }

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(_connectionString);
        try
        {
            await connection.OpenAsync().ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
