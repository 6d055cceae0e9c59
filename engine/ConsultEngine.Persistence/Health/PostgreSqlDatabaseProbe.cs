using ConsultEngine.Persistence.PostgreSql;
using ConsultEngine.Runtime.Storage;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ConsultEngine.Persistence.Health;

/// <summary>
/// What a readiness check asks of the PostgreSQL database: does it accept a connection and answer, and does
/// it hold every migration of this build. The connection is its own (no pool: a pooled connection would
/// answer for a server that accepts no new ones) with connect and command timeouts of <c>timeout</c>, and the
/// whole probe is cut at <c>timeout</c> too, so an unreachable server is reported within it rather than
/// after the driver's 15 s default; it never migrates.
/// </summary>
public static class PostgreSqlDatabaseProbe
{
    public static async Task<DatabaseProbe> CheckAsync(string connectionString, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var seconds = Math.Max(1, (int)Math.Ceiling(timeout.TotalSeconds));
        var probeConnection = new NpgsqlConnectionStringBuilder(connectionString)
        {
            Pooling = false,
            Timeout = seconds,
            CommandTimeout = seconds,
            MaxAutoPrepare = 0,
        }.ConnectionString;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await using var connection = new NpgsqlConnection(probeConnection);
            await connection.OpenAsync(deadline.Token).ConfigureAwait(false);
            await using (var ping = new NpgsqlCommand("SELECT 1", connection))
            {
                await ping.ExecuteScalarAsync(deadline.Token).ConfigureAwait(false);
            }

            await using var context = new PostgreSqlConsultDbContext(PostgreSqlStoreProvider.ContextOptions(null));
            context.Database.SetDbConnection(connection, contextOwnsConnection: false);
            var applied = (await context.Database.GetAppliedMigrationsAsync(deadline.Token).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);
            var pending = context.Database.GetMigrations().Where(m => !applied.Contains(m)).ToList();
            return pending.Count == 0
                ? new DatabaseProbe(true, [], null, null)
                : new DatabaseProbe(true, pending, StorageCodes.MigrationsPending, $"{pending.Count} migration(s) not applied");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new DatabaseProbe(false, [], StorageCodes.DatabaseUnreachable, $"no answer within {timeout.TotalSeconds:0.#} s");
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException or TimeoutException or IOException)
        {
            // The SQLSTATE says why (57P03 starting up, 55000 not accepting connections, 3D000 no such database) without data.
            return new DatabaseProbe(false, [], StorageCodes.DatabaseUnreachable, e is PostgresException postgres ? $"PostgreSQL error {postgres.SqlState}" : e.GetType().Name);
        }
    }
}
