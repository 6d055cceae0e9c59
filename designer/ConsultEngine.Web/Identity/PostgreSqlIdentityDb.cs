using ConsultEngine.Persistence.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ConsultEngine.Web.Identity;

/// <summary>The users and roles on PostgreSQL: the same model, its own migration set (<c>Identity/Migrations/PostgreSql</c>).</summary>
internal sealed class PostgreSqlIdentityDb(DbContextOptions<PostgreSqlIdentityDb> options) : IdentityDb(options)
{
    /// <summary>Npgsql over <paramref name="connectionString"/> (none: the design-time tools, which never connect).</summary>
    public static DbContextOptionsBuilder ConfigurePostgreSql(DbContextOptionsBuilder builder, string? connectionString) =>
        (connectionString is null
            ? builder.UseNpgsql(npgsql => npgsql.MigrationsHistoryTable(MigrationsHistoryTable))
            : builder.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable(MigrationsHistoryTable))).WithoutModelCheckOnMigrate();
}

/// <summary>
/// For <c>dotnet ef migrations add NAME --project designer/ConsultEngine.Web --context PostgreSqlIdentityDb --output-dir Identity/Migrations/PostgreSql</c>.
/// </summary>
internal sealed class PostgreSqlIdentityDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlIdentityDb>
{
    public PostgreSqlIdentityDb CreateDbContext(string[] args) =>
        new((DbContextOptions<PostgreSqlIdentityDb>)PostgreSqlIdentityDb.ConfigurePostgreSql(new DbContextOptionsBuilder<PostgreSqlIdentityDb>(), "Host=localhost;Database=consult_design_time").Options);
}
