using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ConsultEngine.Persistence.Tools;

internal sealed class ToolInputConfiguration : IEntityTypeConfiguration<ToolInputRow>
{
    public void Configure(EntityTypeBuilder<ToolInputRow> builder)
    {
        builder.ToTable("tool_inputs");

        // The integer key is the commit order, and appends go to the end of the table's b-tree
        // instead of landing at random places as a GUID key would. No foreign key to instances:
        // the tool store is its own seam (a simulation may use it with no instance row), and
        // every append would pay for the look-up.
        builder.HasKey(i => i.Sequence);

        // SQLite's plain rowid, not AUTOINCREMENT: a new row always gets a number above every
        // existing row, which is all the order needs (inputs are never deleted, so no number is
        // reused), and each insert skips the sqlite_sequence update (measured ≈ 3 µs a row). The
        // database assigns it: the insert leaves the column out (InsertStatement). "Never" keeps
        // EF Core from asking for AUTOINCREMENT; EF Core never inserts into this table.
        builder.Property(i => i.Sequence).ValueGeneratedNever();
        builder.HasIndex(i => i.Id).IsUnique();

        // Reading a step's inputs oldest first is one range scan.
        builder.HasIndex(i => new { i.InstanceId, i.StepId, i.Sequence });

        // No index on the unique key: one input per key among a step's non-withdrawn inputs is kept by
        // the ingestion writer's registry (UniqueKeyRegistry), which a trigger on this table tells of
        // every change of holder other than an append (migration UniqueKeysHeldByWriter).
    }
}
