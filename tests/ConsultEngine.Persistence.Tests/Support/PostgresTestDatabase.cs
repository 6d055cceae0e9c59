using Npgsql;

namespace ConsultEngine.Persistence.Tests.Support;

/// <summary>
/// An empty database of its own on the test server named by <see cref="Variable"/> (CI starts one:
/// <c>scripts/postgres-test-server.sh</c>), dropped when the test ends. Without the variable the
/// test is skipped, except under <c>CI=true</c> where it fails: CI must never pass by skipping.
/// </summary>
internal sealed class PostgresTestDatabase : IAsyncDisposable
{
    public const string Variable = "CONSULT_TEST_POSTGRES";

    private readonly string _server;
    private readonly string _name;

    private PostgresTestDatabase(string server, string name, string connectionString)
    {
        _server = server;
        _name = name;
        ConnectionString = connectionString;
    }

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
        await ExecuteAsync(server, $"CREATE DATABASE {name}");
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        return new PostgresTestDatabase(server, name, connectionString);
    }

    /// <summary>Runs one statement on the database and returns the first column of every row, as text.</summary>
    public async Task<IReadOnlyList<string>> QueryAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
        }

        return values;
    }

    // FORCE ends the connections the stores' pools still hold.
    public async ValueTask DisposeAsync() => await ExecuteAsync(_server, $"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
