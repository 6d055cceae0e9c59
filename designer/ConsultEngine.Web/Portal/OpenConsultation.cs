using ConsultEngine.Definitions.Model;
using ConsultEngine.Hosting.Publication;

namespace ConsultEngine.Web.Portal;

/// <summary>A consultation that asks or asked the public, as the portal shows it: the tool steps open now (none once collection is over) and where it stands.</summary>
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
    /// <summary>Open, analysing, results published or closed.</summary>
    public PublicStatus Status { get; init; } = PublicStatus.Open;

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
