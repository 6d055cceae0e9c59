using ConsultEngine.Persistence.PostgreSql;
using ConsultEngine.Persistence.Providers;
using ConsultEngine.Persistence.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ConsultEngine.Persistence.Tests.Contract;

/// <summary>The migrations read from the assembly's metadata (which start-up trusts to skip EF Core's scan) are EF Core's own.</summary>
public sealed class DeclaredMigrationsTests
{
    [Fact]
    public void TheSqliteContextsMigrations_ReadFromMetadata_AreThoseEfCoreFinds()
    {
        using var context = new SqliteConsultDbContext(SqliteStoreProvider.ContextOptions("Data Source=:memory:"));

        var declared = DeclaredMigrations.Of(typeof(SqliteConsultDbContext).Assembly, typeof(SqliteConsultDbContext));

        Assert.NotNull(declared);
        Assert.Equal(context.Database.GetMigrations().Order(StringComparer.Ordinal), declared.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ThePostgreSqlContextsMigrations_ReadFromMetadata_AreThoseEfCoreFinds()
    {
        using var context = new PostgreSqlConsultDbContext(PostgreSqlStoreProvider.ContextOptions("Host=localhost;Database=unused"));

        var declared = DeclaredMigrations.Of(typeof(PostgreSqlConsultDbContext).Assembly, typeof(PostgreSqlConsultDbContext));

        Assert.NotNull(declared);
        Assert.Equal(context.Database.GetMigrations().Order(StringComparer.Ordinal), declared.Order(StringComparer.Ordinal));
    }
}
