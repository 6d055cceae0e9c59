using ConsultEngine.Abstractions;
using ConsultEngine.Persistence.Registers;

namespace ConsultEngine.Hosting.Registers;

/// <summary>An input as a trace shows it: where it came from, never who gave it.</summary>
public sealed record TracedInput(Guid InputId, string StepId, string Tool, string? Subject, LocalText SourceLabel, IReadOnlyList<string> Themes);

/// <summary>A recommendation reached in a trace, why (<c>input</c>, <c>theme:&lt;id&gt;</c>, <c>disposition</c>), its responses and decisions.</summary>
public sealed record TracedRecommendation(Recommendation Recommendation, IReadOnlyList<string> Via, IReadOnlyList<ExecutiveResponse> Responses, IReadOnlyList<PolicyDecision> Decisions);

/// <summary>Forward: an input → its opinions and their dispositions → its themes → recommendations → responses → decisions.</summary>
public sealed record InputTrace(TracedInput Input, IReadOnlyList<RegisterEntry> Opinions, IReadOnlyList<TracedRecommendation> Recommendations);

/// <summary>A recommendation behind a decision, with its responses and evidence: the inputs it names and those coded to the themes it names.</summary>
public sealed record EvidenceTrace(Recommendation Recommendation, IReadOnlyList<ExecutiveResponse> Responses, IReadOnlyList<TracedInput> EvidenceInputs, IReadOnlyList<TracedInput> ThemeInputs);

/// <summary>Back: a decision → its recommendations → their evidence inputs; and the opinions whose dispositions name the decision.</summary>
public sealed record DecisionTrace(PolicyDecision Decision, IReadOnlyList<EvidenceTrace> Recommendations, IReadOnlyList<RegisterEntry> Opinions);
