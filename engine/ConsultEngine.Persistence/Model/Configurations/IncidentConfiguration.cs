using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ConsultEngine.Persistence.Model.Configurations;

internal sealed class IncidentConfiguration : IEntityTypeConfiguration<IncidentRow>
{
    public void Configure(EntityTypeBuilder<IncidentRow> builder)
    {
        builder.ToTable("incidents");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.HasIndex(i => new { i.InstanceId, i.At });

        // The operators' list of what still needs a person.
        builder.HasIndex(i => i.At)
            .HasDatabaseName("ix_incidents_open")
            .HasFilter("\"resolved_at\" IS NULL");
        builder.HasOne<InstanceRow>().WithMany().HasForeignKey(i => i.InstanceId).OnDelete(DeleteBehavior.Cascade);
    }
}
