using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ConsultEngine.Persistence.Model.Configurations;

internal sealed class OutboxConfiguration : IEntityTypeConfiguration<OutboxRow>
{
    public void Configure(EntityTypeBuilder<OutboxRow> builder)
    {
        builder.ToTable("outbox_messages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();

        // Only the undispatched messages are indexed: the dispatcher's queue stays small however
        // many messages have gone out. The filter is plain SQL that SQLite and PostgreSQL both read.
        builder.HasIndex(m => m.CreatedAt)
            .HasDatabaseName("ix_outbox_messages_undispatched")
            .HasFilter("\"dispatched_at\" IS NULL");
        builder.HasIndex(m => m.InstanceId);

        // The last failure is scrubbed to a code and an exception type: a short, bounded text.
        builder.Property(m => m.LastError).HasMaxLength(200);
        // A node's name (host and a per-store id): short and bounded.
        builder.Property(m => m.ClaimedBy).HasMaxLength(100);
        builder.HasOne<InstanceRow>().WithMany().HasForeignKey(m => m.InstanceId).OnDelete(DeleteBehavior.Cascade);
    }
}
