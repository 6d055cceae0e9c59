using Npgsql;
using Xunit;

namespace ConsultEngine.TestSupport;

/// <summary>
/// An empty database of its own on the test server named by <see cref="Variable"/> (CI starts one:
/// <c>scripts/postgres-test-server.sh</c>), dropped when the test ends. Without the variable the test is
/// skipped, except under <c>CI=true</c> where it fails: CI must never pass by skipping. <see cref="BlockConnectionsAsync"/> makes the database unreachable for a
/// readiness test without touching the shared server. One source file, compiled into each test project
/// that needs it (the store tests and the web tests' support library).
/// </summary>
public sealed class PostgresTestDatabase : IAsyncDisposable
{
    public const string Variable = "CONSULT_TEST_POSTGRES";

    private readonly string _server;

    private PostgresTestDatabase(string server, string name, string connectionString)
    {
        _server = server;
        Name = name;
        ConnectionString = connectionString;
    }

    /// <summary>The database's name (created by this test, so it may be altered and dropped).</summary>
    public string Name { get; }

    /// <summary>The connection string of the new database.</summary>
    public string ConnectionString { get; }

    /// <summary>The server's connection string, or a skip (a failure under CI) when none is given.</summary>
    public static string Server()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(server))
        {
            return server;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"{Variable} is not set: CI must run the PostgreSQL tests (.ci/run starts the server).");
        }

        Skip.If(true, $"{Variable} is not set (scripts/postgres-test-server.sh start DIR prints one).");
        return string.Empty;
    }

    public static async Task<PostgresTestDatabase> CreateAsync()
    {
        var server = Server();
        var name = $"consult_test_{Guid.NewGuid():N}";
        await ExecuteAsync(server, $"CREATE DATABASE {name}").ConfigureAwait(false);
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        return new PostgresTestDatabase(server, name, connectionString);
    }

    /// <summary>Runs one statement on the database and returns the first column of every row, as text.</summary>
    public async Task<IReadOnlyList<string>> QueryAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync().ConfigureAwait(false);
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        var values = new List<string>();
        while (await reader.ReadAsync().ConfigureAwait(false))
        {
            values.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }

        return values;
    }

    /// <summary>
    /// Makes the database unreachable as a stopped server would be for its clients: it accepts no new connection
    /// and the open ones (the hosts' pools) are ended. The shared server itself keeps running.
    /// </summary>
    public async Task BlockConnectionsAsync()
    {
        await ExecuteAsync(_server, $"ALTER DATABASE {Name} ALLOW_CONNECTIONS false").ConfigureAwait(false);
        await ExecuteAsync(_server, $"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{Name}' AND pid <> pg_backend_pid()").ConfigureAwait(false);
    }

    /// <summary>Lets connections in again after <see cref="BlockConnectionsAsync"/>.</summary>
    public Task AllowConnectionsAsync() => ExecuteAsync(_server, $"ALTER DATABASE {Name} ALLOW_CONNECTIONS true");

    // FORCE ends the connections the stores' pools still hold.
    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(_server, $"DROP DATABASE IF EXISTS {Name} WITH (FORCE)").ConfigureAwait(false);
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync().ConfigureAwait(false);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }
}
