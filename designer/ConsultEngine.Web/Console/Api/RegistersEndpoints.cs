using ConsultEngine.Hosting.Registers;
using ConsultEngine.Persistence.Registers;
using ConsultEngine.Web.Api;
using ConsultEngine.Web.Security;

namespace ConsultEngine.Web.StaffConsole.Api;

/// <summary>
/// A consultation's registers: the explanation register (opinions, dispositions single or grouped,
/// progress), recommendations with the executive's responses, the policy decision register with status
/// moves, and traces from an input to decisions and back. Reading needs <see cref="Policies.ReadConsultations"/>,
/// changing <see cref="Policies.KeepRegisters"/>; refusals carry CE87xx.
/// </summary>
[ApiEndpointGroup]
internal static class RegistersEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var registers = api.MapGroup("/instances/{instanceId}/register").WithTags("Registers");

        registers.MapGet("/opinions", (Guid instanceId, IConsultationRegisters r, CancellationToken ct) => r.EntriesAsync(instanceId, ct))
            .WithName("ListRegisterOpinions").WithSummary("Every opinion of the consultation with its disposition in force.").Reads();
        registers.MapGet("/opinions/groups", (Guid instanceId, double? threshold, IConsultationRegisters r, CancellationToken ct) => r.SuggestGroupsAsync(instanceId, threshold ?? OpinionSimilarity.DefaultThreshold, ct))
            .WithName("SuggestOpinionGroups").WithSummary("Identical or near-identical opinions (normalised text, word Jaccard at or above the threshold, 0.8 by default).").Reads();
        registers.MapGet("/opinions/{opinionId}/dispositions", (Guid instanceId, string opinionId, IConsultationRegisters r, CancellationToken ct) => r.DispositionHistoryAsync(instanceId, opinionId, ct))
            .WithName("OpinionDispositionHistory").WithSummary("Every disposition recorded for the opinion, oldest first.").Reads();
        registers.MapPost("/dispositions", (Guid instanceId, DispositionBody body, IConsultationRegisters r, HttpContext http, CancellationToken ct) =>
                r.RecordDispositionAsync(instanceId, body.ToRequest(), StaffUser.From(http.User).Actor, ct))
            .WithName("RecordDisposition").WithSummary("Records a disposition of one opinion or a group; not taken up needs the explanation (CE8701).").Changes();
        registers.MapGet("/progress", (Guid instanceId, IConsultationRegisters r, CancellationToken ct) => r.ProgressAsync(instanceId, ct))
            .WithName("RegisterProgress").WithSummary("Opinions counted, dispositioned, by kind, and whether the register is complete (sampling rule above its threshold).").Reads();
        registers.MapGet("/explanation", (Guid instanceId, IConsultationRegisters r, CancellationToken ct) => r.ExplanationRegisterAsync(instanceId, ct))
            .WithName("ExplanationRegister").WithSummary("The explanation register (báo cáo tiếp thu, giải trình) as rows, citizens anonymised.").Reads();

        registers.MapGet("/recommendations", (Guid instanceId, IConsultationRegisters r, CancellationToken ct) => r.RecommendationsAsync(instanceId, ct))
            .WithName("ListRecommendations").WithSummary("The recommendations with their responses and decisions.").Reads();
        registers.MapGet("/recommendations/{id}", (Guid instanceId, string id, IConsultationRegisters r, CancellationToken ct) => r.RecommendationAsync(instanceId, id, ct))
            .WithName("GetRecommendation").WithSummary("One recommendation with its responses and decisions.").Reads();
        registers.MapPost("/recommendations", (Guid instanceId, RecommendationBody body, IConsultationRegisters r, HttpContext http, CancellationToken ct) =>
                r.CreateRecommendationAsync(instanceId, body.Id, body.ToDraft(), StaffUser.From(http.User).Actor, ct))
            .WithName("CreateRecommendation").WithSummary("Creates a recommendation (KN-01… when no id is given); its evidence must name existing themes and inputs (CE8705).").Changes();
        registers.MapPut("/recommendations/{id}", (Guid instanceId, string id, RecommendationBody body, IConsultationRegisters r, HttpContext http, CancellationToken ct) =>
                r.UpdateRecommendationAsync(instanceId, id, body.Revision ?? 0, body.ToDraft(), StaffUser.From(http.User).Actor, ct))
            .WithName("UpdateRecommendation").WithSummary("Replaces a recommendation's content at the revision read (CE8709 otherwise).").Changes();
        registers.MapDelete("/recommendations/{id}", async (Guid instanceId, string id, IConsultationRegisters r, CancellationToken ct) =>
            {
                await r.DeleteRecommendationAsync(instanceId, id, ct).ConfigureAwait(false);
                return TypedResults.NoContent();
            })
            .WithName("DeleteRecommendation").WithSummary("Deletes a recommendation nothing links to (CE8712 otherwise).").Changes();
        registers.MapPost("/recommendations/{id}/responses", (Guid instanceId, string id, ResponseBody body, IConsultationRegisters r, HttpContext http, CancellationToken ct) =>
                r.AddResponseAsync(instanceId, id, body.Kind, body.Text ?? string.Empty, body.Responder, StaffUser.From(http.User).Actor, ct))
            .WithName("AddExecutiveResponse").WithSummary("Records the executive's response to a recommendation.").Changes();

        registers.MapGet("/decisions", (Guid instanceId, IConsultationRegisters r, CancellationToken ct) => r.DecisionsAsync(instanceId, ct))
            .WithName("ListDecisions").WithSummary("The policy decisions with their status histories.").Reads();
        registers.MapGet("/decisions/{id}", (Guid instanceId, string id, IConsultationRegisters r, CancellationToken ct) => r.DecisionAsync(instanceId, id, ct))
            .WithName("GetDecision").WithSummary("One decision with its status history.").Reads();
        registers.MapPost("/decisions", (Guid instanceId, DecisionBody body, IConsultationRegisters r, HttpContext http, CancellationToken ct) =>
                r.CreateDecisionAsync(instanceId, body.ToDraft(), StaffUser.From(http.User).Actor, ct))
            .WithName("CreateDecision").WithSummary("Creates a proposed decision (QD-01… when no id is given) linked to existing recommendations.").Changes();
        registers.MapPost("/decisions/{id}/status", (Guid instanceId, string id, DecisionStatusChange body, IConsultationRegisters r, HttpContext http, CancellationToken ct) =>
                r.ChangeDecisionStatusAsync(instanceId, id, body, StaffUser.From(http.User).Actor, ct))
            .WithName("ChangeDecisionStatus").WithSummary("Moves a decision's status (proposed → accepted → inDrafting → adopted, or rejected); illegal moves CE8707.").Changes();
        registers.MapGet("/decision-register", (Guid instanceId, IConsultationRegisters r, CancellationToken ct) => r.DecisionRegisterAsync(instanceId, ct))
            .WithName("DecisionRegister").WithSummary("The policy decision register as rows.").Reads();

        registers.MapGet("/trace/inputs/{inputId}", (Guid instanceId, Guid inputId, IConsultationRegisters r, CancellationToken ct) => r.TraceInputAsync(instanceId, inputId, ct))
            .WithName("TraceInput").WithSummary("Input → opinions and dispositions → themes → recommendations → responses → decisions.").Reads();
        registers.MapGet("/trace/decisions/{id}", (Guid instanceId, string id, IConsultationRegisters r, CancellationToken ct) => r.TraceDecisionAsync(instanceId, id, ct))
            .WithName("TraceDecision").WithSummary("Decision → recommendations → responses and evidence inputs; opinions whose dispositions name it.").Reads();
    }

    private static RouteHandlerBuilder Reads(this RouteHandlerBuilder builder) => builder
        .RequireAuthorization(Policies.ReadConsultations)
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status404NotFound);

    private static RouteHandlerBuilder Changes(this RouteHandlerBuilder builder) => builder
        .RequireAuthorization(Policies.KeepRegisters)
        .ProducesProblem(StatusCodes.Status403Forbidden)
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status409Conflict)
        .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    /// <summary>A disposition of <see cref="OpinionIds"/> (one, or a group).</summary>
    internal sealed record DispositionBody(IReadOnlyList<string>? OpinionIds, DispositionKind Kind, string? Explanation, string? GroupId, string? RecommendationId, string? DecisionId)
    {
        public DispositionRequest ToRequest() => new(OpinionIds ?? [], new DispositionEntry(Kind, Explanation)
        {
            GroupId = GroupId,
            RecommendationId = string.IsNullOrWhiteSpace(RecommendationId) ? null : RecommendationId,
            DecisionId = string.IsNullOrWhiteSpace(DecisionId) ? null : DecisionId,
        });
    }

    /// <summary>A recommendation's content; <see cref="Id"/> only when creating, <see cref="Revision"/> only when updating.</summary>
    internal sealed record RecommendationBody(string? Id, string? Text, string? AddressedTo, IReadOnlyList<string>? ThemeIds, IReadOnlyList<Guid>? InputIds, long? Revision)
    {
        public RecommendationDraft ToDraft() => new(Text ?? string.Empty, AddressedTo, new Evidence(ThemeIds ?? [], InputIds ?? []));
    }

    internal sealed record ResponseBody(ResponseKind Kind, string? Text, string? Responder);

    internal sealed record DecisionBody(string? Id, DecisionKind Kind, string? Title, IReadOnlyList<string>? RecommendationIds, string? Note)
    {
        public DecisionDraft ToDraft() => new(Kind, Title ?? string.Empty, RecommendationIds ?? []) { Id = Id, Note = Note };
    }
}
