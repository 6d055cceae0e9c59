using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ConsultEngine.Persistence.Codebooks;

// The codebook tables. Like the registers, no foreign key to instances: the codebook is its own seam
// and is read long after the instance's run (the report, the traces of recommendations).

internal sealed class CodebookThemeConfiguration : IEntityTypeConfiguration<CodebookThemeRow>
{
    public void Configure(EntityTypeBuilder<CodebookThemeRow> builder)
    {
        builder.ToTable("codebook_themes");
        builder.HasKey(t => new { t.InstanceId, t.Id });
    }
}

internal sealed class CodingConfiguration : IEntityTypeConfiguration<CodingRow>
{
    public void Configure(EntityTypeBuilder<CodingRow> builder)
    {
        builder.ToTable("codebook_codings");

        // Append-only: the sequence orders the history; the latest row of an opinion in a role is in force.
        builder.HasKey(c => c.Sequence);
        builder.HasIndex(c => new { c.InstanceId, c.Role, c.OpinionId, c.Sequence });
        builder.Property(c => c.Role).HasConversion<string>();
    }
}

internal sealed class CodingSampleConfiguration : IEntityTypeConfiguration<CodingSampleRow>
{
    public void Configure(EntityTypeBuilder<CodingSampleRow> builder)
    {
        builder.ToTable("codebook_sample");
        builder.HasKey(s => new { s.InstanceId, s.OpinionId });
    }
}
