using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace ConsultEngine.Web.Identity;

/// <summary>
/// The users and roles, in the engine's SQLite file beside its tables, with a migrations history of
/// their own (<see cref="MigrationsHistoryTable"/>) so that the two migration sets never meet.
/// </summary>
internal sealed class IdentityDb(DbContextOptions<IdentityDb> options) : IdentityDbContext<ConsultUser, IdentityRole, string>(options)
{
    public const string MigrationsHistoryTable = "__identity_migrations_history";

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, string databasePath) =>
        builder.UseSqlite($"Data Source={databasePath}", sqlite => sqlite.MigrationsHistoryTable(MigrationsHistoryTable));

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<ConsultUser>().Property(u => u.Organisation).HasMaxLength(200);
        builder.Entity<ConsultUser>().Property(u => u.Province).HasMaxLength(8);
    }
}
