using ConsultEngine.Abstractions;
using ConsultEngine.Persistence.Registers;

namespace ConsultEngine.Hosting.Registers;

/// <summary>An opinion with the disposition in force (none yet: <see langword="null"/>).</summary>
public sealed record RegisterEntry(Opinion Opinion, Disposition? Disposition);

/// <summary>A disposition asked for: one opinion or a group, and what it says.</summary>
public sealed record DispositionRequest(IReadOnlyList<string> OpinionIds, DispositionEntry Entry);

/// <summary>How the sample of a large register stands (see <see cref="RegisterSampling"/>).</summary>
public sealed record SampleProgress(int Threshold, int Size, int Seed, int Dispositioned);

/// <summary>How far the explanation register is: opinions counted, dispositioned, by kind, and whether it is complete.</summary>
public sealed record RegisterProgress(int Total, int Dispositioned, IReadOnlyDictionary<DispositionKind, int> ByKind, bool Complete)
{
    public int Remaining => Total - Dispositioned;

    /// <summary>Set when the sampling rule applies: completeness is then judged on the sample.</summary>
    public SampleProgress? Sample { get; init; }
}

/// <summary>
/// One row of the báo cáo tiếp thu, giải trình (STT | nội dung ý kiến | người/cơ quan góp ý | ý kiến tiếp
/// thu, giải trình): <see cref="Kind"/> is <see langword="null"/> for an opinion not dispositioned yet.
/// </summary>
public sealed record ExplanationRow(int Number, string OpinionId, string OpinionText, LocalText SourceLabel, DispositionKind? Kind, string? Explanation, string? Group)
{
    public string StepId { get; init; } = string.Empty;

    public string? Subject { get; init; }

    public string? RecommendationId { get; init; }

    /// <summary>The opinion's stance on its subject (see <see cref="Opinion.Stance"/>).</summary>
    public LocalText? Stance { get; init; }

    public string? DecisionId { get; init; }
}

/// <summary>The explanation register of a consultation, every opinion in order, ready to render.</summary>
public sealed record ExplanationRegister(Guid InstanceId, DateTimeOffset GeneratedAt, RegisterProgress Progress, IReadOnlyList<ExplanationRow> Rows);

/// <summary>A recommendation with what answered it: the executive's responses and the decisions that name it.</summary>
public sealed record RecommendationView(Recommendation Recommendation, IReadOnlyList<ExecutiveResponse> Responses, IReadOnlyList<string> DecisionIds);

/// <summary>One row of the policy decision register: the decision with its history and the recommendations (and responses) it answers.</summary>
public sealed record DecisionRegisterRow(int Number, PolicyDecision Decision, IReadOnlyList<Recommendation> Recommendations, IReadOnlyList<ExecutiveResponse> Responses);

/// <summary>The policy decision register of a consultation, ready to render.</summary>
public sealed record DecisionRegister(Guid InstanceId, DateTimeOffset GeneratedAt, IReadOnlyList<DecisionRegisterRow> Rows);
