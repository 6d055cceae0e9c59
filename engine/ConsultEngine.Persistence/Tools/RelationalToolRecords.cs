using System.Data.Common;
using System.Text.Json;
using ConsultEngine.Abstractions;
using ConsultEngine.Persistence.Storage;

namespace ConsultEngine.Persistence.Tools;

/// <summary>
/// The tool records of one step, on either provider: one row per (collection, key) with a version that
/// each write raises. Writes are single write transactions (<c>BEGIN IMMEDIATE</c> on SQLite); a write
/// naming an expected version changes the row only if it is still at that version.
/// </summary>
internal sealed class RelationalToolRecords(IRelationalToolStore store, Guid instanceId, string stepId) : IToolRecords
{
    public async ValueTask<ToolRecord?> GetAsync(string collection, string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(collection);
        ArgumentNullException.ThrowIfNull(key);
        return await store.ReadAsync(async (session, token) =>
        {
            var rows = await ReadRowsAsync(KeyCommand(session, store.Statements.GetRecord, null, collection, key), token).ConfigureAwait(false);
            return rows.Count == 0 ? null : rows[0].ToRecord();
        }, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<IReadOnlyList<ToolRecord>> ListAsync(string collection, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(collection);
        return await store.ReadAsync(async (session, token) =>
        {
            var rows = await ReadRowsAsync(CollectionCommand(session, store.Statements.ListRecords, null, collection), token).ConfigureAwait(false);
            return (IReadOnlyList<ToolRecord>)[.. rows.Select(ToolRowMapping.ToRecord)];
        }, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<bool> TryInsertAsync(string collection, string key, JsonElement value, CancellationToken cancellationToken = default)
    {
        var row = NewRow(collection, key, value);
        return await store.WriteAsync((session, transaction, token) => InsertAsync(session, transaction, row, token), cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<long> PutAsync(string collection, string key, JsonElement value, long? expectedVersion = null, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion ?? 0, nameof(expectedVersion));
        var row = NewRow(collection, key, value);
        return await store.WriteAsync(async (session, transaction, token) =>
        {
            if (expectedVersion == 0)
            {
                return await InsertAsync(session, transaction, row, token).ConfigureAwait(false) ? 1 : throw Conflict(collection, key, expectedVersion);
            }

            var statements = store.Statements;
            if (expectedVersion is { } expected)
            {
                var conditional = ValueCommand(session, statements.UpdateRecordIfVersion, transaction, row);
                statements.Records.BindExtra(conditional, ToolStatements.VersionParameter, nameof(ToolRecordRow.Version), expected);
                return await conditional.ExecuteNonQueryAsync(token).ConfigureAwait(false) == 1 ? expected + 1 : throw Conflict(collection, key, expectedVersion);
            }

            // Last writer wins: raise the version of the row if there is one, else create it.
            var update = ValueCommand(session, statements.UpdateRecord, transaction, row);
            if (await update.ExecuteScalarAsync(token).ConfigureAwait(false) is long version)
            {
                return version;
            }

            return await InsertAsync(session, transaction, row, token).ConfigureAwait(false) ? 1 : throw Conflict(collection, key, expectedVersion);
        }, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<bool> DeleteAsync(string collection, string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(collection);
        ArgumentNullException.ThrowIfNull(key);
        return await store.WriteAsync(async (session, transaction, token) =>
            await KeyCommand(session, store.Statements.DeleteRecord, transaction, collection, key).ExecuteNonQueryAsync(token).ConfigureAwait(false) == 1,
            cancellationToken).ConfigureAwait(false);
    }

    private ToolRecordRow NewRow(string collection, string key, JsonElement value)
    {
        ArgumentNullException.ThrowIfNull(collection);
        ArgumentNullException.ThrowIfNull(key);
        if (value.ValueKind == JsonValueKind.Undefined)
        {
            throw new ArgumentException("A record needs a JSON value.", nameof(value));
        }

        return new ToolRecordRow
        {
            InstanceId = instanceId,
            StepId = stepId,
            Collection = collection,
            Key = key,
            ValueJson = value.GetRawText(),
            Version = 1,
            UpdatedAt = store.Clock.GetUtcNow(),
        };
    }

    private async Task<bool> InsertAsync(StoreSession session, DbTransaction transaction, ToolRecordRow row, CancellationToken cancellationToken)
    {
        var table = store.Statements.Records;
        var command = session.Command(table.InsertIfAbsent, transaction);
        table.Bind(command, row);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    private DbCommand ValueCommand(StoreSession session, string sql, DbTransaction transaction, ToolRecordRow row)
    {
        var table = store.Statements.Records;
        var command = KeyCommand(session, sql, transaction, row.Collection, row.Key);
        table.BindExtra(command, ToolStatements.ValueParameter, nameof(ToolRecordRow.ValueJson), row.ValueJson);
        table.BindExtra(command, ToolStatements.AtParameter, nameof(ToolRecordRow.UpdatedAt), row.UpdatedAt);
        return command;
    }

    private DbCommand KeyCommand(StoreSession session, string sql, DbTransaction? transaction, string collection, string key)
    {
        var command = CollectionCommand(session, sql, transaction, collection);
        store.Statements.Records.BindExtra(command, ToolStatements.KeyParameter, nameof(ToolRecordRow.Key), key);
        return command;
    }

    private DbCommand CollectionCommand(StoreSession session, string sql, DbTransaction? transaction, string collection)
    {
        var table = store.Statements.Records;
        var command = session.Command(sql, transaction);
        table.BindExtra(command, ToolStatements.InstanceParameter, nameof(ToolRecordRow.InstanceId), instanceId);
        table.BindExtra(command, ToolStatements.StepParameter, nameof(ToolRecordRow.StepId), stepId);
        table.BindExtra(command, ToolStatements.CollectionParameter, nameof(ToolRecordRow.Collection), collection);
        return command;
    }

    private async Task<List<ToolRecordRow>> ReadRowsAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var rows = new List<ToolRecordRow>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(store.Statements.Records.Read(reader));
        }

        return rows;
    }

    private ToolException Conflict(string collection, string key, long? expectedVersion) =>
        new(ToolCodes.RecordConflict, $"Record {collection}/{key} is not at version {expectedVersion}: another write came first.")
        {
            InstanceId = instanceId,
            StepId = stepId,
        };
}
