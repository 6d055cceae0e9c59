using System.Text.Json;
using ConsultEngine.Persistence.Model;
using Microsoft.EntityFrameworkCore;

namespace ConsultEngine.Persistence.Codebooks;

public sealed partial class SqliteCodebookStore
{
    public Task<Coding> CodeAsync(Guid instanceId, string opinionId, IReadOnlyList<string> themeIds, CodingRole role, string coder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(themeIds);
        ArgumentException.ThrowIfNullOrWhiteSpace(coder);
        if (string.IsNullOrWhiteSpace(opinionId))
        {
            throw new CodebookException(CodebookCodes.RequestInvalid, "No opinion is named.", instanceId);
        }

        if (!Enum.IsDefined(role))
        {
            throw new CodebookException(CodebookCodes.RequestInvalid, $"'{role}' is not a coding role.", instanceId);
        }

        List<string> themes = [.. themeIds.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        return WriteAsync(async (context, now) =>
        {
            var known = await context.Set<CodebookThemeRow>().Where(t => t.InstanceId == instanceId).Select(t => t.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
            if (themes.FirstOrDefault(t => !known.Contains(t, StringComparer.Ordinal)) is { } unknown)
            {
                throw NoTheme(instanceId, unknown);
            }

            if (role == CodingRole.Second && !await context.Set<CodingSampleRow>().AnyAsync(s => s.InstanceId == instanceId && s.OpinionId == opinionId, cancellationToken).ConfigureAwait(false))
            {
                throw new CodebookException(CodebookCodes.NotInSample, $"'{opinionId}' is not in the second-coding sample.", instanceId, opinionId);
            }

            // The other role's coder in force of this opinion: agreement of a coder with themself shows nothing.
            var other = role == CodingRole.Primary ? CodingRole.Second : CodingRole.Primary;
            var otherCoder = await context.Set<CodingRow>()
                .Where(c => c.InstanceId == instanceId && c.Role == other && c.OpinionId == opinionId)
                .OrderByDescending(c => c.Sequence)
                .Select(c => c.Coder)
                .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            if (otherCoder is not null && string.Equals(otherCoder, coder, StringComparison.OrdinalIgnoreCase))
            {
                throw new CodebookException(CodebookCodes.SecondCoderIsPrimary, $"'{coder}' already codes '{opinionId}' as the {other.ToString().ToLowerInvariant()} coder.", instanceId, opinionId);
            }

            var row = new CodingRow
            {
                InstanceId = instanceId,
                OpinionId = opinionId,
                Role = role,
                ThemeIdsJson = JsonSerializer.Serialize(themes),
                Coder = coder,
                CodedAt = now,
            };
            context.Add(row);
            return ToRecord(row);
        }, cancellationToken);
    }

    public Task<IReadOnlyList<Coding>> CodingsAsync(Guid instanceId, CodingRole role, CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlyList<Coding>>(async context => await InForceAsync(context, instanceId, role, cancellationToken).ConfigureAwait(false), cancellationToken);

    public Task<IReadOnlyList<Coding>> CodingHistoryAsync(Guid instanceId, string opinionId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(opinionId);
        return ReadAsync<IReadOnlyList<Coding>>(async context =>
        {
            var rows = await context.Set<CodingRow>()
                .Where(c => c.InstanceId == instanceId && c.OpinionId == opinionId)
                .OrderBy(c => c.Sequence)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            return [.. rows.Select(ToRecord)];
        }, cancellationToken);
    }

    public Task<CodingSample?> SampleAsync(Guid instanceId, CancellationToken cancellationToken = default) =>
        ReadAsync(async context =>
        {
            var rows = await context.Set<CodingSampleRow>().Where(s => s.InstanceId == instanceId).OrderBy(s => s.Position).ToListAsync(cancellationToken).ConfigureAwait(false);
            return rows.Count == 0 ? null : new CodingSample([.. rows.Select(r => r.OpinionId)], rows[0].Seed, rows[0].DrawnBy, rows[0].DrawnAt);
        }, cancellationToken);

    public Task<CodingSample> ReplaceSampleAsync(Guid instanceId, IReadOnlyList<string> opinionIds, int seed, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(opinionIds);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        List<string> ids = [.. opinionIds.Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.Ordinal)];
        if (ids.Count == 0)
        {
            throw new CodebookException(CodebookCodes.RequestInvalid, "The sample names no opinion.", instanceId);
        }

        return WriteAsync(async (context, now) =>
        {
            await context.Set<CodingSampleRow>().Where(s => s.InstanceId == instanceId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
            context.AddRange(ids.Select((id, i) => new CodingSampleRow { InstanceId = instanceId, OpinionId = id, Position = i, Seed = seed, DrawnBy = actor, DrawnAt = now }));
            return new CodingSample(ids, seed, actor, now);
        }, cancellationToken);
    }

    private static async Task<List<Coding>> InForceAsync(ConsultDbContext context, Guid instanceId, CodingRole role, CancellationToken cancellationToken)
    {
        var rows = context.Set<CodingRow>().Where(c => c.InstanceId == instanceId && c.Role == role);
        var latest = await rows
            .Where(c => !rows.Any(later => later.OpinionId == c.OpinionId && later.Sequence > c.Sequence))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. latest.Select(ToRecord).OrderBy(c => c.OpinionId, StringComparer.Ordinal)];
    }

    private static Coding ToRecord(CodingRow row) =>
        new(row.OpinionId, JsonSerializer.Deserialize<List<string>>(row.ThemeIdsJson) ?? [], row.Role, row.Coder, row.CodedAt);
}
