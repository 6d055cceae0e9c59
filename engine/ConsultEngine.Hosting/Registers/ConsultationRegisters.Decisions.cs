using ConsultEngine.Persistence.Registers;

namespace ConsultEngine.Hosting.Registers;

internal sealed partial class ConsultationRegisters
{
    public async Task<IReadOnlyList<PolicyDecision>> DecisionsAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        await RequireInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false);
        return await store.DecisionsAsync(instanceId, cancellationToken).ConfigureAwait(false);
    }

    public async Task<PolicyDecision> DecisionAsync(Guid instanceId, string id, CancellationToken cancellationToken = default)
    {
        await RequireInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false);
        return await store.FindDecisionAsync(instanceId, id, cancellationToken).ConfigureAwait(false)
            ?? throw new RegisterException(RegisterCodes.DecisionNotFound, $"The consultation has no decision '{id}'.", instanceId, id);
    }

    public async Task<PolicyDecision> CreateDecisionAsync(Guid instanceId, DecisionDraft draft, string actor, CancellationToken cancellationToken = default)
    {
        await RequireInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false);
        return await store.CreateDecisionAsync(instanceId, draft, actor, cancellationToken).ConfigureAwait(false);
    }

    public async Task<PolicyDecision> ChangeDecisionStatusAsync(Guid instanceId, string id, DecisionStatusChange change, string actor, CancellationToken cancellationToken = default)
    {
        await RequireInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false);
        return await store.ChangeDecisionStatusAsync(instanceId, id, change, actor, cancellationToken).ConfigureAwait(false);
    }

    public async Task<DecisionRegister> DecisionRegisterAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        var recommendations = (await RecommendationsAsync(instanceId, cancellationToken).ConfigureAwait(false)).ToDictionary(v => v.Recommendation.Id, StringComparer.Ordinal);
        var decisions = await store.DecisionsAsync(instanceId, cancellationToken).ConfigureAwait(false);
        var rows = decisions.Select((d, i) =>
        {
            var answered = d.RecommendationIds.Where(recommendations.ContainsKey).Select(r => recommendations[r]).ToList();
            return new DecisionRegisterRow(i + 1, d, [.. answered.Select(v => v.Recommendation)], [.. answered.SelectMany(v => v.Responses)]);
        }).ToList();
        return new DecisionRegister(instanceId, clock.GetUtcNow(), rows);
    }
}
