using ConsultEngine.Persistence.Sqlite;
using ConsultEngine.Runtime.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ConsultEngine.Persistence.Health;

/// <summary>
/// What a readiness check asks of the database file: does it open and answer, and does it hold every
/// migration this build knows. It never creates the file nor migrates it (a missing file is unreachable),
/// and it reads through a connection of its own, so it answers while the stores are busy.
/// </summary>
public static class SqliteDatabaseProbe
{
    public static async Task<DatabaseProbe> CheckAsync(string databasePath, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = false,
            DefaultTimeout = Math.Max(1, (int)Math.Ceiling(timeout.TotalSeconds)),
        }.ToString();
        try
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using (var ping = connection.CreateCommand())
            {
                ping.CommandText = $"PRAGMA busy_timeout = {(long)timeout.TotalMilliseconds}; SELECT 1;";
                await ping.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            }

            await using var context = new SqliteConsultDbContext(SqliteStoreProvider.ContextOptions(null));
            context.Database.SetDbConnection(connection, contextOwnsConnection: false);
            var applied = (await context.Database.GetAppliedMigrationsAsync(cancellationToken).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);
            var pending = context.Database.GetMigrations().Where(m => !applied.Contains(m)).ToList();
            return pending.Count == 0
                ? new DatabaseProbe(true, [], null, null)
                : new DatabaseProbe(true, pending, StorageCodes.MigrationsPending, $"{pending.Count} migration(s) not applied");
        }
        catch (Exception e) when (e is SqliteException or InvalidOperationException or IOException)
        {
            return new DatabaseProbe(false, [], StorageCodes.DatabaseUnreachable, e is SqliteException sqlite ? $"SQLite error {sqlite.SqliteErrorCode}" : e.GetType().Name);
        }
    }
}

/// <summary>
/// The database as a readiness check found it: reachable, the migrations not applied yet (by id), and
/// when not ready the code (CE8091 unreachable, CE8092 migrations pending) with a short reason free of data.
/// </summary>
public sealed record DatabaseProbe(bool Reachable, IReadOnlyList<string> PendingMigrations, string? Code, string? Reason)
{
    public bool Ready => Reachable && PendingMigrations.Count == 0;
}
