using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ConsultEngine.Persistence.Definitions;

internal sealed class DefinitionVersionConfiguration : IEntityTypeConfiguration<DefinitionVersionRow>
{
    public void Configure(EntityTypeBuilder<DefinitionVersionRow> builder)
    {
        builder.ToTable("definition_versions");

        // The draft is kept at version 0, so the key alone keeps "at most one draft per definition
        // id" and "one row per published version", against any writer of the file.
        builder.HasKey(v => new { v.DefinitionId, v.Version });
        builder.Property(v => v.Version).ValueGeneratedNever();

        // Words, not numbers, so the rows read plainly in the SQLite shell.
        builder.Property(v => v.State).HasConversion<string>();
        builder.Property(v => v.Kind).HasConversion<string>();
    }
}
