using System.Data.Common;

namespace ConsultEngine.Persistence.Providers;

/// <summary>
/// Where the stores live: the provider and, for PostgreSQL, the connection string; for SQLite the
/// file (<c>ConsultEngine:DatabasePath</c>).
/// </summary>
public sealed record DatabaseSelection
{
    private DatabaseSelection(DatabaseProvider provider, string? sqlitePath, string? connectionString)
    {
        Provider = provider;
        SqlitePath = sqlitePath;
        ConnectionString = connectionString;
    }

    public DatabaseProvider Provider { get; }

    /// <summary>The SQLite file (full path) when <see cref="Provider"/> is SQLite.</summary>
    public string? SqlitePath { get; }

    /// <summary>The PostgreSQL connection string when <see cref="Provider"/> is PostgreSQL.</summary>
    public string? ConnectionString { get; }

    /// <summary>Where the database is, to print: the SQLite file, or PostgreSQL's host, port and database (never a password).</summary>
    public string Where => SqlitePath ?? Describe(Read(ConnectionString!));

    /// <summary>
    /// Reads a choice as configuration gives it: a provider name (empty means SQLite; case is
    /// ignored), a connection string (PostgreSQL) and the SQLite file. Refuses an unknown provider
    /// (CE8320), PostgreSQL without a connection string (CE8321), a connection string that cannot be
    /// read (CE8323) and a connection string given for SQLite (CE8324).
    /// </summary>
    public static DatabaseSelection Resolve(string? provider, string? connectionString, string? sqlitePath)
    {
        var chosen = ParseProvider(provider);
        var connection = string.IsNullOrWhiteSpace(connectionString) ? null : connectionString.Trim();
        if (chosen == DatabaseProvider.PostgreSql)
        {
            if (connection is null)
            {
                throw new DatabaseException(DatabaseCodes.ConnectionStringMissing,
                    "PostgreSQL was chosen without a connection string: set ConsultEngine:Database:ConnectionString (or --connection).");
            }

            Read(connection);
            return new DatabaseSelection(chosen, null, connection);
        }

        if (connection is not null)
        {
            // One setting per provider: every SQLite store (and the web host's own) opens DatabasePath.
            throw new DatabaseException(DatabaseCodes.ConnectionStringWithSqlite,
                "A connection string is for PostgreSQL: SQLite opens the file of ConsultEngine:DatabasePath (or --db).");
        }

        if (string.IsNullOrWhiteSpace(sqlitePath))
        {
            throw new DatabaseException(DatabaseCodes.ConnectionStringMissing, "SQLite was chosen without a file: set ConsultEngine:DatabasePath (or --db).");
        }

        return new DatabaseSelection(chosen, Path.GetFullPath(sqlitePath), null);
    }

    /// <summary>The provider a name stands for; <c>Postgres</c> and <c>Npgsql</c> are understood too.</summary>
    public static DatabaseProvider ParseProvider(string? provider) =>
        (provider?.Trim().ToUpperInvariant()) switch
        {
            null or "" or "SQLITE" => DatabaseProvider.Sqlite,
            "POSTGRESQL" or "POSTGRES" or "NPGSQL" => DatabaseProvider.PostgreSql,
            _ => throw new DatabaseException(DatabaseCodes.UnknownProvider,
                $"'{provider}' is not a database provider: use Sqlite (the default) or PostgreSql."),
        };

    private static string Describe(DbConnectionStringBuilder builder)
    {
        string Part(params string[] keys) => keys.Select(k => builder.TryGetValue(k, out var v) ? Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) : null).FirstOrDefault(v => !string.IsNullOrEmpty(v)) ?? "?";
        var port = Part("Port") is "?" ? "5432" : Part("Port");
        return $"{Part("Host", "Server")}:{port}/{Part("Database", "Db")}";
    }

    private static DbConnectionStringBuilder Read(string connectionString)
    {
        try
        {
            return new DbConnectionStringBuilder { ConnectionString = connectionString };
        }
        catch (ArgumentException e)
        {
            // The message of the driver names the faulty part, never the password around it.
            throw new DatabaseException(DatabaseCodes.ConnectionStringMalformed, "The database connection string cannot be read: " + e.Message, e);
        }
    }
}
