namespace ConsultEngine.Hosting.Demo;

/// <summary>
/// What the example consultation holds. The same seed gives the same data (answers, names, texts,
/// counts); only ids and, with the system clock, timestamps differ between runs.
/// </summary>
public sealed record DemoOptions
{
    /// <summary>The full example: thousands of survey responses and hundreds of poll votes.</summary>
    public static DemoOptions Full { get; } = new();

    /// <summary>A smaller example with the same shape, for tests that need speed.</summary>
    public static DemoOptions Small { get; } = new() { SurveyResponses = 300, PollVotes = 120, HearingRegistrationsPerSession = 24 };

    /// <summary>The seed of every random draw.</summary>
    public int Seed { get; init; } = 20260701;

    /// <summary>Survey responses collected after the pilot (the pilot's own responses come on top and are not counted).</summary>
    public int SurveyResponses { get; init; } = 3_000;

    /// <summary>Online poll votes by distinct people (a few repeated votes are refused on top).</summary>
    public int PollVotes { get; init; } = 600;

    /// <summary>People registering for each of the two hearing sessions.</summary>
    public int HearingRegistrationsPerSession { get; init; } = 60;

    /// <summary>
    /// A step id the example stops before: every step ahead of it is done, and it is left waiting
    /// (with the instance running) for a test to take over — e.g. <c>approve-publication</c>, to approve
    /// the publication itself. <see langword="null"/>: the finished consultation.
    /// </summary>
    public string? StopBefore { get; init; }

    /// <summary>Who is recorded as having started the consultation.</summary>
    public string StartedBy { get; init; } = "van-phong.hdnd";

    /// <summary>
    /// Told how long each phase took as it ends (the command line's <c>--verbose</c>); the phases are
    /// logged (Information) too. Not part of the data: the same seed gives the same data with or without it.
    /// </summary>
    public Action<DemoPhase>? OnPhase { get; init; }

    /// <summary>
    /// Run on the finished example with its services before they are disposed: what a layer above
    /// the engine adds to it (the command line and the web host store the generated report as an
    /// approved version). Not run when <see cref="StopBefore"/> leaves the consultation unfinished.
    /// </summary>
    public Func<IServiceProvider, Guid, CancellationToken, Task>? Finish { get; init; }
}
