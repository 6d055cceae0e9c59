using ConsultEngine.Persistence.Registers;

namespace ConsultEngine.Hosting.Registers;

/// <summary>
/// The explanation register (báo cáo tiếp thu, giải trình), recommendations with the executive's
/// responses, and the policy decision register of a consultation, with traceability from an input to
/// a decision and back. The opinions are read from the consultation's tool steps; dispositions,
/// recommendations and decisions are kept by <see cref="IRegisterStore"/> and stay editable after the
/// consultation completes. Refusals are <see cref="RegisterException"/>s (CE87xx).
/// </summary>
public interface IConsultationRegisters
{
    /// <summary>Every opinion with its disposition in force, in the register's order (CE8711 for an unknown consultation).</summary>
    Task<IReadOnlyList<RegisterEntry>> EntriesAsync(Guid instanceId, CancellationToken cancellationToken = default);

    /// <summary>Groups of identical or near-identical opinions (see <see cref="OpinionSimilarity"/>).</summary>
    Task<IReadOnlyList<OpinionGroupSuggestion>> SuggestGroupsAsync(Guid instanceId, double threshold = OpinionSimilarity.DefaultThreshold, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records a disposition of one opinion or of a group (all or none). Every opinion must be the
    /// consultation's (CE8702); two or more without a group id are given one (<c>NH-01</c>…).
    /// </summary>
    Task<IReadOnlyList<Disposition>> RecordDispositionAsync(Guid instanceId, DispositionRequest request, string actor, CancellationToken cancellationToken = default);

    /// <summary>Every disposition recorded for the opinion, oldest first.</summary>
    Task<IReadOnlyList<Disposition>> DispositionHistoryAsync(Guid instanceId, string opinionId, CancellationToken cancellationToken = default);

    Task<RegisterProgress> ProgressAsync(Guid instanceId, CancellationToken cancellationToken = default);

    Task<ExplanationRegister> ExplanationRegisterAsync(Guid instanceId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<RecommendationView>> RecommendationsAsync(Guid instanceId, CancellationToken cancellationToken = default);

    /// <summary>One recommendation with its responses and decisions (CE8703 when there is none).</summary>
    Task<RecommendationView> RecommendationAsync(Guid instanceId, string id, CancellationToken cancellationToken = default);

    /// <summary>Creates a recommendation whose evidence names only themes and inputs the consultation has (CE8705).</summary>
    Task<Recommendation> CreateRecommendationAsync(Guid instanceId, string? id, RecommendationDraft draft, string actor, CancellationToken cancellationToken = default);

    Task<Recommendation> UpdateRecommendationAsync(Guid instanceId, string id, long expectedRevision, RecommendationDraft draft, string actor, CancellationToken cancellationToken = default);

    Task DeleteRecommendationAsync(Guid instanceId, string id, CancellationToken cancellationToken = default);

    Task<ExecutiveResponse> AddResponseAsync(Guid instanceId, string recommendationId, ResponseKind kind, string text, string? responder, string actor, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<PolicyDecision>> DecisionsAsync(Guid instanceId, CancellationToken cancellationToken = default);

    /// <summary>One decision with its status history (CE8706 when there is none).</summary>
    Task<PolicyDecision> DecisionAsync(Guid instanceId, string id, CancellationToken cancellationToken = default);

    Task<PolicyDecision> CreateDecisionAsync(Guid instanceId, DecisionDraft draft, string actor, CancellationToken cancellationToken = default);

    Task<PolicyDecision> ChangeDecisionStatusAsync(Guid instanceId, string id, DecisionStatusChange change, string actor, CancellationToken cancellationToken = default);

    Task<DecisionRegister> DecisionRegisterAsync(Guid instanceId, CancellationToken cancellationToken = default);

    /// <summary>Forward trace of one input (CE8705 when the consultation has no such input).</summary>
    Task<InputTrace> TraceInputAsync(Guid instanceId, Guid inputId, CancellationToken cancellationToken = default);

    /// <summary>Backward trace of one decision (CE8706 when there is none).</summary>
    Task<DecisionTrace> TraceDecisionAsync(Guid instanceId, string decisionId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records many dispositions at once (a Working Group's import, the example consultation): the
    /// opinions are read once and every id checked before anything is written (CE8702). Each request
    /// is then recorded as <see cref="RecordDispositionAsync"/> records it, in its own transaction,
    /// two or more opinions without a group id getting the next free one.
    /// </summary>
    Task<IReadOnlyList<Disposition>> RecordDispositionsAsync(Guid instanceId, IReadOnlyList<DispositionRequest> requests, string actor, CancellationToken cancellationToken = default);
}
