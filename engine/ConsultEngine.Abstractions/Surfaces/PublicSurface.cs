namespace ConsultEngine.Abstractions;

/// <summary>Whether the public can take part now.</summary>
public enum SurfaceStatus
{
    /// <summary>Announced; forms are shown but refuse until <see cref="PublicSurface.OpensAt"/>.</summary>
    NotYetOpen,

    Open,

    /// <summary>Collection is over; reads (e.g. published tallies) may still be shown.</summary>
    Closed,
}

/// <summary>
/// The public side of a tool step: its description, the forms a citizen fills in, and what it lets
/// everyone read (a poll's tallies when its config publishes them, a hearing's sessions, a draft's articles).
/// </summary>
public sealed record PublicSurface
{
    /// <summary>The title the tool gives the step; the host falls back on the definition's step title.</summary>
    public LocalText? Title { get; init; }

    /// <summary>How to take part, in a sentence or two.</summary>
    public LocalText? Instructions { get; init; }

    public SurfaceStatus Status { get; init; } = SurfaceStatus.Open;

    public DateTimeOffset? OpensAt { get; init; }

    public DateTimeOffset? ClosesAt { get; init; }

    /// <summary>Shown before the forms, in order: a draft's articles, a hearing's sessions, a poll's tallies.</summary>
    public IReadOnlyList<SurfaceView> Reads { get; init; } = [];

    /// <summary>The forms, in order. The first is the step's main form.</summary>
    public IReadOnlyList<SurfaceForm> Forms { get; init; } = [];

    /// <summary>Whether a citizen may leave a contact to be told the outcome after this step's main form (the host asks for it).</summary>
    public bool OffersFeedback { get; init; } = true;
}

/// <summary>What staff see and enter for a tool step in the console.</summary>
public sealed record StaffSurface
{
    public static StaffSurface Empty { get; } = new();

    /// <summary>Entry forms (a paper sheet typed in, an enumerator's interview); posted as a submission or an action, like public forms.</summary>
    public IReadOnlyList<SurfaceForm> Forms { get; init; } = [];

    /// <summary>The step's results as views the console renders as tables, shares with intervals and theme lists.</summary>
    public IReadOnlyList<SurfaceView> Results { get; init; } = [];
}
