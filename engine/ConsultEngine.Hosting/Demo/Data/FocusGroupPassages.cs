using static ConsultEngine.Hosting.Demo.Data.Codebook;

namespace ConsultEngine.Hosting.Demo.Data;

/// <summary>What the two focus groups said, question by question, with the themes each passage was coded to.</summary>
internal static class FocusGroupPassages
{
    public static IReadOnlyList<(string Question, string Participant, string Text, string[] Themes)> Women { get; } =
    [
        ("thu-gom", "PN-01", "Ở phường tôi xe rác đến hằng ngày nhưng giờ giấc thất thường, có hôm mười giờ đêm mới đến.", [Frequency]),
        ("thu-gom", "PN-04", "Điểm tập kết đầu ngõ bốc mùi suốt mùa hè, trẻ con đi học phải bịt mũi.", [CollectionPoints]),
        ("thu-gom", "PN-06", "Từ khi sáp nhập phường, tổ thu gom thay người, nhiều hôm bỏ sót cả dãy nhà.", [Frequency]),
        ("muc-gia", "PN-02", "Ba mươi nghìn một tháng không nhiều, nhưng phải thu gom đúng giờ thì mới đáng tiền.", [Price, Frequency]),
        ("muc-gia", "PN-03", "Tính theo túi thì công bằng, nhà ít người như tôi sẽ trả ít hơn nhà đông người.", [ByVolume]),
        ("muc-gia", "PN-05", "Tôi sợ tính theo túi thì người ta đổ trộm rác ra bãi đất trống để khỏi mua túi.", [ByVolume, CollectionPoints]),
        ("muc-gia", "PN-07", "Cần công khai tiền thu được chi cho việc gì, tổ dân phố thu nhiều năm mà không ai báo.", [Transparency]),
        ("phan-loai", "PN-01", "Tôi có phân loại, nhưng xe đến lại đổ chung một thùng nên chị em nản.", [Sorting, Frequency]),
        ("phan-loai", "PN-08", "Nhà chật, không có chỗ để hai ba thùng rác.", [Sorting]),
        ("phan-loai", "PN-09", "Con tôi học ở trường về dạy cả nhà phân loại, người lớn cần được hướng dẫn như thế.", [Sorting, Information]),
        ("de-xuat", "PN-02", "Đề nghị phát túi phân loại miễn phí năm đầu rồi mới tính giá theo túi.", [Sorting, ByVolume]),
        ("de-xuat", "PN-04", "Đề nghị dời điểm tập kết ra xa khu dân cư và rửa sạch sau mỗi lần thu gom.", [CollectionPoints]),
        ("de-xuat", "PN-06", "Miễn phí cho hộ nghèo và người cao tuổi sống một mình.", [Exemptions]),
        ("de-xuat", "PN-03", "Dán lịch thu gom ở đầu mỗi ngõ và công bố số điện thoại để phản ánh.", [Information, Frequency]),
    ];

    public static IReadOnlyList<(string Question, string Participant, string Text, string[] Themes)> Minorities { get; } =
    [
        ("thu-gom", "DT-01", "Bản tôi ở xa trung tâm xã, một tuần xe rác mới vào một lần, có tuần không vào.", [Frequency]),
        ("thu-gom", "DT-03", "Nhà nào cũng tự đốt hoặc chôn rác trong vườn vì không có ai thu gom.", [Frequency]),
        ("thu-gom", "DT-05", "Rác nhựa trôi xuống suối mỗi khi mưa lũ, ảnh hưởng nước sinh hoạt.", [CollectionPoints]),
        ("muc-gia", "DT-02", "Thu nhập bà con còn thấp, mười nghìn một tháng đã là khó với nhiều hộ.", [Price]),
        ("muc-gia", "DT-04", "Nếu tăng giá thì phải thu gom đều hơn, không thì bà con không đóng.", [Price, Frequency]),
        ("muc-gia", "DT-06", "Hộ nghèo trong bản nhiều, đề nghị Nhà nước hỗ trợ toàn bộ.", [Exemptions, Price]),
        ("muc-gia", "DT-08", "Mua túi có in giá thì phải ra tận chợ xã mới có, rất bất tiện.", [ByVolume]),
        ("phan-loai", "DT-03", "Rác hữu cơ nhà tôi cho lợn ăn hoặc ủ phân, chỉ còn túi ni lông là phải bỏ.", [Sorting]),
        ("phan-loai", "DT-07", "Nhiều người già không đọc được chữ phổ thông nên không biết cách phân loại.", [Information, Sorting]),
        ("de-xuat", "DT-01", "Đề nghị làm tờ rơi và phát loa bằng tiếng Thái để bà con hiểu.", [Information]),
        ("de-xuat", "DT-02", "Giữ mức giá hiện nay cho các xã miền núi ít nhất đến năm 2028.", [Price]),
        ("de-xuat", "DT-05", "Xây điểm tập kết có mái che ở mỗi bản, xa nguồn nước.", [CollectionPoints]),
        ("de-xuat", "DT-06", "Cần công khai danh sách hộ được miễn giảm tại nhà văn hóa bản.", [Exemptions, Transparency]),
    ];
}
