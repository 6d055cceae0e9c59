using ConsultEngine.Persistence.Registers;

namespace ConsultEngine.Hosting.Registers;

internal sealed partial class ConsultationRegisters
{
    public async Task<IReadOnlyList<RecommendationView>> RecommendationsAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        await RequireInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false);
        var recommendations = await store.RecommendationsAsync(instanceId, cancellationToken).ConfigureAwait(false);
        var responses = (await store.ResponsesAsync(instanceId, null, cancellationToken).ConfigureAwait(false)).ToLookup(r => r.RecommendationId, StringComparer.Ordinal);
        var decisions = await store.DecisionsAsync(instanceId, cancellationToken).ConfigureAwait(false);
        return [.. recommendations.Select(r => new RecommendationView(r, [.. responses[r.Id]], [.. decisions.Where(d => d.RecommendationIds.Contains(r.Id, StringComparer.Ordinal)).Select(d => d.Id)]))];
    }

    public async Task<RecommendationView> RecommendationAsync(Guid instanceId, string id, CancellationToken cancellationToken = default) =>
        (await RecommendationsAsync(instanceId, cancellationToken).ConfigureAwait(false)).FirstOrDefault(v => string.Equals(v.Recommendation.Id, id, StringComparison.Ordinal))
        ?? throw new RegisterException(RegisterCodes.RecommendationNotFound, $"The consultation has no recommendation '{id}'.", instanceId, id);

    public async Task<Recommendation> CreateRecommendationAsync(Guid instanceId, string? id, RecommendationDraft draft, string actor, CancellationToken cancellationToken = default)
    {
        await CheckEvidenceAsync(instanceId, draft, cancellationToken).ConfigureAwait(false);
        return await store.CreateRecommendationAsync(instanceId, id, draft, actor, cancellationToken).ConfigureAwait(false);
    }

    public async Task<Recommendation> UpdateRecommendationAsync(Guid instanceId, string id, long expectedRevision, RecommendationDraft draft, string actor, CancellationToken cancellationToken = default)
    {
        await CheckEvidenceAsync(instanceId, draft, cancellationToken).ConfigureAwait(false);
        return await store.UpdateRecommendationAsync(instanceId, id, expectedRevision, draft, actor, cancellationToken).ConfigureAwait(false);
    }

    public async Task DeleteRecommendationAsync(Guid instanceId, string id, CancellationToken cancellationToken = default)
    {
        await RequireInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false);
        await store.DeleteRecommendationAsync(instanceId, id, cancellationToken).ConfigureAwait(false);
    }

    public async Task<ExecutiveResponse> AddResponseAsync(Guid instanceId, string recommendationId, ResponseKind kind, string text, string? responder, string actor, CancellationToken cancellationToken = default)
    {
        await RequireInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false);
        return await store.AddResponseAsync(instanceId, recommendationId, kind, text, responder, actor, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Evidence names what the consultation has: themes its inputs were coded to or another source offers (<see cref="IEvidenceThemes"/>: the codebook), inputs of its tool steps (not withdrawn).</summary>
    private async Task CheckEvidenceAsync(Guid instanceId, RecommendationDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var opinions = await reader.ReadAsync(instanceId, cancellationToken).ConfigureAwait(false);
        var evidence = draft.Evidence ?? Evidence.None;
        var themes = new HashSet<string>(opinions.Themes, StringComparer.Ordinal);
        foreach (var source in evidenceThemes)
        {
            themes.UnionWith(await source.ThemeIdsAsync(instanceId, cancellationToken).ConfigureAwait(false));
        }

        if ((evidence.ThemeIds ?? []).FirstOrDefault(t => !themes.Contains(t)) is { } theme)
        {
            throw new RegisterException(RegisterCodes.EvidenceNotFound, $"No input of the consultation is coded to the theme '{theme}'.", instanceId, theme);
        }

        if ((evidence.InputIds ?? []).Where(i => !opinions.Inputs.ContainsKey(i)).Select(i => (Guid?)i).FirstOrDefault() is { } input)
        {
            throw new RegisterException(RegisterCodes.EvidenceNotFound, $"The consultation has no input {input}.", instanceId, input.ToString());
        }
    }
}
