using ConsultEngine.Persistence.Providers;

namespace ConsultEngine.Persistence.Tests.Support;

/// <summary>
/// An empty database of its own on either provider, for the tests that run a store's contract on
/// both: a temporary SQLite file, or a throw-away database on the PostgreSQL test server (skipped
/// without it, failing under CI, as <see cref="PostgresTestDatabase"/> says).
/// </summary>
internal sealed class ProviderDatabase : IAsyncDisposable
{
    private readonly TempDatabase? _file;
    private readonly PostgresTestDatabase? _server;

    private ProviderDatabase(DatabaseSelection selection, TempDatabase? file, PostgresTestDatabase? server)
    {
        Selection = selection;
        _file = file;
        _server = server;
    }

    /// <summary>Where the stores under test live.</summary>
    public DatabaseSelection Selection { get; }

    public static async Task<ProviderDatabase> CreateAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.PostgreSql)
        {
            var server = await PostgresTestDatabase.CreateAsync();
            return new ProviderDatabase(DatabaseSelection.Resolve(nameof(DatabaseProvider.PostgreSql), server.ConnectionString, null), null, server);
        }

        var file = new TempDatabase();
        return new ProviderDatabase(DatabaseSelection.Resolve(nameof(DatabaseProvider.Sqlite), null, file.Path), file, null);
    }

    /// <summary>Runs one statement and returns the first column of every row, as text.</summary>
    public async Task<IReadOnlyList<string>> QueryAsync(string sql) =>
        _server is not null ? await _server.QueryAsync(sql) : await SqliteText.QueryAsync(_file!.Path, sql);

    /// <summary>Call once every store on the database is closed.</summary>
    public async ValueTask DisposeAsync()
    {
        _file?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
