using System.Data.Common;
using System.Globalization;
using ConsultEngine.Persistence.Model;
using ConsultEngine.Persistence.Providers;
using ConsultEngine.Persistence.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ConsultEngine.Persistence.Sqlite;

/// <summary>
/// SQLite behind the store's provider seam: a file database in WAL mode with
/// <c>synchronous=NORMAL</c> (a process crash loses nothing committed; only a power cut can lose
/// the last commits), a busy timeout, foreign keys on, and write transactions that begin with
/// <c>BEGIN IMMEDIATE</c>.
/// </summary>
internal sealed class SqliteStoreProvider : IStoreProvider
{
    public const string MigrationsHistoryTable = "__ef_migrations_history";

    /// <summary>The WAL pages after which a commit checkpoints (about 40 MB of WAL at most between checkpoints).</summary>
    public const int CheckpointPages = 10_000;

    private readonly SqliteStoreOptions _options;
    private readonly string _connectionString;
    private readonly DbContextOptions<SqliteConsultDbContext> _contextOptions = ContextOptions(null);

    public SqliteStoreProvider(string databasePath, SqliteStoreOptions options)
    {
        _options = options;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,

            // The store keeps its own open connections (with their prepared statements); a second
            // pool underneath would only hold the file open after the store is disposed.
            Pooling = false,
            DefaultTimeout = Math.Max(1, (int)Math.Ceiling(options.BusyTimeout.TotalSeconds)),
        }.ToString();

        // Every store opens its file through here: a new file is owner-only whoever creates it.
        SqliteDatabaseFile.CreateOwnerOnly(databasePath);
    }

    public DbConnection CreateConnection() => new SqliteConnection(_connectionString);

    /// <summary>
    /// Checkpoints every <see cref="CheckpointPages"/> WAL pages instead of SQLite's 1,000: the
    /// committing connection runs the checkpoint (copying the pages back and syncing both files), and
    /// the few pages an advance rewrites (the instance, step and bookmark rows of running instances)
    /// are then copied once per many commits rather than again and again.
    /// </summary>
    public Task PrepareConnectionAsync(DbConnection connection, CancellationToken cancellationToken) =>
        ExecuteAsync(connection, string.Create(CultureInfo.InvariantCulture,
            $"PRAGMA busy_timeout = {(long)_options.BusyTimeout.TotalMilliseconds}; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA wal_autocheckpoint = {CheckpointPages};"), cancellationToken);

    // The journal mode is a property of the database file; it stays WAL once set.
    public Task PrepareDatabaseAsync(DbConnection connection, CancellationToken cancellationToken) =>
        ExecuteAsync(connection, "PRAGMA journal_mode = WAL;", cancellationToken);

    /// <summary>
    /// Microsoft.Data.Sqlite begins a non-deferred transaction with <c>BEGIN IMMEDIATE</c>: the
    /// write lock is taken by the BEGIN itself, waiting up to the busy timeout. A deferred
    /// transaction would read first and fail with SQLITE_BUSY when it tries to upgrade after
    /// another writer committed, which no busy timeout can fix.
    /// </summary>
    public async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (_options.PageLimit is { } limit)
        {
            await ExecuteAsync(connection, string.Create(CultureInfo.InvariantCulture, $"PRAGMA max_page_count = {limit()};"), cancellationToken).ConfigureAwait(false);
        }

        return ((SqliteConnection)connection).BeginTransaction(deferred: false);
    }

    /// <summary>SQLite's "database or disk is full" (the disk, a quota or <c>max_page_count</c>), from a statement or the commit.</summary>
    public bool IsStorageFull(Exception exception) =>
        exception is SqliteException { SqliteErrorCode: SQLitePCL.raw.SQLITE_FULL };

    public ConsultDbContext CreateContext(DbConnection connection)
    {
        var context = new SqliteConsultDbContext(_contextOptions);
        context.Database.SetDbConnection(connection, contextOwnsConnection: false);
        return context;
    }

    /// <summary>The context options shared by the store and the design-time tools, so both see the same migrations.</summary>
    public static DbContextOptions<SqliteConsultDbContext> ContextOptions(string? connectionString)
    {
        var builder = new DbContextOptionsBuilder<SqliteConsultDbContext>();
        Action<Microsoft.EntityFrameworkCore.Infrastructure.SqliteDbContextOptionsBuilder> sqlite = o => o.MigrationsHistoryTable(MigrationsHistoryTable);
        if (connectionString is null)
        {
            builder.UseSqlite(sqlite);
        }
        else
        {
            builder.UseSqlite(connectionString, sqlite);
        }

        return builder.UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking).WithoutModelCheckOnMigrate().Options;
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
