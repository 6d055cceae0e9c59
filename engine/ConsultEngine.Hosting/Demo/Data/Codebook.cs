namespace ConsultEngine.Hosting.Demo.Data;

/// <summary>
/// The consultation's one codebook: the same theme ids code the hearing's opinions and the focus
/// groups' passages, so the analysis can gather every source under each theme.
/// </summary>
internal static class Codebook
{
    public const string Frequency = "tan-suat-thu-gom";
    public const string Price = "muc-gia-kha-nang-chi-tra";
    public const string ByVolume = "tinh-gia-theo-khoi-luong";
    public const string Sorting = "phan-loai-tai-nguon";
    public const string Exemptions = "mien-giam-ho-kho-khan";
    public const string CollectionPoints = "diem-tap-ket-mui-hoi";
    public const string Information = "thong-tin-huong-dan";
    public const string Transparency = "cong-khai-thu-chi";

    public static IReadOnlyList<(string Id, string Vi, string En)> Themes { get; } =
    [
        (Frequency, "Tần suất thu gom chưa đều", "Irregular collection"),
        (Price, "Mức giá và khả năng chi trả", "Price and ability to pay"),
        (ByVolume, "Tính giá theo khối lượng", "Charging by volume"),
        (Sorting, "Phân loại rác tại nguồn", "Sorting at source"),
        (Exemptions, "Miễn, giảm cho hộ khó khăn", "Exemptions for poor households"),
        (CollectionPoints, "Điểm tập kết, mùi hôi", "Collection points and smell"),
        (Information, "Thông tin, hướng dẫn cho người dân", "Information and guidance"),
        (Transparency, "Công khai thu, chi", "Transparency of revenue and spending"),
    ];
}
