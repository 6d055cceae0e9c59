using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ConsultEngine.Web.Security;

/// <summary>
/// The data protection key ring in the PostgreSQL database the nodes share, so that a sign-in cookie,
/// a bearer token or an antiforgery token made by one node is read by every other. Its migrations keep
/// a history table of their own (<see cref="MigrationsHistoryTable"/>). On SQLite (one node) the keys stay
/// in their folder (<see cref="KeyProtection"/>); this context is PostgreSQL only.
/// </summary>
internal sealed class DataProtectionKeysDb(DbContextOptions<DataProtectionKeysDb> options) : DbContext(options), IDataProtectionKeyContext
{
    public const string MigrationsHistoryTable = "__keys_migrations_history";

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>Npgsql over <paramref name="connectionString"/> (none: the design-time tools, which never connect).</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, string? connectionString) =>
        connectionString is null
            ? builder.UseNpgsql(npgsql => npgsql.MigrationsHistoryTable(MigrationsHistoryTable))
            : builder.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable(MigrationsHistoryTable));

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
    }
}

/// <summary>
/// For <c>dotnet ef migrations add NAME --project designer/ConsultEngine.Web --context DataProtectionKeysDb --output-dir Security/Migrations/PostgreSql</c>.
/// </summary>
internal sealed class DataProtectionKeysDesignTimeFactory : IDesignTimeDbContextFactory<DataProtectionKeysDb>
{
    public DataProtectionKeysDb CreateDbContext(string[] args) =>
        new((DbContextOptions<DataProtectionKeysDb>)DataProtectionKeysDb.Configure(new DbContextOptionsBuilder<DataProtectionKeysDb>(), "Host=localhost;Database=consult_design_time").Options);
}
