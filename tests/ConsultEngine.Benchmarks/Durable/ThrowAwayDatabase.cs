using Npgsql;

namespace ConsultEngine.Benchmarks.Durable;

/// <summary>A PostgreSQL database of the benchmark's own on a given server, dropped (with its connections) when disposed.</summary>
internal sealed class ThrowAwayDatabase : IAsyncDisposable
{
    private readonly string _server;
    private readonly string _name;

    private ThrowAwayDatabase(string server, string name)
    {
        _server = server;
        _name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    public string ConnectionString { get; }

    public static async Task<ThrowAwayDatabase> CreateAsync(string server)
    {
        var database = new ThrowAwayDatabase(server, $"consult_bench_{Guid.NewGuid():N}");
        await ExecuteAsync(server, $"CREATE DATABASE {database._name}").ConfigureAwait(false);
        return database;
    }

    public async ValueTask DisposeAsync() => await ExecuteAsync(_server, $"DROP DATABASE IF EXISTS {_name} WITH (FORCE)").ConfigureAwait(false);

    private static async Task ExecuteAsync(string server, string sql)
    {
        var connection = new NpgsqlConnection(server);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync().ConfigureAwait(false);
            var command = new NpgsqlCommand(sql, connection);
            await using (command.ConfigureAwait(false))
            {
                await command.ExecuteNonQueryAsync().ConfigureAwait(false);
            }
        }
    }
}
