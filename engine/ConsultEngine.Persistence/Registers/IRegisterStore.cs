namespace ConsultEngine.Persistence.Registers;

/// <summary>
/// Where a consultation's registers are kept: dispositions of opinions (append-only, the latest in
/// force), recommendations with the executive's responses, and policy decisions with their status
/// history. Each change is one write transaction that checks what it links to against what is stored
/// at that moment; refusals are <see cref="RegisterException"/>s with a <see cref="RegisterCodes"/> code.
/// The store does not know the consultation's opinions, themes or inputs: the caller checks those.
/// </summary>
public interface IRegisterStore
{
    /// <summary>The disposition in force of each dispositioned opinion, in the order they were recorded.</summary>
    Task<IReadOnlyList<Disposition>> CurrentDispositionsAsync(Guid instanceId, CancellationToken cancellationToken = default);

    /// <summary>Every disposition ever recorded for one opinion, oldest first.</summary>
    Task<IReadOnlyList<Disposition>> DispositionHistoryAsync(Guid instanceId, string opinionId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records the same disposition for every opinion named (one, or a group), all or none: CE8701
    /// when not taken up without an explanation, CE8703/CE8706 when the linked recommendation or decision
    /// does not exist, CE8710 when no opinion is named.
    /// </summary>
    Task<IReadOnlyList<Disposition>> RecordDispositionsAsync(Guid instanceId, IReadOnlyList<string> opinionIds, DispositionEntry entry, string actor, CancellationToken cancellationToken = default);

    /// <summary>The consultation's recommendations, ordered by id.</summary>
    Task<IReadOnlyList<Recommendation>> RecommendationsAsync(Guid instanceId, CancellationToken cancellationToken = default);

    Task<Recommendation?> FindRecommendationAsync(Guid instanceId, string id, CancellationToken cancellationToken = default);

    /// <summary>Creates a recommendation; without <paramref name="id"/> it is numbered <c>KN-01</c>, <c>KN-02</c>… (CE8704 when the id is taken).</summary>
    Task<Recommendation> CreateRecommendationAsync(Guid instanceId, string? id, RecommendationDraft draft, string actor, CancellationToken cancellationToken = default);

    /// <summary>Replaces its content if still at <paramref name="expectedRevision"/> (else CE8709, nothing written).</summary>
    Task<Recommendation> UpdateRecommendationAsync(Guid instanceId, string id, long expectedRevision, RecommendationDraft draft, string actor, CancellationToken cancellationToken = default);

    /// <summary>Deletes a recommendation nothing links to (CE8712 when a response, decision or disposition does).</summary>
    Task DeleteRecommendationAsync(Guid instanceId, string id, CancellationToken cancellationToken = default);

    /// <summary>The executive's responses (of one recommendation when named), oldest first.</summary>
    Task<IReadOnlyList<ExecutiveResponse>> ResponsesAsync(Guid instanceId, string? recommendationId = null, CancellationToken cancellationToken = default);

    Task<ExecutiveResponse> AddResponseAsync(Guid instanceId, string recommendationId, ResponseKind kind, string text, string? responder, string actor, CancellationToken cancellationToken = default);

    /// <summary>The consultation's decisions with their histories, ordered by id.</summary>
    Task<IReadOnlyList<PolicyDecision>> DecisionsAsync(Guid instanceId, CancellationToken cancellationToken = default);

    Task<PolicyDecision?> FindDecisionAsync(Guid instanceId, string id, CancellationToken cancellationToken = default);

    /// <summary>Creates a decision, proposed; without an id it is numbered <c>QD-01</c>, <c>QD-02</c>…; every linked recommendation must exist (CE8703).</summary>
    Task<PolicyDecision> CreateDecisionAsync(Guid instanceId, DecisionDraft draft, string actor, CancellationToken cancellationToken = default);

    /// <summary>
    /// Moves a decision's status (CE8707 for a move <see cref="DecisionStatusRules"/> does not allow,
    /// CE8708 for an adoption without the resolution's number and date, CE8709 for a stale revision);
    /// the move is added to its history.
    /// </summary>
    Task<PolicyDecision> ChangeDecisionStatusAsync(Guid instanceId, string id, DecisionStatusChange change, string actor, CancellationToken cancellationToken = default);
}
