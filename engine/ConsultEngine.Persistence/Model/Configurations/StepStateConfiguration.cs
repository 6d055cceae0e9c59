using ConsultEngine.Runtime.State;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ConsultEngine.Persistence.Model.Configurations;

internal sealed class StepStateConfiguration : IEntityTypeConfiguration<StepStateRow>
{
    public void Configure(EntityTypeBuilder<StepStateRow> builder)
    {
        builder.ToTable("step_states");
        builder.HasKey(s => new { s.InstanceId, s.StepId });
        builder.Property(s => s.Status).HasConversion<string>();
        builder.HasOne<InstanceRow>().WithMany().HasForeignKey(s => s.InstanceId).OnDelete(DeleteBehavior.Cascade);
    }
}
