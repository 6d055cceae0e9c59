namespace ConsultEngine.Hosting.Demo.Data;

/// <summary>Free-text comments households wrote at the end of the questionnaire, by kind of place and by how satisfied they are.</summary>
internal static class SurveyComments
{
    private static readonly string[] Ward =
    [
        "Đề nghị thu gom đúng giờ, không để rác qua đêm ở đầu ngõ.",
        "Nên bán túi đựng rác có in giá ở các cửa hàng tiện lợi để dễ mua.",
        "Tính theo khối lượng là công bằng, nhà tôi chỉ có hai người.",
        "Điểm tập kết gần chợ bốc mùi, đề nghị chuyển đi nơi khác.",
        "Cần công khai số tiền thu được và chi cho việc gì.",
        "Phường nên có thùng phân loại ở các khu tập thể.",
        "Tổ dân phố nên gửi lịch thu gom qua nhóm Zalo.",
        "Tôi đồng ý tăng giá nếu xe thu gom đi đủ các ngõ nhỏ.",
    ];

    private static readonly string[] Lowland =
    [
        "Xe rác một tuần chỉ vào hai lần, rác để lâu ruồi nhặng nhiều.",
        "Nhà nông dân thu nhập thấp, đề nghị giữ mức giá như hiện nay.",
        "Rác hữu cơ nhà tôi đã ủ phân, chỉ còn rác khó phân hủy.",
        "Đề nghị miễn giảm cho hộ nghèo, hộ cận nghèo và gia đình chính sách.",
        "Xe thu gom đổ chung nên phân loại cũng không có tác dụng.",
        "Cần có thêm điểm tập kết có mái che ở các xóm.",
        "Nên thu theo khẩu chứ không thu theo hộ, nhà đông người mới phải trả nhiều.",
    ];

    private static readonly string[] Mountain =
    [
        "Bản tôi chưa có xe thu gom, bà con phải tự đốt rác.",
        "Giá mười nghìn một tháng đã là cao với nhiều hộ trong bản.",
        "Cần hướng dẫn phân loại bằng tiếng Thái và bằng hình ảnh.",
        "Đề nghị Nhà nước hỗ trợ toàn bộ tiền thu gom cho hộ nghèo.",
        "Rác nhựa trôi xuống suối mỗi mùa mưa lũ, cần xử lý sớm.",
        "Nên làm lò đốt nhỏ ở cụm bản vì đường xa, xe không vào được.",
    ];

    private static readonly string[] Unhappy =
    [
        "Thu tiền đủ mà không thu gom thường xuyên, tôi không đồng ý tăng giá.",
        "Phản ánh nhiều lần với tổ thu gom nhưng không có chuyển biến.",
    ];

    public static IReadOnlyList<string> For(Area area, int satisfaction) => satisfaction <= 2
        ? [.. Unhappy, .. Pool(area)]
        : Pool(area);

    private static string[] Pool(Area area) => area switch
    {
        Area.Ward => Ward,
        Area.Lowland => Lowland,
        _ => Mountain,
    };
}
