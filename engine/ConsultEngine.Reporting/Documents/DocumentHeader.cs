namespace ConsultEngine.Reporting.Documents;

/// <summary>
/// The header of an administrative document (Decree 30/2020/NĐ-CP, Annex I): on the left the
/// governing body, the issuing body and the number and symbol; on the right the national title
/// and motto, and the place and date; then the document type and its title, centred.
/// </summary>
public sealed record DocumentHeader
{
    /// <summary>The national title line, in capitals.</summary>
    public const string NationalTitleVi = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";

    /// <summary>The motto line under the national title.</summary>
    public const string MottoVi = "Độc lập - Tự do - Hạnh phúc";

    public const string NationalTitleEn = "SOCIALIST REPUBLIC OF VIET NAM";

    public const string MottoEn = "Independence - Freedom - Happiness";

    /// <summary>The body the issuer belongs to (printed above it, not bold); may be absent.</summary>
    public string? GoverningBody { get; init; }

    /// <summary>The issuing body, printed in bold capitals (<c>HỘI ĐỒNG NHÂN DÂN TỈNH NGHỆ AN</c>).</summary>
    public required string IssuingBody { get; init; }

    public string NationalTitle { get; init; } = NationalTitleVi;

    public string Motto { get; init; } = MottoVi;

    /// <summary>The number and symbol line as printed (<c>Số: 12/BC-HĐND</c>).</summary>
    public required string NumberAndSymbol { get; init; }

    /// <summary>The place and date line as printed (<c>Nghệ An, ngày 05 tháng 12 năm 2026</c>).</summary>
    public required string PlaceAndDate { get; init; }

    /// <summary>The document type in capitals (<c>BÁO CÁO</c>); empty for a document without one.</summary>
    public string DocumentType { get; init; } = string.Empty;

    /// <summary>What the document is about, printed in bold under the type.</summary>
    public required string Title { get; init; }
}
