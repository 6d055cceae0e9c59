using static ConsultEngine.Hosting.Demo.DemoTexts;

namespace ConsultEngine.Hosting.Demo.Stages;

/// <summary>
/// Phase 1 up to the narrow consultation: issues proposed from three sources, the Standing Committee
/// asks once for more information before it selects two, the executive briefs and meets the Council.
/// </summary>
internal sealed class PrepareStage : IDemoStage
{
    public async Task RunAsync(DemoRun run)
    {
        run.AdvanceDays(6);
        await run.CompleteAsync("collect-issues-activity-plan", Actors.Office, $$"""
            { "candidates": [
              { "title": "{{IssueSorting}}", "description": "Tỷ lệ hộ gia đình phân loại rác tại nguồn còn thấp; Luật Bảo vệ môi trường năm 2020 yêu cầu phân loại từ ngày 01/01/2025.", "source": "supervision-plan", "reference": "Chương trình giám sát năm 2026 của HĐND tỉnh", "affectedGroups": ["Hộ gia đình", "Tổ thu gom rác", "UBND cấp xã"], "priority": 1 },
              { "title": "Hỗ trợ bữa ăn bán trú cho học sinh vùng đồng bào dân tộc thiểu số", "description": "Mức hỗ trợ hiện hành chưa theo kịp giá thực phẩm tại các xã miền núi phía Tây.", "source": "activity-plan", "reference": "Kế hoạch hoạt động năm 2026 của HĐND tỉnh", "affectedGroups": ["Học sinh bán trú", "Cha mẹ học sinh"], "priority": 3 } ] }
            """);
        run.AdvanceDays(2);
        await run.CompleteAsync("collect-issues-voters-media", Actors.Office, $$"""
            { "candidates": [
              { "title": "{{IssueFee}}", "description": "Cử tri nhiều xã, phường phản ánh giá dịch vụ thu gom rác chênh lệch giữa các địa phương sau sắp xếp đơn vị hành chính, trong khi tần suất thu gom chưa tăng.", "source": "voter-meetings", "reference": "Báo cáo tổng hợp ý kiến, kiến nghị của cử tri trước kỳ họp cuối năm 2025", "affectedGroups": ["Hộ gia đình", "Hộ kinh doanh", "Hộ nghèo, cận nghèo"], "priority": 1 },
              { "title": "Giá dịch vụ trông giữ xe trên lòng đường, hè phố tại các phường trung tâm", "description": "Báo Nghệ An phản ánh tình trạng thu phí trông giữ xe cao hơn mức quy định quanh chợ và bệnh viện.", "source": "mass-media", "reference": "Báo Nghệ An, số ra ngày 12/12/2025", "priority": 3 } ] }
            """);
        run.AdvanceDays(5);
        await run.CompleteAsync("collect-issues-socio-economic", Actors.OfficeDeputy, """
            { "candidates": [
              { "title": "Tiến độ khu xử lý chất thải rắn tập trung phía Bắc tỉnh", "description": "Dự án lò đốt rác phát điện chậm tiến độ; bãi chôn lấp Nghi Yên đã quá tải.", "source": "socio-economic-plan", "reference": "Báo cáo tình hình kinh tế - xã hội năm 2025 của UBND tỉnh", "priority": 2 } ] }
            """);

        // The Standing Committee wants the cost figures before it chooses: the issues go back to the Office once.
        run.AdvanceDays(4);
        await run.CompleteAsync("select-issues", Actors.StandingCommittee, $$"""
            { "selectedIssues": [
                { "title": "{{IssueFee}}", "source": "voter-meetings", "rationale": "Được cử tri nhiều địa phương kiến nghị." } ],
              "informationRequested": "Đề nghị Văn phòng bổ sung chi phí thu gom, vận chuyển, xử lý bình quân một tấn rác và mức giá hiện hành của các xã, phường sau sắp xếp." }
            """, "more-information");
        run.AdvanceDays(6);
        await run.CompleteAsync("supplement-issue-information", Actors.Office, $$"""
            { "candidates": [
                { "title": "{{IssueFee}}", "description": "Chi phí thu gom, vận chuyển và xử lý bình quân khoảng 620.000 đồng/tấn; mức giá hiện hành từ 10.000 đến 35.000 đồng/hộ/tháng, 38 xã, phường sau sắp xếp đang áp dụng hai mức giá khác nhau.", "source": "voter-meetings", "reference": "Báo cáo số 12/BC-STC của Sở Tài chính", "affectedGroups": ["Hộ gia đình", "Hộ kinh doanh", "Hộ nghèo, cận nghèo"], "priority": 1 } ],
              "notes": "Đã bổ sung số liệu chi phí theo yêu cầu của Thường trực HĐND tỉnh." }
            """, "supplemented");
        run.AdvanceDays(3);
        await run.CompleteAsync("select-issues", Actors.StandingCommittee, $$"""
            { "selectedIssues": [
                { "title": "{{IssueFee}}", "source": "voter-meetings", "rationale": "Ảnh hưởng trực tiếp đến mọi hộ gia đình; HĐND tỉnh sẽ quyết định mức giá tối đa tại kỳ họp giữa năm 2026 theo Luật Giá năm 2023.", "scope": "Toàn tỉnh" },
                { "title": "{{IssueSorting}}", "source": "supervision-plan", "rationale": "Phân loại tại nguồn là điều kiện để tính giá theo khối lượng; nằm trong chương trình giám sát năm 2026.", "scope": "Toàn tỉnh, ưu tiên các phường và xã đồng bằng" } ] }
            """, "selected");

        run.AdvanceDays(7);
        await run.CompleteAsync("brief-on-issues", Actors.Executive, $$"""
            { "issues": [
                { "issue": "{{IssueFee}}", "currentSituation": "Giá dịch vụ do UBND tỉnh quy định theo khu vực: phường 25.000 - 35.000 đồng/hộ/tháng, xã đồng bằng 15.000 - 20.000 đồng, xã miền núi 10.000 đồng; tỷ lệ thu được khoảng 71%.", "policiesInForce": ["Luật Bảo vệ môi trường năm 2020", "Luật Giá năm 2023", "Quyết định của UBND tỉnh quy định giá dịch vụ thu gom, vận chuyển rác thải sinh hoạt"], "difficulties": "Nguồn thu chỉ bù đắp khoảng 45% chi phí; ngân sách cấp xã phải hỗ trợ phần còn lại.", "leadAgency": "Sở Tài chính" },
                { "issue": "{{IssueSorting}}", "currentSituation": "Khoảng 23% hộ gia đình phân loại rác hữu cơ; xe thu gom ở nhiều xã vẫn đổ chung.", "policiesInForce": ["Nghị định số 08/2022/NĐ-CP quy định chi tiết một số điều của Luật Bảo vệ môi trường"], "difficulties": "Thiếu thùng chứa, thiếu phương tiện thu gom riêng từng loại rác.", "leadAgency": "Sở Nông nghiệp và Môi trường" } ],
              "documents": ["Báo cáo số 215/BC-UBND về công tác quản lý chất thải rắn sinh hoạt năm 2025", "Phương án giá dịch vụ do Sở Tài chính dự thảo"] }
            """);
        run.AdvanceDays(4);
        await run.CompleteAsync("meet-executive", Actors.StandingCommittee, """
            { "date": "2026-02-10", "chair": "Phó Chủ tịch Thường trực HĐND tỉnh",
              "participants": ["Sở Tài chính", "Sở Nông nghiệp và Môi trường", "Sở Xây dựng", "Ban Kinh tế - Ngân sách HĐND tỉnh", "Ủy ban MTTQ Việt Nam tỉnh"],
              "conclusions": ["Thống nhất tham vấn cả mức giá và lộ trình tính giá theo khối lượng", "Sở Tài chính cung cấp chi phí theo từng xã, phường trước ngày 25/02/2026"],
              "followUps": [ { "task": "Cung cấp chi phí thu gom theo xã, phường", "responsible": "Sở Tài chính", "deadline": "2026-02-25" } ] }
            """);
    }
}
