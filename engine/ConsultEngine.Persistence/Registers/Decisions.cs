namespace ConsultEngine.Persistence.Registers;

/// <summary>What a policy decision does to local policy.</summary>
public enum DecisionKind
{
    NewPolicy,
    Amend,
    Replace,
    Repeal,
    Monitor,
}

/// <summary>Where a decision stands; see <see cref="DecisionStatusRules"/> for the moves allowed.</summary>
public enum DecisionStatus
{
    Proposed,
    Accepted,
    InDrafting,
    Adopted,
    Rejected,
}

/// <summary>A new decision: its kind, title and the recommendations it answers.</summary>
public sealed record DecisionDraft(DecisionKind Kind, string Title, IReadOnlyList<string> RecommendationIds)
{
    /// <summary>An id to give it (<c>QD-01</c>); the store numbers it when absent.</summary>
    public string? Id { get; init; }

    public string? Note { get; init; }
}

/// <summary>A status move asked for; an adoption carries the resolution's number and date.</summary>
public sealed record DecisionStatusChange(DecisionStatus Status)
{
    public string? ResolutionNumber { get; init; }

    public DateOnly? ResolutionDate { get; init; }

    public string? Note { get; init; }

    /// <summary>When given, the move happens only if the decision is still at this revision.</summary>
    public long? ExpectedRevision { get; init; }
}

/// <summary>One status a decision had, who set it and when (kept for ever, oldest first).</summary>
public sealed record DecisionStatusEntry(DecisionStatus Status, string? ResolutionNumber, DateOnly? ResolutionDate, string? Note, string ChangedBy, DateTimeOffset ChangedAt);

/// <summary>A policy decision of phase 5 with its current status and its history.</summary>
public sealed record PolicyDecision(string Id, DecisionKind Kind, string Title, IReadOnlyList<string> RecommendationIds, DecisionStatus Status, long Revision, IReadOnlyList<DecisionStatusEntry> History)
{
    public string? ResolutionNumber { get; init; }

    public DateOnly? ResolutionDate { get; init; }

    public string CreatedBy => History[0].ChangedBy;

    public DateTimeOffset CreatedAt => History[0].ChangedAt;
}
