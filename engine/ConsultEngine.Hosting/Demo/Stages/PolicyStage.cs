using static ConsultEngine.Hosting.Demo.DemoTexts;

namespace ConsultEngine.Hosting.Demo.Stages;

/// <summary>Phase 5: the Council assesses the effect on other policies, decides a new resolution on the price, and the Standing Committee asks for it to be drafted.</summary>
internal sealed class PolicyStage : IDemoStage
{
    public async Task RunAsync(DemoRun run)
    {
        run.AdvanceDays(30);
        await run.CompleteAsync("assess-policy-effects", Actors.PeopleCouncil, """
            { "affectedPolicies": [
                { "document": "Nghị quyết của HĐND tỉnh về hỗ trợ xử lý chất thải rắn sinh hoạt nông thôn", "effect": "Mức hỗ trợ cần điều chỉnh theo giá mới ở xã đồng bằng", "proposedAction": "amend" },
                { "document": "Quyết định của UBND tỉnh quy định giá dịch vụ thu gom, vận chuyển rác thải sinh hoạt", "effect": "Được thay thế bởi mức giá tối đa do HĐND tỉnh quyết định", "proposedAction": "replace" } ],
              "noEffect": false }
            """);
        run.AdvanceDays(20);
        await run.CompleteAsync("decide-new-policies", Actors.PeopleCouncil, """
            { "newPolicies": [ { "title": "Nghị quyết quy định giá tối đa dịch vụ thu gom, vận chuyển, xử lý chất thải rắn sinh hoạt trên địa bàn tỉnh Nghệ An", "instrument": "resolution", "expectedSession": "Kỳ họp thường lệ cuối năm 2026" } ],
              "rationale": "Kết quả tham vấn cho thấy cần mức giá riêng theo khu vực và chính sách miễn, giảm; Luật Giá năm 2023 giao HĐND tỉnh quyết định." }
            """, "new-policy");
        run.AdvanceDays(7);
        await run.CompleteAsync("request-policy-drafting", Actors.StandingCommittee, """
            { "requests": [ { "policy": "Nghị quyết quy định giá tối đa dịch vụ thu gom, vận chuyển, xử lý chất thải rắn sinh hoạt trên địa bàn tỉnh Nghệ An", "assignedTo": "Sở Tài chính", "deadline": "2026-11-10" } ] }
            """);
    }
}
