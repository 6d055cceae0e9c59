using ConsultEngine.Definitions.Model;

namespace ConsultEngine.Web.Portal;

/// <summary>A running consultation with at least one tool step open to the public, as the portal shows it.</summary>
public sealed record OpenConsultation(
    Guid InstanceId,
    string Title,
    string? IssueTitle,
    string? Province,
    string? Scope,
    int? Year,
    LocalizedText? ProcessTitle,
    LocalizedText? ProcessDescription,
    IReadOnlyList<OpenToolStep> Steps)
{
    /// <summary>The earliest deadline of its open steps.</summary>
    public DateTimeOffset? NextDeadline => Steps.Select(s => s.Deadline).Where(d => d is not null).Min();
}

/// <summary>A tool step open to the public: what it is, since when and until when.</summary>
public sealed record OpenToolStep(
    string StepId,
    PublicToolKind Kind,
    LocalizedText Title,
    LocalizedText? Description,
    DateTimeOffset? OpenedAt,
    DateTimeOffset? Deadline)
{
    /// <summary>The sessions of a hearing (empty for other tools).</summary>
    public IReadOnlyList<HearingSessionView> Sessions { get; init; } = [];
}
