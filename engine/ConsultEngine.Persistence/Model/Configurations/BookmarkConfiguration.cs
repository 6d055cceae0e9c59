using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ConsultEngine.Persistence.Model.Configurations;

internal sealed class BookmarkConfiguration : IEntityTypeConfiguration<BookmarkRow>
{
    public void Configure(EntityTypeBuilder<BookmarkRow> builder)
    {
        builder.ToTable("bookmarks");
        builder.HasKey(b => new { b.InstanceId, b.StepId });

        // The task inbox: what waits on a role, oldest first. Overdue tasks are found through their
        // due timers, which are indexed by time.
        builder.HasIndex(b => new { b.Role, b.CreatedAt });
        builder.HasOne<InstanceRow>().WithMany().HasForeignKey(b => b.InstanceId).OnDelete(DeleteBehavior.Cascade);
    }
}
