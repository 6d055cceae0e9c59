using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ConsultEngine.Persistence.Feedback;

// No input id and no foreign key: the contact must not lead back to the opinion it came with.

internal sealed class FeedbackSubscriptionRow
{
    public Guid Id { get; set; }

    public Guid InstanceId { get; set; }

    public string StepId { get; set; } = string.Empty;

    public FeedbackChannel Channel { get; set; }

    public string Contact { get; set; } = string.Empty;

    public string Language { get; set; } = "vi";

    public DateTimeOffset CreatedAt { get; set; }

    public string Token { get; set; } = string.Empty;
}

internal sealed class FeedbackDeliveryRow
{
    public long Sequence { get; set; }

    public Guid InstanceId { get; set; }

    public string StepId { get; set; } = string.Empty;

    public int Emails { get; set; }

    public int Phones { get; set; }

    public DateTimeOffset QueuedAt { get; set; }
}

internal sealed class FeedbackSubscriptionConfiguration : IEntityTypeConfiguration<FeedbackSubscriptionRow>
{
    public void Configure(EntityTypeBuilder<FeedbackSubscriptionRow> builder)
    {
        builder.ToTable("feedback_subscriptions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasIndex(s => s.InstanceId);
        builder.HasIndex(s => s.Token).IsUnique();
        builder.Property(s => s.Channel).HasConversion<string>();
    }
}

internal sealed class FeedbackDeliveryConfiguration : IEntityTypeConfiguration<FeedbackDeliveryRow>
{
    public void Configure(EntityTypeBuilder<FeedbackDeliveryRow> builder)
    {
        builder.ToTable("feedback_deliveries");
        builder.HasKey(d => d.Sequence);
        builder.HasIndex(d => d.InstanceId);
    }
}
