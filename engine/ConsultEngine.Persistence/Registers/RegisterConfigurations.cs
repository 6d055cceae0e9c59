using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ConsultEngine.Persistence.Registers;

// The register tables. No foreign key to instances: like the tool store, the registers are their own
// seam, and they outlive the instance's run (decisions are updated for years after it completes).
// Kinds and statuses are words, so the rows read plainly in the SQLite shell.

internal sealed class DispositionConfiguration : IEntityTypeConfiguration<DispositionRow>
{
    public void Configure(EntityTypeBuilder<DispositionRow> builder)
    {
        builder.ToTable("register_dispositions");

        // Append-only: the sequence orders the history; the latest row of an opinion is in force.
        builder.HasKey(d => d.Sequence);
        builder.HasIndex(d => new { d.InstanceId, d.OpinionId, d.Sequence });
        builder.Property(d => d.Kind).HasConversion<string>();
    }
}

internal sealed class RecommendationConfiguration : IEntityTypeConfiguration<RecommendationRow>
{
    public void Configure(EntityTypeBuilder<RecommendationRow> builder)
    {
        builder.ToTable("register_recommendations");
        builder.HasKey(r => new { r.InstanceId, r.Id });
    }
}

internal sealed class ResponseConfiguration : IEntityTypeConfiguration<ResponseRow>
{
    public void Configure(EntityTypeBuilder<ResponseRow> builder)
    {
        builder.ToTable("register_responses");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasIndex(r => new { r.InstanceId, r.RecommendationId });
        builder.Property(r => r.Kind).HasConversion<string>();
    }
}

internal sealed class DecisionConfiguration : IEntityTypeConfiguration<DecisionRow>
{
    public void Configure(EntityTypeBuilder<DecisionRow> builder)
    {
        builder.ToTable("register_decisions");
        builder.HasKey(d => new { d.InstanceId, d.Id });
        builder.Property(d => d.Kind).HasConversion<string>();
        builder.Property(d => d.Status).HasConversion<string>();
    }
}

internal sealed class DecisionStatusConfiguration : IEntityTypeConfiguration<DecisionStatusRow>
{
    public void Configure(EntityTypeBuilder<DecisionStatusRow> builder)
    {
        builder.ToTable("register_decision_statuses");

        // Append-only: the status history of each decision, oldest first.
        builder.HasKey(s => s.Sequence);
        builder.HasIndex(s => new { s.InstanceId, s.DecisionId, s.Sequence });
        builder.Property(s => s.Status).HasConversion<string>();
    }
}
