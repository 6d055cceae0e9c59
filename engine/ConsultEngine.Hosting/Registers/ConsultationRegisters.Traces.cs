using ConsultEngine.Abstractions;
using ConsultEngine.Persistence.Registers;

namespace ConsultEngine.Hosting.Registers;

internal sealed partial class ConsultationRegisters
{
    public async Task<InputTrace> TraceInputAsync(Guid instanceId, Guid inputId, CancellationToken cancellationToken = default)
    {
        var opinions = await reader.ReadAsync(instanceId, cancellationToken).ConfigureAwait(false);
        if (!opinions.Inputs.TryGetValue(inputId, out var input))
        {
            throw new RegisterException(RegisterCodes.EvidenceNotFound, $"The consultation has no input {inputId}.", instanceId, inputId.ToString());
        }

        var entries = (await EntriesAsync(instanceId, opinions, cancellationToken).ConfigureAwait(false)).Where(e => e.Opinion.InputId == inputId).ToList();
        var byDisposition = entries.Select(e => e.Disposition?.Entry.RecommendationId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var decidedDirectly = entries.Select(e => e.Disposition?.Entry.DecisionId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var views = await RecommendationsAsync(instanceId, cancellationToken).ConfigureAwait(false);
        var decisions = await store.DecisionsAsync(instanceId, cancellationToken).ConfigureAwait(false);
        var traced = new List<TracedRecommendation>();
        foreach (var view in views)
        {
            var via = new List<string>();
            if (view.Recommendation.Evidence.InputIds.Contains(inputId))
            {
                via.Add("input");
            }

            via.AddRange(view.Recommendation.Evidence.ThemeIds.Where(input.Themes.Contains).Select(t => "theme:" + t));
            if (byDisposition.Contains(view.Recommendation.Id))
            {
                via.Add("disposition");
            }

            if (via.Count > 0)
            {
                var led = decisions.Where(d => view.DecisionIds.Contains(d.Id, StringComparer.Ordinal) || decidedDirectly.Contains(d.Id)).ToList();
                traced.Add(new TracedRecommendation(view.Recommendation, via, view.Responses, led));
            }
        }

        return new InputTrace(Traced(input, opinions), entries, traced);
    }

    public async Task<DecisionTrace> TraceDecisionAsync(Guid instanceId, string decisionId, CancellationToken cancellationToken = default)
    {
        var decision = await DecisionAsync(instanceId, decisionId, cancellationToken).ConfigureAwait(false);
        var opinions = await reader.ReadAsync(instanceId, cancellationToken).ConfigureAwait(false);
        var views = (await RecommendationsAsync(instanceId, cancellationToken).ConfigureAwait(false)).ToDictionary(v => v.Recommendation.Id, StringComparer.Ordinal);
        var evidence = decision.RecommendationIds.Where(views.ContainsKey).Select(id =>
        {
            var view = views[id];
            var named = view.Recommendation.Evidence.InputIds.Where(opinions.Inputs.ContainsKey).Select(i => Traced(opinions.Inputs[i], opinions)).ToList();
            var themes = view.Recommendation.Evidence.ThemeIds;
            var coded = opinions.Inputs.Values.Where(i => i.Themes.Any(themes.Contains)).Select(i => Traced(i, opinions)).ToList();
            return new EvidenceTrace(view.Recommendation, view.Responses, named, coded);
        }).ToList();
        var entries = await EntriesAsync(instanceId, opinions, cancellationToken).ConfigureAwait(false);
        var linked = entries.Where(e => e.Disposition is { } d
            && (string.Equals(d.Entry.DecisionId, decisionId, StringComparison.Ordinal)
                || (d.Entry.RecommendationId is { } r && decision.RecommendationIds.Contains(r, StringComparer.Ordinal)))).ToList();
        return new DecisionTrace(decision, evidence, linked);
    }

    private static TracedInput Traced(ConsultationInput input, ConsultationOpinions opinions) =>
        new(input.Id, input.StepId, input.Tool, input.Subject,
            OpinionSource.Label(input, opinions.ToolTitles.GetValueOrDefault(input.StepId) ?? new LocalText(input.Tool, input.Tool)),
            input.Themes);
}
