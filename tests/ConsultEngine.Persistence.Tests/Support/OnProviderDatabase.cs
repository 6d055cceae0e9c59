using ConsultEngine.Persistence.Providers;

namespace ConsultEngine.Persistence.Tests.Support;

/// <summary>
/// A contract test class run on each provider: every test gets an empty <see cref="ProviderDatabase"/> of its own,
/// made before the test and dropped after it.
/// </summary>
public abstract class OnProviderDatabase(DatabaseProvider provider) : IAsyncLifetime
{
    private ProviderDatabase? _database;

    /// <summary>The provider the contract runs on.</summary>
    private protected DatabaseProvider Provider => provider;

    /// <summary>The test's database (made in <see cref="InitializeAsync"/>).</summary>
    private protected ProviderDatabase Database => _database ?? throw new InvalidOperationException("The database is made when the test starts.");

    public async Task InitializeAsync() => _database = await ProviderDatabase.CreateAsync(provider);

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
