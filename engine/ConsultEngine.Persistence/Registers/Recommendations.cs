namespace ConsultEngine.Persistence.Registers;

/// <summary>What a recommendation rests on: theme ids of the consultation's codebook and input ids, never free text.</summary>
public sealed record Evidence(IReadOnlyList<string> ThemeIds, IReadOnlyList<Guid> InputIds)
{
    public static Evidence None { get; } = new([], []);
}

/// <summary>The editable part of a recommendation.</summary>
public sealed record RecommendationDraft(string Text, string? AddressedTo, Evidence Evidence);

/// <summary>A recommendation of the consultation (<c>KN-01</c>), addressed to a body, with its evidence.</summary>
public sealed record Recommendation(string Id, RecommendationDraft Content, string CreatedBy, DateTimeOffset CreatedAt, string UpdatedBy, DateTimeOffset UpdatedAt, long Revision)
{
    public string Text => Content.Text;

    public Evidence Evidence => Content.Evidence;
}

/// <summary>How the executive answered a recommendation.</summary>
public enum ResponseKind
{
    Accepted,
    PartlyAccepted,
    Declined,
}

/// <summary>The executive's response to a recommendation (given at the workshop, recorded by staff).</summary>
public sealed record ExecutiveResponse(Guid Id, string RecommendationId, ResponseKind Kind, string Text, string RecordedBy, DateTimeOffset RecordedAt)
{
    /// <summary>Who responded for the executive (a department), when recorded.</summary>
    public string? Responder { get; init; }
}
