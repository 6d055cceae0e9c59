using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ConsultEngine.Persistence.Administrative;

// A province's communes, replaced whole by each import. The position keeps the file's order, which a
// province chooses for its pick-lists (by old district, by name...).

internal sealed class CommuneRow
{
    public string ProvinceCode { get; set; } = string.Empty;

    public string Code { get; set; } = string.Empty;

    public string Name { get; set; } = string.Empty;

    public CommuneKind Kind { get; set; }

    public int Position { get; set; }

    public DateTimeOffset ImportedAt { get; set; }
}

internal sealed class CommuneConfiguration : IEntityTypeConfiguration<CommuneRow>
{
    public void Configure(EntityTypeBuilder<CommuneRow> builder)
    {
        builder.ToTable("communes");
        builder.HasKey(c => new { c.ProvinceCode, c.Code });
        builder.HasIndex(c => new { c.ProvinceCode, c.Position });

        // By name, as the CSV file and the API write it, never by number.
        builder.Property(c => c.Kind).HasConversion(k => Commune.KindText(k), text => Commune.ParseKind(text) ?? CommuneKind.Commune);
    }
}
