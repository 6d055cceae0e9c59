using System.Globalization;
using System.Text.Json.Nodes;
using ConsultEngine.Abstractions;
using ConsultEngine.Hosting.Demo.Data;
using static ConsultEngine.Hosting.Demo.DemoTexts;

namespace ConsultEngine.Hosting.Demo.Stages;

/// <summary>
/// Phase 3: the processing approach, the Working Group (trained first), and its analysis report,
/// whose figures are read from the tools' own analyses of the data collected above.
/// </summary>
internal sealed class AnalyseStage : IDemoStage
{
    public async Task RunAsync(DemoRun run)
    {
        run.AdvanceDays(4);
        await run.CompleteAsync("agree-processing-approach", Actors.StandingCommittee, """
            { "aggregation": "Dữ liệu khảo sát và bình chọn tổng hợp trên hệ thống tham vấn; ý kiến điều trần, thảo luận nhóm và góp ý bằng văn bản được mã hóa theo một bộ mã chung",
              "codingFramework": "Bộ mã 8 chủ đề: tần suất thu gom, mức giá, tính theo khối lượng, phân loại, miễn giảm, điểm tập kết, thông tin hướng dẫn, công khai thu chi",
              "responsibilities": [ { "party": "working-group", "task": "Làm sạch, mã hóa, phân tích dữ liệu và dự thảo báo cáo", "deadline": "2026-06-25" }, { "party": "council-office", "task": "Cung cấp toàn bộ biên bản, phiếu góp ý" }, { "party": "contractor", "task": "Bàn giao dữ liệu khảo sát đã làm sạch" } ] }
            """);
        run.AdvanceDays(3);
        await run.CompleteAsync("establish-working-group", Actors.StandingCommittee, """
            { "decisionNumber": "112/QĐ-TTHĐND", "leader": "Nguyễn Văn Hùng",
              "members": [ { "name": "Nguyễn Văn Hùng", "organisation": "Ban Kinh tế - Ngân sách HĐND tỉnh", "expertise": "Tài chính công" }, { "name": "Lê Thị Minh Châu", "organisation": "Văn phòng HĐND tỉnh", "expertise": "Thống kê" }, { "name": "Phạm Quang Tuấn", "organisation": "Trường Đại học Vinh", "expertise": "Môi trường" }, { "name": "Lô Thị Hạnh", "organisation": "Ban Dân tộc HĐND tỉnh", "expertise": "Chính sách dân tộc" } ],
              "trainingNeeded": true }
            """);
        run.AdvanceDays(5);
        await run.CompleteAsync("train-working-group", Actors.Office, """
            { "sessions": [ { "group": "Nhóm công tác", "date": "2026-06-03", "topic": "Mã hóa ý kiến định tính theo bộ mã chung và đọc khoảng tin cậy", "trainer": "Trường Đại học Vinh", "participants": 4 } ] }
            """);

        run.AdvanceDays(10);
        await run.TimeAsync("analyse/coding", () => QualitativeCodingStage.RunAsync(run));
        run.AdvanceDays(8);
        var survey = await run.Tools.AnalyseAsync(run.InstanceId, "run-survey", cancellationToken: run.CancellationToken);
        var poll = await run.Tools.AnalyseAsync(run.InstanceId, "run-online-poll", cancellationToken: run.CancellationToken);
        var hearing = await run.Tools.AnalyseAsync(run.InstanceId, "run-public-hearing", cancellationToken: run.CancellationToken);
        var ready = Share(survey, "san_sang_phan_loai", "co");
        var flat = Share(survey, "phuong_an", "theo-ho");
        var volume = Share(poll, "phuong-an-gia", "theo-khoi-luong");
        var high = Share(survey, "muc_gia", "cao");
        var output = JsonNode.Parse($$"""
            { "summary": "Người dân chấp nhận điều chỉnh giá nếu chất lượng thu gom được cải thiện; khu vực phường ủng hộ tính giá theo khối lượng, khu vực nông thôn và miền núi đề nghị giữ mức giá cố định theo hộ và có miễn, giảm cho hộ khó khăn.",
              "quantitative": [
                { "indicator": "Tỷ lệ hộ sẵn sàng phân loại rác tại nguồn", "value": {{Number(ready)}}, "respondents": {{survey.Basis.Counted}}, "breakdown": "Giảm dần từ phường đến xã miền núi" },
                { "indicator": "Tỷ lệ hộ ủng hộ tính giá cố định theo hộ", "value": {{Number(flat)}}, "respondents": {{survey.Basis.Counted}}, "breakdown": "Cao nhất ở xã miền núi" },
                { "indicator": "Tỷ lệ hộ cho rằng giá hiện nay cao so với chất lượng", "value": {{Number(high)}}, "respondents": {{survey.Basis.Counted}} },
                { "indicator": "Tỷ lệ người bình chọn phương án tính theo khối lượng", "value": {{Number(volume)}}, "respondents": {{poll.Basis.Counted}}, "breakdown": "Chủ yếu người trẻ ở các phường" } ],
              "qualitative": [
                { "theme": "Tần suất thu gom chưa đều", "code": "{{Codebook.Frequency}}", "mentions": {{Mentions(hearing, "tan-suat-thu-gom")}}, "quotes": ["Xe rác một tuần chỉ vào hai lần, tăng giá thì phải tăng số lần thu gom."] },
                { "theme": "Miễn, giảm cho hộ khó khăn", "code": "{{Codebook.Exemptions}}", "mentions": {{Mentions(hearing, "mien-giam-ho-kho-khan")}}, "quotes": ["Đề nghị miễn hoàn toàn cho hộ nghèo, giảm 50% cho hộ cận nghèo."] },
                { "theme": "Tính giá theo khối lượng", "code": "{{Codebook.ByVolume}}", "mentions": {{Mentions(hearing, "tinh-gia-theo-khoi-luong")}}, "quotes": ["Đề nghị có lộ trình: năm đầu phát túi miễn phí, năm sau mới tính theo túi."] } ],
              "findingsByIssue": [
                { "issue": "{{IssueFee}}", "findings": ["Mức sẵn sàng chi trả ở xã miền núi chỉ bằng khoảng một phần ba ở phường", "Đa số đề nghị chỉ tăng giá khi tần suất thu gom tăng"] },
                { "issue": "{{IssueSorting}}", "findings": ["Rào cản chính là thiếu thùng chứa và xe thu gom đổ chung", "Đồng bào dân tộc thiểu số cần hướng dẫn bằng tiếng dân tộc"] } ],
              "recommendations": [
                { "id": "KN-01", "text": "Quy định mức giá tối đa riêng cho ba khu vực: phường, xã đồng bằng, xã miền núi; giữ mức hiện hành ở xã miền núi đến hết năm 2028", "evidence": ["Khảo sát: mức sẵn sàng chi trả theo khu vực", "Điều trần xã Nghi Lộc"], "themes": ["{{Codebook.Price}}", "{{Codebook.Frequency}}"], "addressedTo": "UBND tỉnh" },
                { "id": "KN-02", "text": "Thí điểm tính giá theo khối lượng tại các phường từ năm 2027, năm đầu cấp túi miễn phí", "evidence": ["Bình chọn trực tuyến: tỷ lệ chọn theo khối lượng ở các phường", "Thảo luận nhóm phụ nữ"], "themes": ["{{Codebook.ByVolume}}"], "addressedTo": "UBND tỉnh" },
                { "id": "KN-03", "text": "Miễn giá dịch vụ cho hộ nghèo, giảm 50% cho hộ cận nghèo và người cao tuổi sống một mình", "evidence": ["Điều trần: chủ đề miễn, giảm", "Thảo luận nhóm đồng bào dân tộc thiểu số"], "themes": ["{{Codebook.Exemptions}}"], "addressedTo": "UBND tỉnh" },
                { "id": "KN-04", "text": "Cấp thùng phân loại và hướng dẫn bằng tiếng Thái cho các xã miền núi", "evidence": ["Khảo sát: lý do chưa phân loại", "Thảo luận nhóm xã Con Cuông"], "themes": ["{{Codebook.Sorting}}", "{{Codebook.Information}}"], "addressedTo": "Sở Nông nghiệp và Môi trường" } ],
              "limitations": "Bình chọn trực tuyến nghiêng về người trẻ ở các phường; khảo sát không bao phủ hai bản của xã Mường Xén trong ba ngày sạt lở." }
            """);
        await run.CompleteAsync("prepare-analysis-report", Actors.WorkingGroup, output);
        run.AdvanceDays(6);
        await run.CompleteAsync("review-analysis-report", Actors.StandingCommittee, """{ "comments": "Thông qua báo cáo; bổ sung bảng số liệu theo xã, phường vào phụ lục." }""", "approve");
    }

    private static double Share(ToolAnalysis analysis, string question, string option) =>
        analysis.Questions.FirstOrDefault(q => q.Id == question)?.Options.FirstOrDefault(o => o.Value == option)?.Share ?? 0;

    private static int Mentions(ToolAnalysis analysis, string theme) => analysis.Themes.FirstOrDefault(t => t.Theme == theme)?.Count ?? 0;

    private static string Number(double share) => Math.Round(share, 3).ToString(CultureInfo.InvariantCulture);
}
