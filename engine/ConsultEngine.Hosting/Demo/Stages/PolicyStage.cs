using System.Text.Json.Nodes;
using ConsultEngine.Persistence.Registers;
using static ConsultEngine.Hosting.Demo.DemoTexts;

namespace ConsultEngine.Hosting.Demo.Stages;

/// <summary>
/// Phase 5: the Council assesses the effect on other policies, decides a new resolution on the price,
/// the Standing Committee records the decisions against the recommendations (in the step and in the
/// policy decision register) and asks for the drafting. The register outlives the consultation: at the
/// year-end session the resolution is adopted, with its number and date, while the amendment and the
/// equipment programme are still being drafted.
/// </summary>
internal sealed class PolicyStage : IDemoStage
{
    private const string NewResolution = "Nghị quyết quy định giá tối đa dịch vụ thu gom, vận chuyển, xử lý chất thải rắn sinh hoạt trên địa bàn tỉnh Nghệ An";
    private const string RuralSupport = "Nghị quyết của HĐND tỉnh về hỗ trợ xử lý chất thải rắn sinh hoạt nông thôn";
    private const string PriceDecision = "Quyết định của UBND tỉnh quy định giá dịch vụ thu gom, vận chuyển rác thải sinh hoạt";
    private const string ResolutionNumber = "25/2026/NQ-HĐND";

    private static readonly DateOnly AdoptedOn = new(2026, 12, 10);

    /// <summary>The decisions: id, kind, title, the document they touch, the recommendations they answer, and how far each gets.</summary>
    private static readonly (string Id, DecisionKind Kind, string Title, string? Document, string Instrument, string Responsible, string[] Recommendations, DecisionStatus Reaches)[] Decisions =
    [
        ("QD-01", DecisionKind.NewPolicy, NewResolution, null, "resolution", "Sở Tài chính", ["KN-01", "KN-03"], DecisionStatus.Adopted),
        ("QD-02", DecisionKind.Amend, "Sửa đổi mức hỗ trợ xử lý chất thải rắn sinh hoạt nông thôn theo giá mới", RuralSupport, "resolution", "Sở Nông nghiệp và Môi trường", ["KN-01"], DecisionStatus.InDrafting),
        ("QD-03", DecisionKind.Replace, "Thay thế quyết định về giá dịch vụ thu gom bằng mức giá tối đa do HĐND tỉnh quyết định", PriceDecision, "resolution", "Sở Tài chính", ["KN-01"], DecisionStatus.Adopted),
        ("QD-04", DecisionKind.NewPolicy, "Chương trình cấp thùng phân loại và hướng dẫn bằng tiếng Thái cho các xã miền núi", null, "programme", "Sở Nông nghiệp và Môi trường", ["KN-04"], DecisionStatus.InDrafting),
        ("QD-05", DecisionKind.Monitor, "Theo dõi kết quả thí điểm tính giá theo khối lượng tại 4 phường", "Kế hoạch thí điểm tính giá theo khối lượng của UBND tỉnh", "decision", "UBND tỉnh", ["KN-02"], DecisionStatus.Accepted),
    ];

    public async Task RunAsync(DemoRun run)
    {
        run.AdvanceDays(30);
        await run.CompleteAsync("assess-policy-effects", Actors.PeopleCouncil, $$"""
            { "affectedPolicies": [
                { "document": "{{RuralSupport}}", "effect": "Mức hỗ trợ cần điều chỉnh theo giá mới ở xã đồng bằng", "proposedAction": "amend" },
                { "document": "{{PriceDecision}}", "effect": "Được thay thế bởi mức giá tối đa do HĐND tỉnh quyết định", "proposedAction": "replace" } ],
              "noEffect": false }
            """);
        run.AdvanceDays(20);
        await run.CompleteAsync("decide-new-policies", Actors.PeopleCouncil, $$"""
            { "newPolicies": [ { "title": "{{NewResolution}}", "instrument": "resolution", "expectedSession": "Kỳ họp thường lệ cuối năm 2026" } ],
              "rationale": "Kết quả tham vấn cho thấy cần mức giá riêng theo khu vực và chính sách miễn, giảm; Luật Giá năm 2023 giao HĐND tỉnh quyết định." }
            """, "new-policy");

        run.AdvanceDays(5);
        run.StopIfAt("record-policy-decisions");
        foreach (var decision in Decisions)
        {
            await run.Registers.CreateDecisionAsync(run.InstanceId, new DecisionDraft(decision.Kind, decision.Title, decision.Recommendations) { Id = decision.Id, Note = decision.Document }, Actors.StandingCommittee, run.CancellationToken);
            await MoveAsync(run, decision.Id, DecisionStatus.Accepted);
        }

        await run.CompleteAsync("record-policy-decisions", Actors.StandingCommittee, new JsonObject
        {
            ["decisions"] = new JsonArray([.. Decisions.Select(d => (JsonNode)Recorded(d.Id, d.Kind, d.Title, d.Document, d.Instrument, d.Responsible, d.Recommendations))]),
        });
        run.AdvanceDays(2);
        await run.CompleteAsync("request-policy-drafting", Actors.StandingCommittee, $$"""
            { "requests": [
                { "policy": "{{NewResolution}}", "assignedTo": "Sở Tài chính", "deadline": "2026-11-10" },
                { "policy": "{{Decisions[3].Title}}", "assignedTo": "Sở Nông nghiệp và Môi trường", "deadline": "2027-03-31" } ] }
            """);
        foreach (var decision in Decisions.Where(d => d.Reaches is DecisionStatus.InDrafting or DecisionStatus.Adopted))
        {
            await MoveAsync(run, decision.Id, DecisionStatus.InDrafting);
        }

        // The year-end session adopts the resolution, which also replaces the executive's price decision.
        if (run.StoryTime)
        {
            run.Advance(TimeSpan.FromDays(Math.Max(0, (AdoptedOn.ToDateTime(new TimeOnly(9, 0)) - run.Now.UtcDateTime).TotalDays)));
        }

        foreach (var decision in Decisions.Where(d => d.Reaches == DecisionStatus.Adopted))
        {
            await run.Registers.ChangeDecisionStatusAsync(run.InstanceId, decision.Id, new DecisionStatusChange(DecisionStatus.Adopted) { ResolutionNumber = ResolutionNumber, ResolutionDate = AdoptedOn }, Actors.Office, run.CancellationToken);
        }
    }

    private static Task<PolicyDecision> MoveAsync(DemoRun run, string id, DecisionStatus status) =>
        run.Registers.ChangeDecisionStatusAsync(run.InstanceId, id, new DecisionStatusChange(status), Actors.StandingCommittee, run.CancellationToken);

    private static JsonObject Recorded(string id, DecisionKind kind, string title, string? document, string instrument, string responsible, string[] recommendations)
    {
        var recorded = new JsonObject
        {
            ["id"] = id,
            ["kind"] = kind switch
            {
                DecisionKind.NewPolicy => "new-policy",
                DecisionKind.Amend => "amend",
                DecisionKind.Replace => "replace",
                DecisionKind.Repeal => "repeal",
                _ => "monitor",
            },
            ["title"] = title,
            ["recommendationIds"] = new JsonArray([.. recommendations.Select(r => (JsonNode)r)]),
            ["instrument"] = instrument,
            ["responsible"] = responsible,
            ["status"] = "accepted",
        };
        if (document is not null)
        {
            recorded["document"] = document;
        }

        return recorded;
    }
}
