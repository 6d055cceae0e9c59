namespace ConsultEngine.Persistence.Registers;

/// <summary>What became of an opinion (the four answers of a báo cáo tiếp thu, giải trình).</summary>
public enum DispositionKind
{
    /// <summary>Tiếp thu.</summary>
    TakenUp,

    /// <summary>Tiếp thu một phần.</summary>
    PartlyTakenUp,

    /// <summary>Không tiếp thu: needs the explanation (giải trình).</summary>
    NotTakenUp,

    /// <summary>Ngoài phạm vi: not about what was consulted on.</summary>
    OutOfScope,
}

/// <summary>What a disposition says, for one opinion or a group dispositioned together.</summary>
public sealed record DispositionEntry(DispositionKind Kind, string? Explanation)
{
    /// <summary>Opinions dispositioned together share it (near-identical opinions answered once).</summary>
    public string? GroupId { get; init; }

    /// <summary>The recommendation the opinion led to (its id, e.g. <c>KN-01</c>).</summary>
    public string? RecommendationId { get; init; }

    /// <summary>The decision the opinion led to.</summary>
    public string? DecisionId { get; init; }
}

/// <summary>
/// One recorded disposition of one opinion. Rows are never changed: a new disposition of the same
/// opinion is a new row with a higher <see cref="Sequence"/>, and the latest is the one in force.
/// </summary>
public sealed record Disposition(long Sequence, string OpinionId, DispositionEntry Entry, string RecordedBy, DateTimeOffset RecordedAt)
{
    public DispositionKind Kind => Entry.Kind;
}
