using System.Text.Json.Serialization;
using ConsultEngine.Abstractions;
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
    /// <summary>The official code of the province the consultation belongs to (set by the province-aware list).</summary>
    public string? ProvinceCode { get; init; }

    /// <summary>Open, analysing, results published or closed.</summary>
    public PublicStatus Status { get; init; } = PublicStatus.Open;

    /// <summary>The earliest deadline of its open steps.</summary>
    public DateTimeOffset? NextDeadline => Steps.Select(s => s.Deadline).Where(d => d is not null).Min();
}

/// <summary>
/// A tool step open to the public: what it is, since when and until when, and where to take part —
/// <see cref="Page"/> on the portal, <see cref="Api"/> for the step's public surface (its forms and reads).
/// </summary>
public sealed record OpenToolStep(
    string StepId,
    LocalizedText Title,
    LocalizedText? Description,
    DateTimeOffset? OpenedAt,
    DateTimeOffset? Deadline)
{
    /// <summary>How to take part, as the tool puts it.</summary>
    public LocalText? Instructions { get; init; }

    /// <summary>Whether the public can take part now (a step may be announced before it opens).</summary>
    public SurfaceStatus SurfaceStatus { get; init; } = SurfaceStatus.Open;

    /// <summary>The portal page of the step.</summary>
    public string Page { get; init; } = string.Empty;

    /// <summary>The public API address of the step's surface.</summary>
    public string Api { get; init; } = string.Empty;

    /// <summary>The surface as the tool described it when the step was listed (not part of the listing's JSON).</summary>
    [JsonIgnore]
    public PublicSurface? Surface { get; init; }
}
