using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace ConsultEngine.Persistence.Registers;

public sealed partial class SqliteRegisterStore
{
    public Task<IReadOnlyList<Recommendation>> RecommendationsAsync(Guid instanceId, CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlyList<Recommendation>>(async context =>
        {
            var rows = await context.Set<RecommendationRow>().Where(r => r.InstanceId == instanceId).ToListAsync(cancellationToken).ConfigureAwait(false);
            return [.. rows.OrderBy(r => r.Id, StringComparer.Ordinal).Select(ToRecord)];
        }, cancellationToken);

    public Task<Recommendation?> FindRecommendationAsync(Guid instanceId, string id, CancellationToken cancellationToken = default) =>
        ReadAsync(async context =>
        {
            var row = await context.Set<RecommendationRow>().FirstOrDefaultAsync(r => r.InstanceId == instanceId && r.Id == id, cancellationToken).ConfigureAwait(false);
            return row is null ? null : ToRecord(row);
        }, cancellationToken);

    public Task<Recommendation> CreateRecommendationAsync(Guid instanceId, string? id, RecommendationDraft draft, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var text = RegisterIds.Text(draft.Text, "recommendation's text", instanceId);
        var given = string.IsNullOrWhiteSpace(id) ? null : RegisterIds.Check(id.Trim(), instanceId);
        return WriteAsync(async (context, now) =>
        {
            var set = context.Set<RecommendationRow>();
            var taken = await set.Where(r => r.InstanceId == instanceId).Select(r => r.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
            var newId = given ?? RegisterIds.Next(RegisterIds.RecommendationPrefix, taken);
            if (taken.Contains(newId, StringComparer.Ordinal))
            {
                throw new RegisterException(RegisterCodes.IdTaken, $"The consultation already has a recommendation '{newId}'.", instanceId, newId);
            }

            var row = new RecommendationRow { InstanceId = instanceId, Id = newId, CreatedBy = actor, CreatedAt = now, Revision = 1 };
            Fill(row, draft with { Text = text }, actor, now);
            set.Add(row);
            return ToRecord(row);
        }, cancellationToken);
    }

    public Task<Recommendation> UpdateRecommendationAsync(Guid instanceId, string id, long expectedRevision, RecommendationDraft draft, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var text = RegisterIds.Text(draft.Text, "recommendation's text", instanceId);
        return WriteAsync(async (context, now) =>
        {
            var row = await context.Set<RecommendationRow>().AsTracking().FirstOrDefaultAsync(r => r.InstanceId == instanceId && r.Id == id, cancellationToken).ConfigureAwait(false)
                ?? throw new RegisterException(RegisterCodes.RecommendationNotFound, $"The consultation has no recommendation '{id}'.", instanceId, id);
            if (row.Revision != expectedRevision)
            {
                throw new RegisterException(RegisterCodes.RevisionConflict, $"The recommendation '{id}' is at revision {row.Revision}, not {expectedRevision}.", instanceId, id);
            }

            Fill(row, draft with { Text = text }, actor, now);
            row.Revision++;
            return ToRecord(row);
        }, cancellationToken);
    }

    public Task DeleteRecommendationAsync(Guid instanceId, string id, CancellationToken cancellationToken = default) =>
        WriteAsync(async (context, _) =>
        {
            var row = await context.Set<RecommendationRow>().AsTracking().FirstOrDefaultAsync(r => r.InstanceId == instanceId && r.Id == id, cancellationToken).ConfigureAwait(false)
                ?? throw new RegisterException(RegisterCodes.RecommendationNotFound, $"The consultation has no recommendation '{id}'.", instanceId, id);
            var linked = await context.Set<ResponseRow>().AnyAsync(r => r.InstanceId == instanceId && r.RecommendationId == id, cancellationToken).ConfigureAwait(false)
                || await context.Set<DispositionRow>().AnyAsync(d => d.InstanceId == instanceId && d.RecommendationId == id, cancellationToken).ConfigureAwait(false)
                || (await context.Set<DecisionRow>().Where(d => d.InstanceId == instanceId).Select(d => d.RecommendationIdsJson).ToListAsync(cancellationToken).ConfigureAwait(false))
                    .Any(json => ReadList(json).Contains(id, StringComparer.Ordinal));
            if (linked)
            {
                throw new RegisterException(RegisterCodes.RecommendationInUse, $"The recommendation '{id}' is linked from a response, a decision or a disposition.", instanceId, id);
            }

            context.Set<RecommendationRow>().Remove(row);
            return true;
        }, cancellationToken);

    public Task<IReadOnlyList<ExecutiveResponse>> ResponsesAsync(Guid instanceId, string? recommendationId = null, CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlyList<ExecutiveResponse>>(async context =>
        {
            var rows = context.Set<ResponseRow>().Where(r => r.InstanceId == instanceId);
            if (recommendationId is not null)
            {
                rows = rows.Where(r => r.RecommendationId == recommendationId);
            }

            var list = await rows.ToListAsync(cancellationToken).ConfigureAwait(false);
            return [.. list.OrderBy(r => r.RecordedAt).ThenBy(r => r.Id).Select(ToRecord)];
        }, cancellationToken);

    public Task<ExecutiveResponse> AddResponseAsync(Guid instanceId, string recommendationId, ResponseKind kind, string text, string? responder, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var body = RegisterIds.Text(text, "response's text", instanceId);
        if (!Enum.IsDefined(kind))
        {
            throw new RegisterException(RegisterCodes.RequestInvalid, $"'{kind}' is not a response kind.", instanceId);
        }

        return WriteAsync(async (context, now) =>
        {
            await RequireRecommendationAsync(context, instanceId, recommendationId, cancellationToken).ConfigureAwait(false);
            var row = new ResponseRow
            {
                Id = Guid.CreateVersion7(now),
                InstanceId = instanceId,
                RecommendationId = recommendationId,
                Kind = kind,
                Text = body,
                Responder = string.IsNullOrWhiteSpace(responder) ? null : responder.Trim(),
                RecordedBy = actor,
                RecordedAt = now,
            };
            context.Set<ResponseRow>().Add(row);
            return ToRecord(row);
        }, cancellationToken);
    }

    private static void Fill(RecommendationRow row, RecommendationDraft draft, string actor, DateTimeOffset now)
    {
        row.Text = draft.Text;
        row.AddressedTo = string.IsNullOrWhiteSpace(draft.AddressedTo) ? null : draft.AddressedTo.Trim();
        var evidence = draft.Evidence ?? Evidence.None;
        row.EvidenceThemesJson = JsonSerializer.Serialize(evidence.ThemeIds.Distinct(StringComparer.Ordinal).ToArray());
        row.EvidenceInputsJson = JsonSerializer.Serialize(evidence.InputIds.Distinct().ToArray());
        row.UpdatedBy = actor;
        row.UpdatedAt = now;
    }

    private static Recommendation ToRecord(RecommendationRow row) => new(
        row.Id,
        new RecommendationDraft(row.Text, row.AddressedTo, new Evidence(ReadList(row.EvidenceThemesJson), JsonSerializer.Deserialize<Guid[]>(row.EvidenceInputsJson) ?? [])),
        row.CreatedBy,
        row.CreatedAt,
        row.UpdatedBy,
        row.UpdatedAt,
        row.Revision);

    private static ExecutiveResponse ToRecord(ResponseRow row) =>
        new(row.Id, row.RecommendationId, row.Kind, row.Text, row.RecordedBy, row.RecordedAt) { Responder = row.Responder };

    private static string[] ReadList(string json) => JsonSerializer.Deserialize<string[]>(json) ?? [];
}
