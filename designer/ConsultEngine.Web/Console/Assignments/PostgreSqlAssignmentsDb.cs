using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ConsultEngine.Web.StaffConsole.Assignments;

/// <summary>The assignments on PostgreSQL: the same model, its own migration set (<c>Console/Assignments/Migrations/PostgreSql</c>).</summary>
internal sealed class PostgreSqlAssignmentsDb(DbContextOptions<PostgreSqlAssignmentsDb> options) : AssignmentsDb(options)
{
    /// <summary>Npgsql over <paramref name="connectionString"/> (none: the design-time tools, which never connect).</summary>
    public static DbContextOptions<PostgreSqlAssignmentsDb> PostgreSqlOptions(string? connectionString)
    {
        var builder = new DbContextOptionsBuilder<PostgreSqlAssignmentsDb>();
        return (connectionString is null
            ? builder.UseNpgsql(npgsql => npgsql.MigrationsHistoryTable(MigrationsHistoryTable))
            : builder.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable(MigrationsHistoryTable))).Options;
    }
}

/// <summary>
/// For <c>dotnet ef migrations add NAME --project designer/ConsultEngine.Web --context PostgreSqlAssignmentsDb --output-dir Console/Assignments/Migrations/PostgreSql</c>.
/// </summary>
internal sealed class PostgreSqlAssignmentsDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlAssignmentsDb>
{
    public PostgreSqlAssignmentsDb CreateDbContext(string[] args) => new(PostgreSqlAssignmentsDb.PostgreSqlOptions("Host=localhost;Database=consult_design_time"));
}
