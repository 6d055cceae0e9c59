using ConsultEngine.Persistence.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ConsultEngine.Web.StaffConsole.Assignments;

/// <summary>
/// The console's own table in the product's SQLite file: which contracted organisation runs which tool
/// step. A small context of its own (not the tools' records) because the question asked most is
/// "which steps does this organisation have, across all consultations", which the per-step tool
/// records cannot answer without visiting every step. Its migrations keep their own history table.
/// This type is the SQLite context; <see cref="PostgreSqlAssignmentsDb"/> carries the PostgreSQL
/// migration set (<c>Migrations/PostgreSql</c>).
/// </summary>
internal class AssignmentsDb : DbContext
{
    public const string MigrationsHistoryTable = "__console_migrations_history";

    public AssignmentsDb(DbContextOptions<AssignmentsDb> options)
        : base(options)
    {
    }

    protected AssignmentsDb(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<ToolStepAssignment> Assignments => Set<ToolStepAssignment>();

    public static DbContextOptions<AssignmentsDb> Options(string databasePath) =>
        new DbContextOptionsBuilder<AssignmentsDb>()
            .UseSqlite($"Data Source={databasePath};Default Timeout=30", sqlite => sqlite.MigrationsHistoryTable(MigrationsHistoryTable))
            .Options;

    /// <summary>A factory of contexts on <paramref name="database"/>, of its provider's type (so its migration set).</summary>
    public static Func<AssignmentsDb> Factory(DatabaseSelection database)
    {
        ArgumentNullException.ThrowIfNull(database);
        if (database.Provider == DatabaseProvider.PostgreSql)
        {
            var postgres = PostgreSqlAssignmentsDb.PostgreSqlOptions(database.ConnectionString);
            return () => new PostgreSqlAssignmentsDb(postgres);
        }

        var sqlite = Options(database.SqlitePath!);
        return () => new AssignmentsDb(sqlite);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var assignment = modelBuilder.Entity<ToolStepAssignment>();
        assignment.ToTable("console_tool_step_assignments");
        assignment.HasKey(a => new { a.InstanceId, a.StepId });
        assignment.Property(a => a.StepId).HasMaxLength(200);
        assignment.Property(a => a.Organisation).HasMaxLength(200).IsRequired();
        assignment.Property(a => a.AssignedBy).HasMaxLength(256).IsRequired();
        assignment.HasIndex(a => a.Organisation);
    }
}

/// <summary>For <c>dotnet ef migrations add</c>: the context over a throw-away file.</summary>
internal sealed class AssignmentsDesignTimeFactory : IDesignTimeDbContextFactory<AssignmentsDb>
{
    public AssignmentsDb CreateDbContext(string[] args) => new(AssignmentsDb.Options(Path.Combine(Path.GetTempPath(), "console-design.db")));
}
