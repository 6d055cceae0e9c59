using ConsultEngine.Hosting.Registers;
using ConsultEngine.Persistence.Registers;

namespace ConsultEngine.Hosting.Demo.Data;

/// <summary>
/// How the Working Group answers each kind of opinion in the explanation register: by what the text
/// says first (the same wish phrased by many households), then by the themes it was coded to. The
/// answers follow what the executive accepted at the workshop: taken up where a recommendation
/// carries it, partly where only a pilot or a later step does, not taken up with the reason, and
/// outside the scope for what belongs to the communes rather than to the price. An explanation does
/// not start with its kind: the register and the portal print the kind's label before it.
/// </summary>
internal static class DispositionRules
{
    private sealed record Rule(string[] Words, string[] Themes, DispositionKind Kind, string Explanation, string? RecommendationId);

    private static readonly Rule[] Rules =
    [
        new(["khẩu"], [], DispositionKind.NotTakenUp,
            "Số nhân khẩu thực tế khó xác minh và tốn chi phí quản lý; giá ở nông thôn, miền núi tính theo hộ, còn ở các phường thí điểm tính theo khối lượng, phản ánh lượng rác thực tế của mỗi hộ.", null),
        new(["ngay từ", "ngay năm", "áp dụng ngay"], [], DispositionKind.NotTakenUp,
            "Chưa thể áp dụng ngay vì cần lộ trình phân loại tại nguồn và mạng lưới bán túi; thí điểm tại 4 phường từ năm 2027.", "KN-02"),
        new(["tập kết", "mùi", "ruồi"], [Codebook.CollectionPoints], DispositionKind.OutOfScope,
            "Vị trí và vệ sinh điểm tập kết thuộc thẩm quyền UBND cấp xã, không thuộc phạm vi tham vấn về giá; Văn phòng HĐND tỉnh đã chuyển ý kiến tới UBND xã, phường để xử lý.", null),
        new(["miễn", "nghèo", "chính sách", "khó khăn"], [Codebook.Exemptions], DispositionKind.TakenUp,
            "Miễn giá dịch vụ cho hộ nghèo, giảm 50% cho hộ cận nghèo.", "KN-03"),
        new(["khối lượng", "túi"], [Codebook.ByVolume], DispositionKind.PartlyTakenUp,
            "Thí điểm tính giá theo khối lượng tại 4 phường từ năm 2027, năm đầu cấp túi miễn phí; chưa áp dụng toàn tỉnh.", "KN-02"),
        new(["giữ mức", "giữ nguyên", "như hiện nay"], [], DispositionKind.PartlyTakenUp,
            "Giữ mức giá hiện hành ở xã miền núi đến hết năm 2028; xã đồng bằng điều chỉnh theo mức tối đa của khu vực.", "KN-01"),
        new(["phân loại", "thùng", "tiếng", "hướng dẫn", "zalo", "lịch"], [Codebook.Sorting, Codebook.Information], DispositionKind.TakenUp,
            "Cấp thùng phân loại và tài liệu hướng dẫn, kể cả bằng tiếng dân tộc, cho các xã miền núi; lịch thu gom được thông báo tới tổ dân phố, thôn, bản.", "KN-04"),
        new(["công khai", "thu được", "chi cho"], [Codebook.Transparency], DispositionKind.PartlyTakenUp,
            "Nghị quyết công khai mức thu; số thu, chi chi tiết do UBND tỉnh báo cáo HĐND tỉnh hằng năm thay vì công bố theo từng xã.", null),
        new(["giá", "thu gom", "xe", "tuần", "ngõ"], [Codebook.Price, Codebook.Frequency], DispositionKind.TakenUp,
            "Mức giá tối đa riêng cho ba khu vực, gắn với tần suất thu gom tối thiểu mà đơn vị thu gom phải bảo đảm.", "KN-01"),
    ];

    private static readonly DispositionEntry Elsewhere = new(DispositionKind.OutOfScope,
        "Ý kiến đã được chuyển tới cơ quan có thẩm quyền để trả lời cử tri.");

    /// <summary>The answer to the opinion (a group is answered by its first member).</summary>
    public static DispositionEntry For(Opinion opinion)
    {
        var text = opinion.Text.ToLowerInvariant();
        var rule = Array.Find(Rules, r => r.Words.Any(w => text.Contains(w, StringComparison.Ordinal)))
            ?? Array.Find(Rules, r => r.Themes.Any(t => opinion.Themes.Contains(t)));
        return rule is null
            ? Elsewhere
            : new DispositionEntry(rule.Kind, rule.Explanation) { RecommendationId = rule.RecommendationId };
    }
}
