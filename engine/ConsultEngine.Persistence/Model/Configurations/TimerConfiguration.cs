using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ConsultEngine.Persistence.Model.Configurations;

internal sealed class TimerConfiguration : IEntityTypeConfiguration<TimerRow>
{
    public void Configure(EntityTypeBuilder<TimerRow> builder)
    {
        builder.ToTable("timers");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Kind).HasConversion<string>();

        // The timer loop asks "what is due by now", the interpreter "what does this step wait on".
        builder.HasIndex(t => t.DueAt);
        builder.HasIndex(t => new { t.InstanceId, t.StepId });
        // A node's name (host and a per-store id): short and bounded.
        builder.Property(t => t.ClaimedBy).HasMaxLength(100);
        builder.HasOne<InstanceRow>().WithMany().HasForeignKey(t => t.InstanceId).OnDelete(DeleteBehavior.Cascade);
    }
}
