using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ConsultEngine.Persistence.Reports;

// The report tables. No foreign key to instances, like the registers: a report approved for publication
// is a record of the consultation that outlives its run. Statuses are words, so rows read plainly.

internal sealed class ReportVersionConfiguration : IEntityTypeConfiguration<ReportVersionRow>
{
    public void Configure(EntityTypeBuilder<ReportVersionRow> builder)
    {
        builder.ToTable("report_versions");
        builder.HasKey(v => new { v.InstanceId, v.Number });
        builder.Property(v => v.Number).ValueGeneratedNever();
        builder.Property(v => v.Status).HasConversion<string>();
    }
}

internal sealed class ReportReviewCommentConfiguration : IEntityTypeConfiguration<ReportReviewCommentRow>
{
    public void Configure(EntityTypeBuilder<ReportReviewCommentRow> builder)
    {
        builder.ToTable("report_review_comments");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();

        // Read per consultation, grouped by section across versions.
        builder.HasIndex(c => new { c.InstanceId, c.SectionId, c.VersionNumber });
    }
}
