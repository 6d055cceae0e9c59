using System.Data.Common;

namespace ConsultEngine.Persistence.Storage;

/// <summary>
/// The statements of one change set after its instance row. Where the driver sends several statements
/// at once (<see cref="DbConnection.CanCreateBatch"/>: Npgsql) they are collected and sent as one
/// <see cref="DbBatch"/> by <see cref="FlushAsync"/>, one round trip to the server instead of one per
/// statement (an advance writes four to six). Elsewhere (SQLite, in process, no round trip to save)
/// each runs at once as the session's cached prepared command.
/// </summary>
internal sealed class ChangeSetStatements : IAsyncDisposable
{
    private readonly StoreSession _session;
    private readonly DbTransaction _transaction;
    private readonly DbBatch? _batch;

    public ChangeSetStatements(StoreSession session, DbTransaction transaction)
    {
        _session = session;
        _transaction = transaction;
        if (session.Connection.CanCreateBatch)
        {
            _batch = session.Connection.CreateBatch();
            _batch.Transaction = transaction;
        }
    }

    /// <summary>Adds (or runs) <paramref name="sql"/>; <paramref name="bind"/> gets a command that creates parameters and the collection they go to.</summary>
    public async Task AddAsync(string sql, Action<DbCommand, DbParameterCollection> bind, CancellationToken cancellationToken)
    {
        if (_batch is null)
        {
            var command = _session.Command(sql, _transaction);
            bind(command, command.Parameters);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return;
        }

        var statement = _batch.CreateBatchCommand();
        statement.CommandText = sql;
        bind(_session.ParameterFactory, statement.Parameters);
        _batch.BatchCommands.Add(statement);
    }

    /// <summary>Sends what was collected; a failing statement fails the whole call (and so the transaction).</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_batch is { BatchCommands.Count: > 0 })
        {
            await _batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public ValueTask DisposeAsync() => _batch?.DisposeAsync() ?? ValueTask.CompletedTask;
}
