using System.Globalization;
using ConsultEngine.Abstractions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ConsultEngine.Persistence.Tools;

internal sealed class ToolInputConfiguration : IEntityTypeConfiguration<ToolInputRow>
{
    /// <summary>The SQL condition of an input that holds its unique key: it has one and is not withdrawn.</summary>
    public static readonly string HoldsUniqueKey = string.Create(CultureInfo.InvariantCulture, $"\"unique_key\" IS NOT NULL AND (\"flags\" & {(int)InputMarks.Withdrawn}) = 0");

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

        // One input per key among a step's inputs that are not withdrawn: the database keeps the
        // promise even against a second process writing the same file.
        builder.HasIndex(i => new { i.InstanceId, i.StepId, i.UniqueKey })
            .IsUnique()
            .HasDatabaseName("ix_tool_inputs_unique_key")
            .HasFilter(HoldsUniqueKey);
    }
}
