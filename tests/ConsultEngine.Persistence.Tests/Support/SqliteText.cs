using Microsoft.Data.Sqlite;

namespace ConsultEngine.Persistence.Tests.Support;

/// <summary>Raw SQL against a database file, for tests that look under the stores (schema, rows, integrity).</summary>
internal static class SqliteText
{
    /// <summary>The first column of every row <paramref name="sql"/> returns, as text, on a fresh unpooled connection to <paramref name="path"/>.</summary>
    public static async Task<List<string>> QueryAsync(string path, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        return await QueryAsync(connection, sql);
    }

    /// <summary>The first column of every row <paramref name="sql"/> returns, as text.</summary>
    public static async Task<List<string>> QueryAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var result = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            result.Add(reader.GetString(0));
        }

        return result;
    }

    public static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
