using ConsultEngine.Web.Identity;
using Microsoft.EntityFrameworkCore;

namespace ConsultEngine.Web.Tests.Security;

/// <summary>
/// The users' model is wholly in each provider's migration set. Start-up skips EF Core's own comparison when it
/// migrates (MigrationShortcut.WithoutModelCheckOnMigrate), so this is where a forgotten migration shows.
/// </summary>
public sealed class IdentityModelTests
{
    [Fact]
    public void TheSqliteUsersModel_HasNoChangesMissingFromItsMigrations()
    {
        var options = (DbContextOptions<IdentityDb>)IdentityDb.Configure(new DbContextOptionsBuilder<IdentityDb>(), "unused.db").Options;
        using var context = new IdentityDb(options);

        Assert.False(context.Database.HasPendingModelChanges(), "Run: dotnet ef migrations add NAME --project designer/ConsultEngine.Web --context IdentityDb --output-dir Identity/Migrations");
    }

    [Fact]
    public void ThePostgreSqlUsersModel_HasNoChangesMissingFromItsMigrations()
    {
        using var context = new PostgreSqlIdentityDesignTimeFactory().CreateDbContext([]);

        Assert.False(context.Database.HasPendingModelChanges(), "Run: dotnet ef migrations add NAME --project designer/ConsultEngine.Web --context PostgreSqlIdentityDb --output-dir Identity/Migrations/PostgreSql");
    }
}
