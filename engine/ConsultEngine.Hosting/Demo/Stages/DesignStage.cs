using static ConsultEngine.Hosting.Demo.DemoTexts;

namespace ConsultEngine.Hosting.Demo.Stages;

/// <summary>
/// Phase 1 after the narrow consultation: key questions, the design with the survey contracted to a
/// university, the report outline, software, guides, the contract and the contractor's methods, the
/// timeframe and budget; the consultation plan is sent back once and revised; staff are trained.
/// </summary>
internal sealed class DesignStage : IDemoStage
{
    public async Task RunAsync(DemoRun run)
    {
        run.AdvanceDays(4);
        await run.CompleteAsync("prepare-key-questions", Actors.Office, $$"""
            { "questions": [
                { "issue": "{{IssueFee}}", "question": "Mức giá nào là phù hợp với chất lượng dịch vụ thu gom ở nơi ông/bà sinh sống?", "purpose": "Xác định mức giá tối đa trình HĐND tỉnh" },
                { "issue": "{{IssueFee}}", "question": "Ông/bà ủng hộ tính giá theo hộ, theo khối lượng hay kết hợp?" },
                { "issue": "{{IssueSorting}}", "question": "Gia đình ông/bà có sẵn sàng phân loại rác tại nguồn không, và cần hỗ trợ gì?", "purpose": "Lộ trình phân loại và hỗ trợ thùng chứa" } ],
              "sharedWith": ["Sở Tài chính", "Sở Nông nghiệp và Môi trường", "Sở Xây dựng"] }
            """);
        run.AdvanceDays(8);
        await run.CompleteAsync("design-consultation", Actors.Office, $$"""
            { "objectives": ["Lấy ý kiến người dân về mức giá tối đa và phương thức tính giá dịch vụ trước khi HĐND tỉnh quyết định", "Đánh giá mức độ sẵn sàng phân loại rác tại nguồn và nhu cầu hỗ trợ"],
              "scope": { "geography": "Toàn tỉnh Nghệ An, chọn mẫu tại 24 xã, phường đại diện ba khu vực: phường, xã đồng bằng, xã miền núi", "targetGroups": ["Hộ gia đình", "Hộ kinh doanh", "Hộ nghèo, cận nghèo", "Đồng bào dân tộc thiểu số", "Tổ thu gom rác"], "expectedParticipants": 4000 },
              "methods": { "qualitative": ["Tham vấn hẹp", "Điều trần công khai", "Thảo luận nhóm tập trung"], "quantitative": ["Khảo sát hộ gia đình", "Bình chọn trực tuyến"] },
              "tools": [
                { "tool": "survey", "purpose": "Đo mức sẵn sàng chi trả, mức hài lòng và sự ủng hộ đối với từng phương án giá", "contracted": true, "contractor": "{{Contractor}}", "pilot": true },
                { "tool": "public-hearing", "purpose": "Nghe ý kiến trực tiếp của người dân và trả lời của các sở về phương án giá", "contracted": false, "pilot": false },
                { "tool": "focus-group", "purpose": "Tìm hiểu rào cản phân loại rác của phụ nữ và đồng bào dân tộc thiểu số", "contracted": false, "pilot": true },
                { "tool": "online-poll", "purpose": "Lấy ý kiến rộng rãi về phương án tính giá", "contracted": false, "pilot": true } ],
              "communicationStrategy": { "keyMessages": ["Ý kiến của bạn giúp HĐND tỉnh quyết định giá dịch vụ thu gom rác", "Phân loại rác tại nguồn bắt đầu từ mỗi gia đình"], "channels": ["Báo Nghệ An", "Đài Phát thanh và Truyền hình Nghệ An", "Loa truyền thanh xã, phường", "Cổng thông tin điện tử HĐND tỉnh", "Zalo của các tổ dân phố"], "partners": ["Ủy ban MTTQ Việt Nam tỉnh", "Hội Liên hiệp Phụ nữ tỉnh", "Tỉnh đoàn Nghệ An"] },
              "organisation": "Văn phòng Đoàn ĐBQH và HĐND tỉnh chủ trì, phối hợp Ban Kinh tế - Ngân sách và UBND các xã, phường được chọn mẫu",
              "implementationPlan": [
                { "activity": "Khảo sát hộ gia đình", "from": "2026-04-20", "to": "2026-05-15", "responsible": "{{Contractor}}" },
                { "activity": "Điều trần công khai", "from": "2026-04-25", "to": "2026-04-26", "responsible": "Ban Kinh tế - Ngân sách" },
                { "activity": "Thảo luận nhóm tập trung", "from": "2026-04-28", "to": "2026-05-02", "responsible": "Văn phòng HĐND tỉnh" },
                { "activity": "Bình chọn trực tuyến", "from": "2026-04-20", "to": "2026-05-20", "responsible": "Văn phòng HĐND tỉnh" } ],
              "budget": { "totalVnd": 920000000, "fundingSource": "Ngân sách tỉnh bố trí cho hoạt động của HĐND năm 2026" } }
            """);
        run.AdvanceDays(5);
        await run.CompleteAsync("draft-report-structure", Actors.Office, $$"""
            { "sections": [
                { "issue": "{{IssueFee}}", "heading": "Ý kiến về mức giá và phương thức tính giá", "questions": ["Mức sẵn sàng chi trả theo khu vực?", "Phương án giá được ủng hộ?"], "tools": ["survey", "online-poll", "public-hearing"] },
                { "issue": "{{IssueSorting}}", "heading": "Phân loại rác tại nguồn: mức sẵn sàng và rào cản", "questions": ["Tỷ lệ hộ sẵn sàng phân loại?", "Rào cản chính?"], "tools": ["survey", "focus-group"] } ] }
            """);
        await run.CompleteAsync("choose-data-software", Actors.Office, """
            { "software": "Hệ thống tham vấn ý kiến nhân dân của HĐND tỉnh", "hosting": "Trung tâm dữ liệu tỉnh Nghệ An", "personalDataSafeguards": "Số điện thoại chỉ lưu dưới dạng mã băm; người tham gia thảo luận nhóm được mã hóa; chỉ Nhóm công tác truy cập dữ liệu gốc", "retentionYears": 5 }
            """, "built-in");
        await run.CompleteAsync("prepare-tool-guides", Actors.OfficeDeputy, """
            { "guides": [
                { "tool": "survey", "document": "Hướng dẫn khảo sát hộ gia đình về giá dịch vụ thu gom rác", "purpose": "Thống nhất cách chọn hộ, phỏng vấn và nhập phiếu" },
                { "tool": "public-hearing", "document": "Hướng dẫn điều trần công khai về phương án giá", "purpose": "Trình tự đăng ký, phát biểu và trả lời của các sở" },
                { "tool": "focus-group", "document": "Hướng dẫn thảo luận nhóm về phân loại rác", "purpose": "Bộ câu hỏi gợi mở và cách ghi biên bản ẩn danh" },
                { "tool": "online-poll", "document": "Hướng dẫn bình chọn trực tuyến phương án giá", "purpose": "Cách xác thực bằng số điện thoại và bình chọn" } ] }
            """);
        await run.CompleteAsync("contract-organisations", Actors.Office, $$"""
            { "contracts": [ { "tool": "survey", "organisation": "{{Contractor}}", "contractNumber": "18/2026/HĐ-VPHĐND", "signedOn": "2026-03-20", "valueVnd": 430000000 } ] }
            """);
        run.AdvanceDays(7);
        await run.CompleteAsync("contractor-submit-methods", Actors.Contractor, $$"""
            { "organisation": "{{Contractor}}", "methods": "Khảo sát định lượng hộ gia đình, chọn mẫu nhiều giai đoạn theo khu vực, phỏng vấn trực tiếp kết hợp phiếu giấy và phiếu trực tuyến", "approach": "Chọn 24 xã, phường theo ba khu vực; mỗi xã, phường chọn ngẫu nhiên hộ theo danh sách của tổ dân phố, thôn, bản",
              "questionnaires": [ { "tool": "survey", "file": "bang-hoi-khao-sat-gia-thu-gom-rac.xlsx" } ], "fieldSchedule": "20/4 - 15/5/2026, 48 điều tra viên" }
            """);
        run.AdvanceDays(3);
        await run.CompleteAsync("review-contractor-methods", Actors.Office, """
            { "comments": "Chấp thuận phương pháp; đề nghị bảo đảm tỷ lệ mẫu ở các xã miền núi không dưới 25%." }
            """, "approved");
        run.AdvanceDays(2);
        await run.CompleteAsync("propose-timeframe-budget", Actors.Office, """
            { "startDate": "2026-04-20", "endDate": "2026-09-30",
              "milestones": [ { "phase": "Thực hiện tham vấn", "from": "2026-04-20", "to": "2026-05-25" }, { "phase": "Xử lý, phân tích", "from": "2026-05-26", "to": "2026-06-30" }, { "phase": "Phản hồi và tác động chính sách", "from": "2026-07-01", "to": "2026-09-30" } ],
              "budgetLines": [ { "item": "Hợp đồng khảo sát hộ gia đình", "amountVnd": 430000000 }, { "item": "Điều trần công khai và thảo luận nhóm", "amountVnd": 190000000 }, { "item": "Truyền thông và bình chọn trực tuyến", "amountVnd": 160000000 }, { "item": "Phân tích dữ liệu, báo cáo và phản hồi cử tri", "amountVnd": 140000000 } ],
              "totalVnd": 920000000 }
            """);

        // The first plan names no venue for the focus group in the mountain commune: the Standing Committee sends it back.
        run.AdvanceDays(2);
        await run.CompleteAsync("prepare-consultation-plan", Actors.Office, Plan("", "2026-05-20", 25));
        run.AdvanceDays(2);
        await run.CompleteAsync("approve-consultation-plan", Actors.StandingCommittee, """
            { "comments": "Kế hoạch chưa có địa điểm thảo luận nhóm ở khu vực miền núi; thời gian nhận góp ý cần đủ 30 ngày.", "requiredChanges": ["Bổ sung điểm thảo luận nhóm tại xã Con Cuông", "Kéo dài thời gian nhận ý kiến góp ý lên 30 ngày"] }
            """, "revise");
        run.AdvanceDays(3);
        await run.CompleteAsync("prepare-consultation-plan", Actors.Office, Plan("""{ "name": "Hội trường UBND xã Con Cuông", "commune": "xã Con Cuông", "date": "2026-04-30", "tool": "focus-group" },""", "2026-05-25", 30));
        run.AdvanceDays(2);
        await run.CompleteAsync("approve-consultation-plan", Actors.StandingCommittee, """{ "comments": "Phê duyệt kế hoạch đã chỉnh sửa; mời đại diện Hội Người cao tuổi tham dự điều trần." }""", "approved");

        run.AdvanceDays(2);
        await run.CompleteAsync("assess-training-needs", Actors.Office, """
            { "trainingNeeded": true, "groups": [ { "group": "Điều tra viên khảo sát", "size": 48, "topics": ["Chọn hộ theo danh sách", "Kỹ năng phỏng vấn", "Nhập phiếu trên hệ thống"] }, { "group": "Người điều phối thảo luận nhóm", "size": 4, "topics": ["Điều phối thảo luận nhóm tập trung", "Ghi biên bản ẩn danh"] } ] }
            """);
        run.AdvanceDays(3);
        await run.CompleteAsync("train-consultation-staff", Actors.OfficeDeputy, """
            { "sessions": [ { "group": "Điều tra viên khảo sát", "date": "2026-04-08", "topic": "Chọn mẫu, phỏng vấn và nhập phiếu khảo sát", "trainer": "Trường Đại học Vinh", "participants": 46 }, { "group": "Người điều phối thảo luận nhóm", "date": "2026-04-09", "topic": "Điều phối thảo luận nhóm tập trung", "trainer": "Văn phòng HĐND tỉnh", "participants": 4 } ] }
            """);
    }

    private static string Plan(string extraVenue, string endDate, int commentDays) => $$"""
        { "planNumber": "45/KH-HĐND", "startDate": "2026-04-20", "endDate": "{{endDate}}", "commentPeriodDays": {{commentDays}},
          "venues": [
            { "name": "Hội trường UBND xã Nghi Lộc", "commune": "xã Nghi Lộc", "date": "2026-04-25", "tool": "public-hearing" },
            { "name": "Nhà văn hóa phường Trường Vinh", "commune": "phường Trường Vinh", "date": "2026-04-26", "tool": "public-hearing" },
            {{extraVenue}}
            { "name": "Nhà văn hóa phường Trường Vinh", "commune": "phường Trường Vinh", "date": "2026-04-28", "tool": "focus-group" } ],
          "responsibilities": [
            { "party": "council-office", "task": "Tổ chức điều trần, thảo luận nhóm, bình chọn trực tuyến và tiếp nhận góp ý" },
            { "party": "contractor", "task": "Thực hiện khảo sát hộ gia đình" },
            { "party": "executive", "task": "Cử đại diện Sở Tài chính, Sở Nông nghiệp và Môi trường trả lời tại điều trần" },
            { "party": "standing-committee", "task": "Chủ trì điều trần công khai" } ] }
        """;
}
