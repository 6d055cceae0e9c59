using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ConsultEngine.Persistence.Model.Configurations;

internal sealed class InstanceConfiguration : IEntityTypeConfiguration<InstanceRow>
{
    public void Configure(EntityTypeBuilder<InstanceRow> builder)
    {
        builder.ToTable("instances");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Status).HasConversion<string>();

        // The optimistic-concurrency check is written by hand (UPDATE ... WHERE revision = expected),
        // so the revision is a plain column, not an EF concurrency token.
        builder.Property(i => i.Revision);

        // Lists for the console: what runs, per definition version.
        builder.HasIndex(i => new { i.Status, i.CreatedAt });
        builder.HasIndex(i => new { i.DefinitionId, i.DefinitionVersion });
    }
}
