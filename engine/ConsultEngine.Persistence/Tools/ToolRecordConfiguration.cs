using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ConsultEngine.Persistence.Tools;

internal sealed class ToolRecordConfiguration : IEntityTypeConfiguration<ToolRecordRow>
{
    public void Configure(EntityTypeBuilder<ToolRecordRow> builder)
    {
        builder.ToTable("tool_records");
        builder.HasKey(r => new { r.InstanceId, r.StepId, r.Collection, r.Key });
    }
}
