namespace ConsultEngine.Persistence.Codebooks;

// The rows of the codebook tables. Themes are edited in place; codings are append-only (the latest
// row of an opinion in a role is in force, the earlier ones are its history); the sample is replaced
// whole when it is drawn again. Theme lists are JSON text: only the codebook reads inside them.

internal sealed class CodebookThemeRow
{
    public Guid InstanceId { get; set; }

    public string Id { get; set; } = string.Empty;

    public string LabelVi { get; set; } = string.Empty;

    public string LabelEn { get; set; } = string.Empty;

    public string? DescriptionVi { get; set; }

    public string? DescriptionEn { get; set; }

    public string? ParentId { get; set; }

    public string? ImportedFrom { get; set; }

    public string UpdatedBy { get; set; } = string.Empty;

    public DateTimeOffset UpdatedAt { get; set; }
}

internal sealed class CodingRow
{
    public long Sequence { get; set; }

    public Guid InstanceId { get; set; }

    public string OpinionId { get; set; } = string.Empty;

    public CodingRole Role { get; set; }

    public string ThemeIdsJson { get; set; } = "[]";

    public string Coder { get; set; } = string.Empty;

    public DateTimeOffset CodedAt { get; set; }
}

internal sealed class CodingSampleRow
{
    public Guid InstanceId { get; set; }

    public string OpinionId { get; set; } = string.Empty;

    public int Position { get; set; }

    public int Seed { get; set; }

    public string DrawnBy { get; set; } = string.Empty;

    public DateTimeOffset DrawnAt { get; set; }
}
