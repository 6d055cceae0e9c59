using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ConsultEngine.Persistence.Feedback;
using ConsultEngine.Persistence.Model;
using ConsultEngine.Persistence.Providers;
using ConsultEngine.Persistence.Sqlite;
using ConsultEngine.Persistence.Storage;
using ConsultEngine.Persistence.Tools;
using ConsultEngine.Persistence.Tools.Aggregates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace ConsultEngine.Persistence.Privacy;

/// <summary>
/// <see cref="IPersonalDataStore"/> beside the instance store's tables (SQLite or PostgreSQL). On SQLite,
/// erasures turn on <c>secure_delete</c> (erased content is overwritten, not left in free space) and
/// checkpoint the WAL afterwards, so the erased text is gone from the files, not only from the rows.
/// On PostgreSQL an erased value stays in the dead row version until (auto)vacuum prunes it and in the
/// write-ahead log until its segment is recycled: the server's retention of WAL and backups bounds how
/// long, as it does for every other row the server ever held.
/// </summary>
public sealed class SqlitePersonalDataStore : IPersonalDataStore, IAsyncDisposable
{
    private const int WithdrawnMark = 4;

    // An erasure deletes the contacts the feedback store counts when it forgets queued ones: the two never interleave.
    private static readonly string[] Locks = [SideStoreLock.PersonalData, SideStoreLock.Feedback];

    private readonly SideStore _db;

    private SqlitePersonalDataStore(SideStore db) => _db = db;

    /// <summary>Opens (creating if needed) the database at <paramref name="databasePath"/> and migrates it to the current schema.</summary>
    public static async Task<SqlitePersonalDataStore> OpenAsync(string databasePath, TimeProvider? clock = null, SqliteStoreOptions? options = null, CancellationToken cancellationToken = default) =>
        new(await SideStore.OpenSqliteAsync(databasePath, Locks, clock, options, cancellationToken).ConfigureAwait(false));

    /// <summary>Opens the store in <paramref name="database"/> (SQLite or PostgreSQL) and migrates it to the current schema.</summary>
    public static async Task<SqlitePersonalDataStore> OpenAsync(DatabaseSelection database, TimeProvider? clock = null, CancellationToken cancellationToken = default) =>
        new(await SideStore.OpenAsync(database, Locks, clock, cancellationToken).ConfigureAwait(false));

    /// <summary>Where the store lives.</summary>
    public DatabaseSelection Database => _db.Database;

    public ValueTask DisposeAsync() => _db.DisposeAsync();

    public Task<RetentionSetting?> FindRetentionAsync(Guid instanceId, CancellationToken cancellationToken = default) =>
        _db.ReadAsync(async context => await context.Set<RetentionRow>().AsNoTracking().Where(r => r.InstanceId == instanceId)
            .Select(r => new RetentionSetting(r.InstanceId, r.Months, r.SetBy, r.SetAt)).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false), cancellationToken);

    public Task SetRetentionAsync(RetentionSetting setting, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(setting);
        return _db.WriteAsync(async (context, _) =>
        {
            // Rows read here are not tracked (the sessions read without tracking): an update is an explicit statement.
            var updated = await context.Set<RetentionRow>().Where(r => r.InstanceId == setting.InstanceId).ExecuteUpdateAsync(s => s
                .SetProperty(r => r.Months, setting.Months).SetProperty(r => r.SetBy, setting.SetBy).SetProperty(r => r.SetAt, setting.SetAt), cancellationToken).ConfigureAwait(false);
            if (updated == 0)
            {
                context.Add(new RetentionRow { InstanceId = setting.InstanceId, Months = setting.Months, SetBy = setting.SetBy, SetAt = setting.SetAt });
            }

            return true;
        }, cancellationToken);
    }

    public Task<KeptAggregate?> FindKeptAsync(Guid instanceId, CancellationToken cancellationToken = default) =>
        _db.ReadAsync(async context =>
        {
            var row = await context.Set<KeptAggregateRow>().AsNoTracking().FirstOrDefaultAsync(k => k.InstanceId == instanceId, cancellationToken).ConfigureAwait(false);
            return row is null ? null : ToKept(row);
        }, cancellationToken);

    public Task<IReadOnlyList<KeptAggregate>> ListKeptAsync(CancellationToken cancellationToken = default) =>
        _db.ReadAsync<IReadOnlyList<KeptAggregate>>(async context =>
        {
            // Without the aggregates themselves: the job only needs where each erasure stands.
            var rows = await context.Set<KeptAggregateRow>().AsNoTracking()
                .Select(k => new KeptAggregateRow { InstanceId = k.InstanceId, KeptAt = k.KeptAt, ErasedAt = k.ErasedAt, CountsJson = k.CountsJson, JournaledAt = k.JournaledAt })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return [.. rows.Select(ToKept)];
        }, cancellationToken);

    public Task MarkJournaledAsync(Guid instanceId, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        _db.WriteAsync(async (context, _) => await context.Set<KeptAggregateRow>().Where(k => k.InstanceId == instanceId && k.JournaledAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(k => k.JournaledAt, (DateTimeOffset?)at), cancellationToken).ConfigureAwait(false), cancellationToken);

    public Task<KeptAggregate> KeepAsync(Guid instanceId, string aggregateJson, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(aggregateJson);
        return _db.WriteAsync(async (context, _) =>
        {
            var row = await context.Set<KeptAggregateRow>().FirstOrDefaultAsync(k => k.InstanceId == instanceId, cancellationToken).ConfigureAwait(false);
            if (row is null)
            {
                row = new KeptAggregateRow { InstanceId = instanceId, AggregateJson = aggregateJson, KeptAt = at };
                context.Add(row);
            }

            return ToKept(row);
        }, cancellationToken);
    }

    public async Task<ErasureCounts> EraseAsync(Guid instanceId, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var counts = await _db.WriteAsync(async (context, _) =>
        {
            await SecureDeleteAsync(context, cancellationToken).ConfigureAwait(false);
            var inputs = await EraseInputs(context.Set<ToolInputRow>().Where(i => i.InstanceId == instanceId
                    && (i.Province != null || i.Commune != null || i.CommuneCode != null || i.District != null || i.Gender != null
                        || i.AgeBand != null || i.Ethnicity != null || i.Occupation != null || i.Text != null || i.UniqueKey != null)), withdraw: false, cancellationToken)
                .ConfigureAwait(false);
            var contacts = await context.Set<FeedbackSubscriptionRow>().Where(s => s.InstanceId == instanceId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
            var codes = await context.Set<DeletionCodeRow>().Where(d => d.InstanceId == instanceId && d.IdentifierHash != null)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.IdentifierHash, (string?)null), cancellationToken).ConfigureAwait(false);
            var counts = new ErasureCounts(inputs, contacts, codes);
            var countsJson = JsonSerializer.Serialize(counts);
            await context.Set<KeptAggregateRow>().Where(k => k.InstanceId == instanceId && k.ErasedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(k => k.ErasedAt, (DateTimeOffset?)at).SetProperty(k => k.CountsJson, countsJson), cancellationToken).ConfigureAwait(false);
            return counts;
        }, cancellationToken).ConfigureAwait(false);
        await CheckpointAsync(cancellationToken).ConfigureAwait(false);
        return counts;
    }

    public Task AddDeletionCodeAsync(DeletionCode code, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(code);
        return _db.WriteAsync((context, _) =>
        {
            context.Add(new DeletionCodeRow
            {
                CodeHash = code.CodeHash,
                InstanceId = code.InstanceId,
                StepId = code.StepId,
                InputIdsJson = JsonSerializer.Serialize(code.InputIds),
                IdentifierHash = code.IdentifierHash,
                CreatedAt = code.CreatedAt,
            });
            return Task.FromResult(true);
        }, cancellationToken);
    }

    public async Task<DeletionDone?> UseDeletionCodeAsync(Guid instanceId, string codeHash, string identifierHash, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(codeHash);
        ArgumentException.ThrowIfNullOrWhiteSpace(identifierHash);
        var done = await _db.WriteAsync<DeletionDone?>(async (context, _) =>
        {
            var row = await context.Set<DeletionCodeRow>().FirstOrDefaultAsync(d => d.CodeHash == codeHash, cancellationToken).ConfigureAwait(false);

            // One answer for every failure: no code, another consultation's, used, or another person's.
            if (row is null || row.InstanceId != instanceId || row.UsedAt is not null
                || (row.IdentifierHash is { } expected && !SameHash(expected, identifierHash)))
            {
                return null;
            }

            await SecureDeleteAsync(context, cancellationToken).ConfigureAwait(false);
            var ids = JsonSerializer.Deserialize<List<Guid>>(row.InputIdsJson) ?? [];
            // The person's inputs leave the aggregate counts with them (the consultation's erasure keeps them).
            var sequences = await context.Set<ToolInputRow>().Where(i => i.InstanceId == instanceId && ids.Contains(i.Id)).Select(i => i.Sequence).ToListAsync(cancellationToken).ConfigureAwait(false);
            var (connection, transaction) = (context.Database.GetDbConnection(), context.Database.CurrentTransaction?.GetDbTransaction());
            var counted = CountedChanges.Before(connection, transaction, sequences);
            var inputs = await EraseInputs(context.Set<ToolInputRow>().Where(i => i.InstanceId == instanceId && ids.Contains(i.Id)), withdraw: true, cancellationToken).ConfigureAwait(false);
            CountedChanges.Apply(connection, transaction, counted);
            await context.Set<DeletionCodeRow>().Where(d => d.CodeHash == codeHash)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.UsedAt, (DateTimeOffset?)at).SetProperty(d => d.IdentifierHash, (string?)null), cancellationToken).ConfigureAwait(false);
            return new DeletionDone(instanceId, row.StepId, inputs);
        }, cancellationToken).ConfigureAwait(false);
        if (done is not null)
        {
            await CheckpointAsync(cancellationToken).ConfigureAwait(false);
        }

        return done;
    }

    /// <summary>Clears every personal column of the inputs (and, for a person's own deletion, their opinion too, and withdraws them).</summary>
    private static Task<int> EraseInputs(IQueryable<ToolInputRow> inputs, bool withdraw, CancellationToken cancellationToken) => withdraw
        ? inputs.ExecuteUpdateAsync(s => s
            .SetProperty(i => i.Province, (string?)null).SetProperty(i => i.Commune, (string?)null).SetProperty(i => i.CommuneCode, (string?)null)
            .SetProperty(i => i.District, (string?)null).SetProperty(i => i.Gender, (string?)null).SetProperty(i => i.AgeBand, (string?)null)
            .SetProperty(i => i.Ethnicity, (string?)null).SetProperty(i => i.Occupation, (string?)null).SetProperty(i => i.Text, (string?)null)
            .SetProperty(i => i.UniqueKey, (string?)null).SetProperty(i => i.AnswersJson, (string?)null).SetProperty(i => i.Subject, (string?)null)
            .SetProperty(i => i.ThemesJson, "[]").SetProperty(i => i.Flags, i => i.Flags | WithdrawnMark), cancellationToken)
        : inputs.ExecuteUpdateAsync(s => s
            .SetProperty(i => i.Province, (string?)null).SetProperty(i => i.Commune, (string?)null).SetProperty(i => i.CommuneCode, (string?)null)
            .SetProperty(i => i.District, (string?)null).SetProperty(i => i.Gender, (string?)null).SetProperty(i => i.AgeBand, (string?)null)
            .SetProperty(i => i.Ethnicity, (string?)null).SetProperty(i => i.Occupation, (string?)null).SetProperty(i => i.Text, (string?)null)
            .SetProperty(i => i.UniqueKey, (string?)null), cancellationToken);

    private static Task<int> SecureDeleteAsync(ConsultDbContext context, CancellationToken cancellationToken) =>
        context.Database.IsSqlite() ? context.Database.ExecuteSqlRawAsync("PRAGMA secure_delete = ON;", cancellationToken) : Task.FromResult(0);

    /// <summary>Copies the WAL into the file and truncates it, so the erased rows' old pages leave the WAL too (best effort: a reader may hold it).</summary>
    private Task<bool> CheckpointAsync(CancellationToken cancellationToken) =>
        _db.Provider != DatabaseProvider.Sqlite ? Task.FromResult(false) : _db.ReadAsync(async context =>
        {
            await context.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    private static KeptAggregate ToKept(KeptAggregateRow row) => new(row.InstanceId, row.AggregateJson, row.KeptAt, row.ErasedAt)
    {
        Counts = row.CountsJson is null ? null : JsonSerializer.Deserialize<ErasureCounts>(row.CountsJson),
        JournaledAt = row.JournaledAt,
    };

    private static bool SameHash(string expected, string given) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(given));
}
