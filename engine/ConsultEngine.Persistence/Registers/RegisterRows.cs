namespace ConsultEngine.Persistence.Registers;

// The rows of the register tables. Dispositions and decision statuses are append-only (the latest
// row is in force, the earlier ones are the history); recommendations and decisions are edited in
// place under a revision. Lists of ids are JSON text: only the register reads inside them.

internal sealed class DispositionRow
{
    public long Sequence { get; set; }

    public Guid InstanceId { get; set; }

    public string OpinionId { get; set; } = string.Empty;

    public DispositionKind Kind { get; set; }

    public string? Explanation { get; set; }

    public string? GroupId { get; set; }

    public string? RecommendationId { get; set; }

    public string? DecisionId { get; set; }

    public string RecordedBy { get; set; } = string.Empty;

    public DateTimeOffset RecordedAt { get; set; }
}

internal sealed class RecommendationRow
{
    public Guid InstanceId { get; set; }

    public string Id { get; set; } = string.Empty;

    public string Text { get; set; } = string.Empty;

    public string? AddressedTo { get; set; }

    public string EvidenceThemesJson { get; set; } = "[]";

    public string EvidenceInputsJson { get; set; } = "[]";

    public string CreatedBy { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    public string UpdatedBy { get; set; } = string.Empty;

    public DateTimeOffset UpdatedAt { get; set; }

    public long Revision { get; set; }
}

internal sealed class ResponseRow
{
    public Guid Id { get; set; }

    public Guid InstanceId { get; set; }

    public string RecommendationId { get; set; } = string.Empty;

    public ResponseKind Kind { get; set; }

    public string Text { get; set; } = string.Empty;

    public string? Responder { get; set; }

    public string RecordedBy { get; set; } = string.Empty;

    public DateTimeOffset RecordedAt { get; set; }
}

internal sealed class DecisionRow
{
    public Guid InstanceId { get; set; }

    public string Id { get; set; } = string.Empty;

    public DecisionKind Kind { get; set; }

    public string Title { get; set; } = string.Empty;

    public string RecommendationIdsJson { get; set; } = "[]";

    public DecisionStatus Status { get; set; }

    public string? ResolutionNumber { get; set; }

    public DateOnly? ResolutionDate { get; set; }

    public long Revision { get; set; }
}

internal sealed class DecisionStatusRow
{
    public long Sequence { get; set; }

    public Guid InstanceId { get; set; }

    public string DecisionId { get; set; } = string.Empty;

    public DecisionStatus Status { get; set; }

    public string? ResolutionNumber { get; set; }

    public DateOnly? ResolutionDate { get; set; }

    public string? Note { get; set; }

    public string ChangedBy { get; set; } = string.Empty;

    public DateTimeOffset ChangedAt { get; set; }
}
