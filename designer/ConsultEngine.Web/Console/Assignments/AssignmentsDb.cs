using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ConsultEngine.Web.StaffConsole.Assignments;

/// <summary>
/// The console's own table in the product's SQLite file: which contracted organisation runs which tool
/// step. A small context of its own (not the tools' records) because the question asked most is
/// "which steps does this organisation have, across all consultations", which the per-step tool
/// records cannot answer without visiting every step. Its migrations keep their own history table.
/// </summary>
internal sealed class AssignmentsDb(DbContextOptions<AssignmentsDb> options) : DbContext(options)
{
    public const string MigrationsHistoryTable = "__console_migrations_history";

    public DbSet<ToolStepAssignment> Assignments => Set<ToolStepAssignment>();

    public static DbContextOptions<AssignmentsDb> Options(string databasePath) =>
        new DbContextOptionsBuilder<AssignmentsDb>()
            .UseSqlite($"Data Source={databasePath};Default Timeout=30", sqlite => sqlite.MigrationsHistoryTable(MigrationsHistoryTable))
            .Options;

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
