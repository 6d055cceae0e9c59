using System.Data;
using System.Data.Common;
using ConsultEngine.Persistence.Model;
using ConsultEngine.Persistence.Providers;
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

    // Statements the store runs all the time (an advance's reads and writes, the claims): few dozen texts.
    // Past this many, Npgsql replaces the least used prepared statement.
    private const int AutoPreparedStatements = 64;
    private const int AutoPrepareAfterUses = 3;

    public PostgreSqlStoreProvider(string connectionString)
    {
        // Automatic preparation: a statement text run a few times on a physical connection is prepared
        // there (parsed and planned once), whatever command object carries it. It was off while the
        // sessions re-bound cached commands (a re-bound, auto-prepared command once sent the previous
        // commit's values: a journal entry inserted twice); the sessions now take a fresh command per
        // use on PostgreSQL (ReusesCommands), so a statement and its parameters always travel together.
        // A connection string that sets it itself is left as it is.
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!builder.ContainsKey("Max Auto Prepare"))
        {
            builder.MaxAutoPrepare = AutoPreparedStatements;
            builder.AutoPrepareMinUsages = AutoPrepareAfterUses;
        }

        _connectionString = builder.ConnectionString;
    }

    public bool ReusesCommands => false;

    // Statements prepared before the migration might expect the old result types ("cached plan must
    // not change result type"): the migrating connection forgets them. Other nodes' connections never
    // read with SELECT *: a migration that adds a column leaves their prepared statements valid.
    public void SchemaChanged(DbConnection connection) => ((NpgsqlConnection)connection).UnprepareAll();

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

        return builder.UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking).WithoutModelCheckOnMigrate().Options;
    }
}
