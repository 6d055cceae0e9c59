using Microsoft.EntityFrameworkCore;

namespace ConsultEngine.Persistence.Registers;

public sealed partial class SqliteRegisterStore
{
    public Task<IReadOnlyList<Disposition>> CurrentDispositionsAsync(Guid instanceId, CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlyList<Disposition>>(async context =>
        {
            var rows = context.Set<DispositionRow>().Where(d => d.InstanceId == instanceId);
            var latest = await rows
                .Where(d => !rows.Any(later => later.OpinionId == d.OpinionId && later.Sequence > d.Sequence))
                .OrderBy(d => d.Sequence)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return [.. latest.Select(ToRecord)];
        }, cancellationToken);

    public Task<IReadOnlyList<Disposition>> DispositionHistoryAsync(Guid instanceId, string opinionId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(opinionId);
        return ReadAsync<IReadOnlyList<Disposition>>(async context =>
        {
            var rows = await context.Set<DispositionRow>()
                .Where(d => d.InstanceId == instanceId && d.OpinionId == opinionId)
                .OrderBy(d => d.Sequence)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return [.. rows.Select(ToRecord)];
        }, cancellationToken);
    }

    public Task<IReadOnlyList<Disposition>> RecordDispositionsAsync(Guid instanceId, IReadOnlyList<string> opinionIds, DispositionEntry entry, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(opinionIds);
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var ids = opinionIds.Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            throw new RegisterException(RegisterCodes.RequestInvalid, "No opinion is named.", instanceId);
        }

        var explanation = string.IsNullOrWhiteSpace(entry.Explanation) ? null : entry.Explanation.Trim();
        if (entry.Kind == DispositionKind.NotTakenUp && explanation is null)
        {
            throw new RegisterException(RegisterCodes.ExplanationRequired, "An opinion not taken up needs its explanation.", instanceId, ids[0]);
        }

        if (!Enum.IsDefined(entry.Kind))
        {
            throw new RegisterException(RegisterCodes.RequestInvalid, $"'{entry.Kind}' is not a disposition.", instanceId);
        }

        return WriteAsync<IReadOnlyList<Disposition>>(async (context, now) =>
        {
            if (entry.RecommendationId is { } recommendation)
            {
                await RequireRecommendationAsync(context, instanceId, recommendation, cancellationToken).ConfigureAwait(false);
            }

            if (entry.DecisionId is { } decision)
            {
                await RequireDecisionAsync(context, instanceId, decision, cancellationToken).ConfigureAwait(false);
            }

            var rows = ids.Select(id => new DispositionRow
            {
                InstanceId = instanceId,
                OpinionId = id,
                Kind = entry.Kind,
                Explanation = explanation,
                GroupId = string.IsNullOrWhiteSpace(entry.GroupId) ? null : entry.GroupId.Trim(),
                RecommendationId = entry.RecommendationId,
                DecisionId = entry.DecisionId,
                RecordedBy = actor,
                RecordedAt = now,
            }).ToList();
            context.Set<DispositionRow>().AddRange(rows);

            // The sequences are known only once saved: read them back through the rows after SaveChanges.
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return [.. rows.Select(ToRecord)];
        }, cancellationToken);
    }

    private static Disposition ToRecord(DispositionRow row) =>
        new(row.Sequence, row.OpinionId, new DispositionEntry(row.Kind, row.Explanation)
        {
            GroupId = row.GroupId,
            RecommendationId = row.RecommendationId,
            DecisionId = row.DecisionId,
        }, row.RecordedBy, row.RecordedAt);
}
