using static ConsultEngine.Hosting.Demo.DemoTexts;

namespace ConsultEngine.Hosting.Demo.Stages;

/// <summary>
/// Phase 4: the decision to feed back the full results, the uses of the findings, the workshop with the
/// executive (its answers recorded in the register too), every opinion dispositioned, the Standing
/// Committee's approval of the publication, the results published, and the "you said, we did" list.
/// </summary>
internal sealed class FeedbackStage : IDemoStage
{
    public async Task RunAsync(DemoRun run)
    {
        await run.TimeAsync("feedback/recommendations", () => RegisterStage.RecommendationsAsync(run));
        run.AdvanceDays(3);
        await run.CompleteAsync("decide-feedback", Actors.StandingCommittee, """
            { "audiences": ["voters", "participants", "executive", "fatherland-front", "mass-media"], "content": "Toàn văn báo cáo kết quả tham vấn, các kiến nghị và ý kiến tiếp thu, giải trình", "channels": ["Cổng thông tin điện tử HĐND tỉnh", "Báo Nghệ An", "Loa truyền thanh xã, phường", "Hội nghị tiếp xúc cử tri"] }
            """, "full-results");
        run.AdvanceDays(4);
        await run.CompleteAsync("decide-information-use", Actors.StandingCommittee, """
            { "uses": [
                { "finding": "Mức sẵn sàng chi trả khác biệt lớn giữa phường, xã đồng bằng và xã miền núi", "use": "resolution", "responsible": "Ban Kinh tế - Ngân sách" },
                { "finding": "Tần suất thu gom ở nông thôn thấp hơn cam kết của đơn vị thu gom", "use": "supervision", "responsible": "Ban Kinh tế - Ngân sách" },
                { "finding": "Hộ nghèo, cận nghèo khó chi trả", "use": "budget-review", "responsible": "Ban Văn hóa - Xã hội" },
                { "finding": "Ý kiến cử tri về điểm tập kết rác", "use": "voter-meeting", "responsible": "Văn phòng HĐND tỉnh" } ] }
            """);
        run.AdvanceDays(14);
        var workshop = DemoRun.Parse("""
            { "date": "2026-07-16", "participants": ["UBND tỉnh", "Sở Tài chính", "Sở Nông nghiệp và Môi trường", "Sở Xây dựng", "Ủy ban MTTQ Việt Nam tỉnh"],
              "recommendations": [
                { "recommendationId": "KN-01", "respondent": "Sở Tài chính", "position": "accepted", "response": "Đồng ý; Sở Tài chính hoàn thiện phương án giá ba khu vực trình HĐND tỉnh", "commitment": "Trình tại kỳ họp thường lệ cuối năm 2026", "deadline": "2026-12-10" },
                { "recommendationId": "KN-02", "respondent": "UBND tỉnh", "position": "partly-accepted", "response": "Đồng ý thí điểm tại 4 phường từ quý II năm 2027, chưa mở rộng toàn bộ các phường", "commitment": "Cấp túi miễn phí 6 tháng đầu", "deadline": "2027-06-30" },
                { "recommendationId": "KN-03", "respondent": "Sở Tài chính", "position": "partly-accepted", "response": "Đồng ý miễn cho hộ nghèo; giảm 50% cho hộ cận nghèo, sẽ rà soát đối tượng người cao tuổi", "commitment": "Quy định miễn, giảm trong nghị quyết về giá", "deadline": "2026-12-10" },
                { "recommendationId": "KN-04", "respondent": "Sở Nông nghiệp và Môi trường", "position": "accepted", "response": "Đồng ý, bố trí từ nguồn sự nghiệp môi trường năm 2027", "commitment": "Cấp thùng cho 20.000 hộ miền núi", "deadline": "2027-09-30" } ] }
            """);
        await run.CompleteAsync("present-to-executive", Actors.StandingCommittee, workshop.DeepClone());
        await RegisterStage.ResponsesAsync(run, workshop);

        run.AdvanceDays(10);
        var groups = await run.TimeAsync("feedback/dispositions", () => RegisterStage.DispositionsAsync(run));
        var progress = await run.Registers.ProgressAsync(run.InstanceId, run.CancellationToken);
        await run.CompleteAsync("record-dispositions", Actors.WorkingGroup, RegisterStage.ExplanationOutput(progress, groups), progress.Dispositioned == progress.Total ? "complete" : "complete-by-sampling");

        run.AdvanceDays(4);
        await run.CompleteAsync("approve-publication", Actors.StandingCommittee, """
            { "publish": ["figures", "you-said-we-did", "explanation-register", "report", "open-data"], "reportVersion": 1,
              "comments": "Đồng ý công bố toàn bộ kết quả tham vấn, báo cáo tiếp thu, giải trình và dữ liệu mở đã loại bỏ thông tin cá nhân." }
            """, "approve");
        run.AdvanceDays(2);
        await run.CompleteAsync("publish-results", Actors.Office, """
            { "publishedOn": "2026-08-05", "published": ["figures", "you-said-we-did", "explanation-register", "report", "open-data"],
              "publishedAt": "https://hdnd.nghean.gov.vn/tham-van/gia-thu-gom-rac-2026/ket-qua", "channels": ["Cổng thông tin điện tử HĐND tỉnh", "Báo Nghệ An"] }
            """);
        run.AdvanceDays(3);
        await run.CompleteAsync("prepare-voter-feedback", Actors.Office, """
            { "items": [
                { "youSaid": "Chỉ tăng giá khi thu gom thường xuyên hơn", "recommendationId": "KN-01", "weDid": "Mức giá tối đa trình HĐND tỉnh gắn với tần suất thu gom tối thiểu theo từng khu vực", "status": "in-progress" },
                { "youSaid": "Giữ mức giá ở xã miền núi", "weDid": "Mức giá xã miền núi giữ nguyên đến hết năm 2028", "status": "done" },
                { "youSaid": "Miễn, giảm cho hộ nghèo, cận nghèo", "recommendationId": "KN-03", "weDid": "Miễn cho hộ nghèo, giảm 50% cho hộ cận nghèo", "status": "in-progress" },
                { "youSaid": "Tính giá theo khối lượng ngay từ năm 2026", "recommendationId": "KN-02", "weDid": "Chưa áp dụng toàn tỉnh", "status": "not-accepted", "explanation": "Cần có lộ trình phân loại tại nguồn và mạng lưới bán túi; thí điểm tại 4 phường từ năm 2027." } ],
              "publishedAt": "https://hdnd.nghean.gov.vn/tham-van/gia-thu-gom-rac-2026" }
            """);
    }
}
