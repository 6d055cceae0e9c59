using ConsultEngine.Persistence.PostgreSql;
using ConsultEngine.Persistence.Tests.Support;
using ConsultEngine.Runtime.Journal;
using static ConsultEngine.Persistence.Tests.Support.ChangeSets;

namespace ConsultEngine.Persistence.Tests.PostgreSql;

/// <summary>The PostgreSQL migration set creates the engine's tables and is applied once.</summary>
public sealed class PostgreSqlSchemaTests : IAsyncLifetime
{
    private PostgresTestDatabase? _database;

    public async Task InitializeAsync() => _database = await PostgresTestDatabase.CreateAsync();

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [SkippableFact]
    public async Task OpenAsync_EmptyDatabase_CreatesTheInstanceTablesAsSnakeCase()
    {
        await using (await PostgreSqlInstanceStore.OpenAsync(_database!.ConnectionString))
        {
        }

        var tables = await _database.QueryAsync("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name");

        Assert.Subset(tables.ToHashSet(), new HashSet<string> { "__ef_migrations_history", "bookmarks", "incidents", "instances", "journal_entries", "outbox_messages", "step_states", "timers" });
    }

    [SkippableFact]
    public async Task OpenAsync_ExistingDatabase_KeepsItsDataAndMigratesNothingTwice()
    {
        var changes = Next(NewInstance(), T0, JournalEvents.InstanceStarted);
        await using (var first = await PostgreSqlInstanceStore.OpenAsync(_database!.ConnectionString))
        {
            await first.CommitAsync(changes);
        }

        var migrations = await _database.QueryAsync("SELECT count(*) FROM __ef_migrations_history");
        await using var second = await PostgreSqlInstanceStore.OpenAsync(_database.ConnectionString);

        Assert.Equal(changes.Instance, await second.FindInstanceAsync(changes.Instance.Id));
        Assert.Equal(migrations, await _database.QueryAsync("SELECT count(*) FROM __ef_migrations_history"));
    }

    [SkippableFact]
    public async Task CommitAsync_VietnameseText_RoundTrips()
    {
        await using var store = await PostgreSqlInstanceStore.OpenAsync(_database!.ConnectionString);
        var changes = Next(NewInstance() with { Title = "Lấy ý kiến nhân dân về dự thảo Nghị quyết — Hội đồng nhân dân tỉnh Quảng Ngãi" }, T0, JournalEvents.InstanceStarted);

        await store.CommitAsync(changes);

        Assert.Equal(changes.Instance.Title, (await store.FindInstanceAsync(changes.Instance.Id))!.Title);
    }
}
