using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace ConsultEngine.Persistence.Registers;

public sealed partial class SqliteRegisterStore
{
    public Task<IReadOnlyList<PolicyDecision>> DecisionsAsync(Guid instanceId, CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlyList<PolicyDecision>>(async context =>
        {
            var rows = await context.Set<DecisionRow>().Where(d => d.InstanceId == instanceId).ToListAsync(cancellationToken).ConfigureAwait(false);
            var history = (await context.Set<DecisionStatusRow>().Where(s => s.InstanceId == instanceId).OrderBy(s => s.Sequence).ToListAsync(cancellationToken).ConfigureAwait(false))
                .ToLookup(s => s.DecisionId, StringComparer.Ordinal);
            return [.. rows.OrderBy(r => r.Id, StringComparer.Ordinal).Select(r => ToRecord(r, history[r.Id]))];
        }, cancellationToken);

    public Task<PolicyDecision?> FindDecisionAsync(Guid instanceId, string id, CancellationToken cancellationToken = default) =>
        ReadAsync(context => FindDecisionAsync(context, instanceId, id, cancellationToken), cancellationToken);

    public Task<PolicyDecision> CreateDecisionAsync(Guid instanceId, DecisionDraft draft, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var title = RegisterIds.Text(draft.Title, "decision's title", instanceId);
        var given = string.IsNullOrWhiteSpace(draft.Id) ? null : RegisterIds.Check(draft.Id.Trim(), instanceId);
        if (!Enum.IsDefined(draft.Kind))
        {
            throw new RegisterException(RegisterCodes.RequestInvalid, $"'{draft.Kind}' is not a decision kind.", instanceId);
        }

        var recommendations = (draft.RecommendationIds ?? []).Distinct(StringComparer.Ordinal).ToArray();
        return WriteAsync(async (context, now) =>
        {
            foreach (var recommendation in recommendations)
            {
                await RequireRecommendationAsync(context, instanceId, recommendation, cancellationToken).ConfigureAwait(false);
            }

            var taken = await context.Set<DecisionRow>().Where(d => d.InstanceId == instanceId).Select(d => d.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
            var id = given ?? RegisterIds.Next(RegisterIds.DecisionPrefix, taken);
            if (taken.Contains(id, StringComparer.Ordinal))
            {
                throw new RegisterException(RegisterCodes.IdTaken, $"The consultation already has a decision '{id}'.", instanceId, id);
            }

            var row = new DecisionRow
            {
                InstanceId = instanceId,
                Id = id,
                Kind = draft.Kind,
                Title = title,
                RecommendationIdsJson = JsonSerializer.Serialize(recommendations),
                Status = DecisionStatus.Proposed,
                Revision = 1,
            };
            var first = new DecisionStatusRow { InstanceId = instanceId, DecisionId = id, Status = DecisionStatus.Proposed, Note = draft.Note, ChangedBy = actor, ChangedAt = now };
            context.Set<DecisionRow>().Add(row);
            context.Set<DecisionStatusRow>().Add(first);
            return ToRecord(row, [first]);
        }, cancellationToken);
    }

    public Task<PolicyDecision> ChangeDecisionStatusAsync(Guid instanceId, string id, DecisionStatusChange change, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var number = string.IsNullOrWhiteSpace(change.ResolutionNumber) ? null : change.ResolutionNumber.Trim();
        if (change.Status == DecisionStatus.Adopted && (number is null || change.ResolutionDate is null))
        {
            throw new RegisterException(RegisterCodes.ResolutionRequired, "A decision is adopted with its resolution's number and date.", instanceId, id);
        }

        return WriteAsync(async (context, now) =>
        {
            var row = await context.Set<DecisionRow>().AsTracking().FirstOrDefaultAsync(d => d.InstanceId == instanceId && d.Id == id, cancellationToken).ConfigureAwait(false)
                ?? throw new RegisterException(RegisterCodes.DecisionNotFound, $"The consultation has no decision '{id}'.", instanceId, id);
            if (change.ExpectedRevision is { } expected && expected != row.Revision)
            {
                throw new RegisterException(RegisterCodes.RevisionConflict, $"The decision '{id}' is at revision {row.Revision}, not {expected}.", instanceId, id);
            }

            if (!DecisionStatusRules.CanMove(row.Status, change.Status))
            {
                throw new RegisterException(RegisterCodes.TransitionRefused, $"The decision '{id}' cannot move from {row.Status} to {change.Status}.", instanceId, id);
            }

            row.Status = change.Status;
            row.Revision++;
            if (change.Status == DecisionStatus.Adopted)
            {
                row.ResolutionNumber = number;
                row.ResolutionDate = change.ResolutionDate;
            }

            context.Set<DecisionStatusRow>().Add(new DecisionStatusRow
            {
                InstanceId = instanceId,
                DecisionId = id,
                Status = change.Status,
                ResolutionNumber = number,
                ResolutionDate = change.ResolutionDate,
                Note = string.IsNullOrWhiteSpace(change.Note) ? null : change.Note.Trim(),
                ChangedBy = actor,
                ChangedAt = now,
            });
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return (await FindDecisionAsync(context, instanceId, id, cancellationToken).ConfigureAwait(false))!;
        }, cancellationToken);
    }

    private static async Task<PolicyDecision?> FindDecisionAsync(Model.ConsultDbContext context, Guid instanceId, string id, CancellationToken cancellationToken)
    {
        var row = await context.Set<DecisionRow>().AsNoTracking().FirstOrDefaultAsync(d => d.InstanceId == instanceId && d.Id == id, cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            return null;
        }

        var history = await context.Set<DecisionStatusRow>().AsNoTracking().Where(s => s.InstanceId == instanceId && s.DecisionId == id).OrderBy(s => s.Sequence).ToListAsync(cancellationToken).ConfigureAwait(false);
        return ToRecord(row, history);
    }

    private static PolicyDecision ToRecord(DecisionRow row, IEnumerable<DecisionStatusRow> history) =>
        new(row.Id, row.Kind, row.Title, ReadList(row.RecommendationIdsJson), row.Status, row.Revision,
            [.. history.Select(s => new DecisionStatusEntry(s.Status, s.ResolutionNumber, s.ResolutionDate, s.Note, s.ChangedBy, s.ChangedAt))])
        {
            ResolutionNumber = row.ResolutionNumber,
            ResolutionDate = row.ResolutionDate,
        };
}
