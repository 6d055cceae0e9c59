using ConsultEngine.Abstractions;
using ConsultEngine.Reporting.Analysis;
using ConsultEngine.Reporting.Reports;

namespace ConsultEngine.Reporting.Results;

/// <summary>One option's aggregate: how many chose it among those who answered, the share and its 95% interval.</summary>
public sealed record OpenOption(string Value, string? LabelVi, string? LabelEn, int Count, double Share, double Ci95Low, double Ci95High);

/// <summary>A question's aggregate: its options, or (numeric questions) the count and mean with its 95% interval.</summary>
public sealed record OpenQuestion(string Id, string? TitleVi, string? TitleEn, int Answered, IReadOnlyList<OpenOption> Options)
{
    public NumericSummary? Numeric { get; init; }
}

/// <summary>A tool step's aggregates: participation, questions and the number of passages per coded theme.</summary>
public sealed record OpenStep(string StepId, string Tool, int People, int Opinions, IReadOnlyList<OpenQuestion> Questions, IReadOnlyDictionary<string, int> Themes);

/// <summary>
/// The consultation's open data: participation counts (total, by step, by channel) and, for each
/// tool step, per-question option counts and shares. Aggregates only: no input, no respondent
/// attribute, no free text, no identifier, so it can be published as it is.
/// </summary>
public sealed record OpenResults
{
    public required Guid InstanceId { get; init; }

    public required string DefinitionId { get; init; }

    public required int DefinitionVersion { get; init; }

    public required DateTimeOffset GeneratedAt { get; init; }

    public required Participation Total { get; init; }

    public IReadOnlyDictionary<InputChannel, Participation> ByChannel { get; init; } = new Dictionary<InputChannel, Participation>();

    public IReadOnlyList<OpenStep> Steps { get; init; } = [];

    internal static OpenResults From(ReportData data, DateTimeOffset now)
    {
        var analysis = data.Analysis;
        var byStep = analysis.BySteps.ToDictionary(s => s.StepId, StringComparer.Ordinal);
        return new OpenResults
        {
            InstanceId = data.Instance.Id,
            DefinitionId = data.Definition.Id,
            DefinitionVersion = data.Definition.Version,
            GeneratedAt = now,
            Total = analysis.Total,
            ByChannel = analysis.ByChannel,
            Steps = [.. analysis.Tools.Select(t => Step(t, byStep.GetValueOrDefault(t.StepId)))],
        };
    }

    private static OpenStep Step(ToolAnalysis analysis, StepParticipation? participation) => new(
        analysis.StepId,
        analysis.Tool,
        participation?.People ?? 0,
        participation?.Opinions ?? 0,
        [.. analysis.Questions.Select(q => new OpenQuestion(q.Id, q.Title?.Vi, q.Title?.En, q.Answered, [.. q.Options.Select(o => new OpenOption(o.Value, o.Label?.Vi, o.Label?.En, o.Count, o.Share, o.Ci95.Low, o.Ci95.High))])
        {
            Numeric = q.Numeric,
        })],
        analysis.Themes.ToDictionary(t => t.Theme, t => t.Count, StringComparer.Ordinal));
}
