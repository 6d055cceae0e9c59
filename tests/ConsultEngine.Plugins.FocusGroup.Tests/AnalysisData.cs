namespace ConsultEngine.Plugins.FocusGroup.Tests;

/// <summary>
/// A fixed data set: three focus groups on sorting household waste at source (women, young people,
/// household businesses) in Đà Nẵng, four guide questions, a pilot group, a codebook of five themes,
/// passages with fixed ids, most coded, one marked duplicate.
/// </summary>
internal static class AnalysisData
{
    public static string Id(int n) => $"0b7e2c44-0000-4000-8000-{n:000000000000}";

    public static async Task<FocusGroupBench> BuildAsync()
    {
        var bench = new FocusGroupBench();
        await bench.GuideAsync();
        await bench.WomenGroupAsync();
        await bench.RunAsync("define-group", """
            { "id": "thanh-nien", "name": { "vi": "Nhóm thanh niên", "en": "Young people" },
              "criteria": [ { "label": "Thanh niên", "attribute": "ageBand", "values": ["18-29"] } ], "plannedSize": 8,
              "meeting": { "at": "2026-03-11T19:00:00+07:00", "place": "Nhà văn hoá phường An Hải" }, "facilitator": "Lê Minh Tuấn (Đoàn Thanh niên)" }
            """);
        await bench.BusinessGroupAsync();
        await bench.RunAsync("define-group", """
            { "id": "thu-nghiem", "name": { "vi": "Nhóm thử nghiệm", "en": "Pilot group" },
              "criteria": [ { "label": "Phụ nữ" } ], "plannedSize": 6, "pilot": true }
            """);

        await bench.RunAsync("add-participants", """
            { "group": "phu-nu", "participants": [
              { "code": "PN-01", "attributes": { "gender": "nữ", "ageBand": "30-44", "commune": "Hải Châu", "occupation": "nội trợ" }, "consent": { "given": true, "form": "oral" } },
              { "code": "PN-02", "attributes": { "gender": "nữ", "ageBand": "45-59", "commune": "Hải Châu", "occupation": "tiểu thương" }, "consent": { "given": true, "form": "oral" } },
              { "code": "PN-03", "attributes": { "gender": "nữ", "ageBand": "60+", "commune": "Thanh Khê", "occupation": "hưu trí" }, "consent": { "given": true, "form": "written" } } ] }
            """);
        await bench.RunAsync("add-participants", """
            { "group": "thanh-nien", "participants": [
              { "code": "TN-01", "attributes": { "gender": "nam", "ageBand": "18-29", "commune": "Sơn Trà", "occupation": "sinh viên" }, "consent": { "given": true, "form": "oral" } },
              { "code": "TN-02", "attributes": { "gender": "nữ", "ageBand": "18-29", "commune": "Sơn Trà", "occupation": "công nhân" }, "consent": { "given": true, "form": "oral" } },
              { "code": "TN-03", "attributes": { "gender": "nam", "ageBand": "18-29", "commune": "Hải Châu", "occupation": "sinh viên" }, "consent": { "given": true, "form": "oral" } } ] }
            """);
        await bench.RunAsync("add-participants", """
            { "group": "ho-kinh-doanh", "participants": [
              { "code": "KD-01", "attributes": { "gender": "nam", "ageBand": "45-59", "commune": "Hải Châu", "occupation": "chủ quán ăn" }, "meets": ["Doanh nghiệp, hộ kinh doanh"], "consent": { "given": true, "form": "written" } },
              { "code": "KD-02", "attributes": { "gender": "nữ", "ageBand": "30-44", "commune": "Thanh Khê", "occupation": "bán tạp hoá" }, "meets": ["Doanh nghiệp, hộ kinh doanh"], "consent": { "given": true, "form": "written" } } ] }
            """);

        await bench.RunAsync("define-theme", """{ "id": "thieu-thung", "label": { "vi": "Thiếu thùng, điểm tập kết", "en": "Too few bins and collection points" } }""");
        await bench.RunAsync("define-theme", """{ "id": "lich-thu-gom", "label": { "vi": "Lịch thu gom không phù hợp", "en": "Collection times do not fit" } }""");
        await bench.RunAsync("define-theme", """{ "id": "chi-phi", "label": { "vi": "Lo ngại chi phí", "en": "Worry about cost" }, "description": { "vi": "Phí thu gom, giá túi và thùng rác", "en": "Collection fee, price of bags and bins" } }""");
        await bench.RunAsync("define-theme", """{ "id": "huong-dan", "label": { "vi": "Cần hướng dẫn, truyền thông", "en": "Guidance and information needed" } }""");
        await bench.RunAsync("define-theme", """{ "id": "che-tai", "label": { "vi": "Đề nghị chế tài, kiểm tra", "en": "Calls for sanctions and checks" } }""");

        (int Id, string Group, string Question, string? Participant, string Text, string[] Themes)[] passages =
        [
            (1, "phu-nu", "thoi-quen", "PN-01", "Nhà tôi chỉ tách vỏ chai, giấy bìa để bán ve chai, còn lại bỏ chung một túi.", ["huong-dan"]),
            (2, "phu-nu", "kho-khan", "PN-02", "Nhà mặt phố chật, để ba thùng rác trước cửa thì không còn chỗ bán hàng.", ["thieu-thung"]),
            (3, "phu-nu", "kho-khan", "PN-03", "Phân loại xong thì xe rác lại đổ chung vào một xe, người dân thấy vô ích.", ["lich-thu-gom", "huong-dan"]),
            (4, "phu-nu", "muc-phi", "PN-02", "Tính theo túi thì nhà đông người như nhà tôi phải trả nhiều hơn, nhưng như vậy cũng công bằng.", ["chi-phi"]),
            (5, "phu-nu", "de-xuat", "PN-01", "Đề nghị phường phát túi phân loại miễn phí trong năm đầu và tổ dân phố hướng dẫn từng nhà.", ["chi-phi", "huong-dan"]),
            (6, "thanh-nien", "thoi-quen", "TN-01", "Ở phòng trọ không ai phân loại, chủ trọ để một thùng chung cho cả dãy.", ["thieu-thung"]),
            (7, "thanh-nien", "kho-khan", "TN-02", "Xe rác đến lúc 5 giờ chiều, giờ đó công nhân chưa tan ca nên phải để rác qua đêm.", ["lich-thu-gom"]),
            (8, "thanh-nien", "muc-phi", "TN-03", "Phí theo khối lượng thì sẽ có người lén đổ rác ra bãi đất trống, phải có camera và phạt.", ["chi-phi", "che-tai"]),
            (9, "thanh-nien", "de-xuat", "TN-01", "Nên làm ứng dụng báo lịch thu gom và chỉ chỗ điểm tập kết gần nhất.", ["lich-thu-gom", "huong-dan"]),
            (10, "thanh-nien", "de-xuat", "TN-02", "Đoàn thanh niên có thể ra quân hướng dẫn các khu trọ vào cuối tuần.", []),
            (11, "ho-kinh-doanh", "thoi-quen", "KD-01", "Quán ăn thải nhiều rác hữu cơ, hiện bán cho người nuôi heo, phần còn lại đổ chung.", []),
            (12, "ho-kinh-doanh", "kho-khan", "KD-02", "Điểm tập kết cách xa, buổi tối không có chỗ bỏ rác tái chế.", ["thieu-thung"]),
            (13, "ho-kinh-doanh", "muc-phi", "KD-01", "Hộ kinh doanh đã đóng phí vệ sinh theo tháng, nếu thêm phí theo khối lượng thì là thu hai lần.", ["chi-phi"]),
            (14, "ho-kinh-doanh", "muc-phi", "KD-01", "Thu phí theo khối lượng là thu hai lần với hộ kinh doanh.", ["chi-phi"]),
            (15, "ho-kinh-doanh", "de-xuat", null, "Cả nhóm đề nghị có chế tài với cơ sở không phân loại nhưng phải kiểm tra công bằng, không chỉ phạt hộ nhỏ.", ["che-tai"]),
            (16, "thu-nghiem", "kho-khan", null, "Người tham gia chưa hiểu 'phân loại tại nguồn' là gì: cần giải thích trước câu hỏi 2.", ["huong-dan"]),
        ];

        foreach (var group in passages.GroupBy(p => p.Group))
        {
            var items = string.Join(", ", group.Select(p =>
                $$"""{ "id": "{{Id(p.Id)}}", "question": "{{p.Question}}", {{(p.Participant is null ? "" : $"\"participant\": \"{p.Participant}\", ")}}"text": "{{p.Text}}" }"""));
            await bench.RunAsync("record-passages", $$"""{ "group": "{{group.Key}}", "passages": [ {{items}} ] }""", actor: "thu-ky");
        }

        foreach (var passage in passages.Where(p => p.Themes.Length > 0))
        {
            await bench.RunAsync("code-passage", $$"""{ "inputId": "{{Id(passage.Id)}}", "themes": [ {{string.Join(", ", passage.Themes.Select(t => $"\"{t}\""))}} ] }""", actor: "to-cong-tac");
        }

        await bench.RunAsync("mark-duplicate", $$"""{ "inputId": "{{Id(14)}}", "of": "{{Id(13)}}" }""", actor: "to-cong-tac");
        return bench;
    }
}
