using ConsultEngine.Persistence.Providers;

namespace ConsultEngine.Persistence.Tests.Support;

/// <summary>
/// A contract test class run on each provider: every test gets an empty <see cref="ProviderDatabase"/> of its own,
/// made before the test and dropped after it, and the stores the contract opens on it.
/// </summary>
public abstract class OnProviderDatabase(DatabaseProvider provider) : IAsyncLifetime
{
    private ProviderDatabase? _database;

    /// <summary>The provider the contract runs on.</summary>
    private protected DatabaseProvider Provider => provider;

    /// <summary>The test's database (made in <see cref="InitializeAsync"/>).</summary>
    private protected ProviderDatabase Database => _database ?? throw new InvalidOperationException("The database is made when the test starts.");

    public async Task InitializeAsync()
    {
        _database = await ProviderDatabase.CreateAsync(provider);
        await OpenStoresAsync();
    }

    public async Task DisposeAsync()
    {
        await CloseStoresAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    /// <summary>Opens what every test of the contract uses, once the database is made.</summary>
    private protected virtual Task OpenStoresAsync() => Task.CompletedTask;

    /// <summary>Closes what <see cref="OpenStoresAsync"/> opened, before the database is dropped.</summary>
    private protected virtual Task CloseStoresAsync() => Task.CompletedTask;
}
