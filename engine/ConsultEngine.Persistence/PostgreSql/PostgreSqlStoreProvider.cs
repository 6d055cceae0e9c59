using System.Data;
using System.Data.Common;
using ConsultEngine.Persistence.Model;
using ConsultEngine.Persistence.Sqlite;
using ConsultEngine.Persistence.Storage;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ConsultEngine.Persistence.PostgreSql;

/// <summary>
/// PostgreSQL behind the store's provider seam. A write transaction is a plain READ COMMITTED one:
/// PostgreSQL locks rows, not the database, so two advances of one instance meet on its row — the
/// second <c>UPDATE ... WHERE revision = @expected</c> waits for the first to commit, re-reads the
/// row and changes nothing (a conflict), and two inserts of one new instance meet on its key
/// (<c>ON CONFLICT DO NOTHING</c> affects no row for the second). Advances of different instances
/// never wait for each other, which is what several nodes on one database need.
/// </summary>
internal sealed class PostgreSqlStoreProvider : IStoreProvider
{
    // PostgreSQL's SQLSTATE for "disk full" (class 53, insufficient resources).
    private const string DiskFull = "53100";

    private readonly string _connectionString;
    private readonly DbContextOptions<PostgreSqlConsultDbContext> _contextOptions = ContextOptions(null);

    public PostgreSqlStoreProvider(string connectionString)
    {
        // The sessions re-bind cached commands by clearing and re-adding their parameters. Npgsql's
        // automatic preparation keeps the parameters a command had when it was prepared, so a
        // re-bound statement sent the previous commit's values (seen: a journal entry inserted twice).
        // Statements are parsed on every execution instead; explicit preparation is future work.
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = 0 };
        _connectionString = builder.ConnectionString;
    }

    public DbConnection CreateConnection() => new NpgsqlConnection(_connectionString);

    public Task PrepareConnectionAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task PrepareDatabaseAsync(DbConnection connection, CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken).ConfigureAwait(false);

    // Two nodes claiming due timers or outbox messages at once each take rows the other has not locked.
    public string SkipLockedRows => " FOR UPDATE SKIP LOCKED";

    public bool IsStorageFull(Exception exception) =>
        exception is PostgresException { SqlState: DiskFull } || exception.InnerException is PostgresException { SqlState: DiskFull };

    public ConsultDbContext CreateContext(DbConnection connection)
    {
        var context = new PostgreSqlConsultDbContext(_contextOptions);
        context.Database.SetDbConnection(connection, contextOwnsConnection: false);
        return context;
    }

    /// <summary>The context options shared by the store and the design-time tools, so both see the same migrations.</summary>
    public static DbContextOptions<PostgreSqlConsultDbContext> ContextOptions(string? connectionString)
    {
        var builder = new DbContextOptionsBuilder<PostgreSqlConsultDbContext>();
        Action<Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure.NpgsqlDbContextOptionsBuilder> npgsql =
            o => o.MigrationsHistoryTable(SqliteStoreProvider.MigrationsHistoryTable);
        if (connectionString is null)
        {
            builder.UseNpgsql(npgsql);
        }
        else
        {
            builder.UseNpgsql(connectionString, npgsql);
        }

        return builder.UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking).Options;
    }
}
