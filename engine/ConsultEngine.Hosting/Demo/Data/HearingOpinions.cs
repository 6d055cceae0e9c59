using static ConsultEngine.Hosting.Demo.Data.Codebook;

namespace ConsultEngine.Hosting.Demo.Data;

/// <summary>What speakers said at the two hearing sessions on the draft resolution, with stance, article and themes.</summary>
internal static class HearingOpinions
{
    public const string ArticleScope = "Điều 2. Đối tượng áp dụng";
    public const string ArticlePrice = "Điều 3. Mức giá tối đa";
    public const string ArticleMethod = "Điều 4. Phương thức tính giá";
    public const string ArticleExemption = "Điều 5. Miễn, giảm giá dịch vụ";

    public static IReadOnlyList<(string Text, string Stance, string Article, string[] Themes)> Rural { get; } =
    [
        ("Mức 20.000 đồng/hộ/tháng ở xã là cao so với thu nhập của bà con làm nông, đề nghị giữ 15.000 đồng.", "amend", ArticlePrice, [Price]),
        ("Xe rác một tuần chỉ vào hai lần, tăng giá thì phải tăng số lần thu gom.", "amend", ArticlePrice, [Price, Frequency]),
        ("Tôi đồng ý mức giá dự thảo nếu thu gom đủ ba lần mỗi tuần.", "support", ArticlePrice, [Frequency]),
        ("Tính theo túi ở nông thôn chưa phù hợp vì người dân sẽ đổ rác ra kênh mương.", "oppose", ArticleMethod, [ByVolume, CollectionPoints]),
        ("Đề nghị miễn hoàn toàn cho hộ nghèo, giảm 50% cho hộ cận nghèo.", "amend", ArticleExemption, [Exemptions]),
        ("Người cao tuổi sống một mình cũng cần được giảm giá.", "amend", ArticleExemption, [Exemptions]),
        ("Điểm tập kết rác của xóm sát trường mầm non, đề nghị di dời.", "other", ArticleScope, [CollectionPoints]),
        ("Hộ kinh doanh nhỏ ở chợ xã không nên tính như doanh nghiệp.", "amend", ArticleScope, [Price]),
        ("Cần công khai tiền thu gom rác hằng năm tại nhà văn hóa xóm.", "other", ArticleMethod, [Transparency]),
        ("Tôi ủng hộ phương án kết hợp, có định mức cơ bản cho mỗi hộ.", "support", ArticleMethod, [ByVolume]),
        ("Xã cần phát thùng hai ngăn thì bà con mới phân loại được.", "other", ArticleMethod, [Sorting]),
        ("Dự thảo chưa nói rõ ai thu tiền và thu vào thời điểm nào.", "amend", ArticleMethod, [Transparency, Information]),
    ];

    public static IReadOnlyList<(string Text, string Stance, string Article, string[] Themes)> Urban { get; } =
    [
        ("Tôi ủng hộ tính giá theo khối lượng, ai thải nhiều trả nhiều là công bằng.", "support", ArticleMethod, [ByVolume]),
        ("Túi đựng rác có in giá phải bán rộng rãi ở cửa hàng tạp hóa, không chỉ ở phường.", "amend", ArticleMethod, [ByVolume, Information]),
        ("Mức 35.000 đồng ở phường chấp nhận được nếu thu gom đúng giờ, không để rác qua đêm.", "support", ArticlePrice, [Price, Frequency]),
        ("Nhà trọ công nhân nên tính theo số phòng, không tính theo hộ chủ nhà.", "amend", ArticleScope, [Price]),
        ("Điểm tập kết ở chợ bốc mùi cả ngày, đề nghị thu gom hai lần mỗi ngày ở khu chợ.", "other", ArticleScope, [CollectionPoints, Frequency]),
        ("Phân loại rồi mà xe vẫn đổ chung thì người dân mất niềm tin.", "oppose", ArticleMethod, [Sorting]),
        ("Đề nghị có lộ trình: năm đầu phát túi miễn phí, năm sau mới tính theo túi.", "amend", ArticleMethod, [ByVolume, Sorting]),
        ("Nên công bố chi phí thực tế một tấn rác để người dân hiểu vì sao phải điều chỉnh giá.", "other", ArticlePrice, [Transparency, Price]),
        ("Hướng dẫn phân loại cần có hình ảnh, dán ở từng khu tập thể.", "other", ArticleMethod, [Information, Sorting]),
        ("Đề nghị miễn giá cho hộ có người khuyết tật nặng.", "amend", ArticleExemption, [Exemptions]),
        ("Tôi không đồng ý tăng giá khi chất lượng thu gom chưa cải thiện.", "oppose", ArticlePrice, [Price, Frequency]),
        ("Doanh nghiệp thu gom phải ký cam kết chất lượng với phường và công khai.", "amend", ArticleMethod, [Transparency]),
    ];
}
