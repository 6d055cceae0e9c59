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

        // No secondary index: a province runs a few consultations a year, so listing them is a short
        // scan, while every index on this row would be rewritten by every advance (measured: each
        // one adds a 4 KiB page to every commit's WAL write).
    }
}
