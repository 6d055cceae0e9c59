using ConsultEngine.Persistence.Providers;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace ConsultEngine.Web.Identity;

/// <summary>
/// The users and roles, in the engine's database beside its tables, with a migrations history of
/// their own (<see cref="MigrationsHistoryTable"/>) so that the migration sets never meet. This type is
/// the SQLite context (<c>Identity/Migrations</c>); <see cref="PostgreSqlIdentityDb"/> carries the
/// PostgreSQL migration set (<c>Identity/Migrations/PostgreSql</c>): one set per provider.
/// </summary>
internal class IdentityDb : IdentityDbContext<ConsultUser, IdentityRole, string>
{
    public const string MigrationsHistoryTable = "__identity_migrations_history";

    public IdentityDb(DbContextOptions<IdentityDb> options)
        : base(options)
    {
    }

    protected IdentityDb(DbContextOptions options)
        : base(options)
    {
    }

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, string databasePath) =>
        builder.UseSqlite($"Data Source={databasePath}", sqlite => sqlite.MigrationsHistoryTable(MigrationsHistoryTable)).WithoutModelCheckOnMigrate();

    /// <summary>Registers the context of <paramref name="database"/>'s provider as <see cref="IdentityDb"/>.</summary>
    public static IServiceCollection Add(IServiceCollection services, DatabaseSelection database)
    {
        ArgumentNullException.ThrowIfNull(database);
        return database.Provider == DatabaseProvider.PostgreSql
            ? services.AddDbContext<IdentityDb, PostgreSqlIdentityDb>(options => PostgreSqlIdentityDb.ConfigurePostgreSql(options, database.ConnectionString))
            : services.AddDbContext<IdentityDb>(options => Configure(options, database.SqlitePath!));
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<ConsultUser>().Property(u => u.Organisation).HasMaxLength(200);
        builder.Entity<ConsultUser>().Property(u => u.Province).HasMaxLength(8);
    }
}
