using ConsultEngine.Abstractions;
using Microsoft.EntityFrameworkCore;

namespace ConsultEngine.Persistence.Codebooks;

public sealed partial class SqliteCodebookStore
{
    public Task<IReadOnlyList<CodebookTheme>> ThemesAsync(Guid instanceId, CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlyList<CodebookTheme>>(async context => [.. (await ThemeRowsAsync(context, instanceId, cancellationToken).ConfigureAwait(false)).Select(ToRecord)], cancellationToken);

    public Task<CodebookTheme> AddThemeAsync(Guid instanceId, CodebookTheme theme, string actor, CancellationToken cancellationToken = default)
    {
        var clean = CodebookRules.Theme(theme, instanceId);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return WriteAsync(async (context, now) =>
        {
            var rows = await ThemeRowsAsync(context, instanceId, cancellationToken).ConfigureAwait(false);
            if (rows.Any(r => r.Id == clean.Id))
            {
                throw new CodebookException(CodebookCodes.ThemeExists, $"The codebook already has a theme '{clean.Id}'.", instanceId, clean.Id);
            }

            CodebookRules.CheckParent(clean, rows.ToDictionary(r => r.Id, r => r.ParentId, StringComparer.Ordinal), instanceId);
            context.Add(ToRow(instanceId, clean, actor, now));
            return clean;
        }, cancellationToken);
    }

    public Task<CodebookTheme> UpdateThemeAsync(Guid instanceId, CodebookTheme theme, string actor, CancellationToken cancellationToken = default)
    {
        var clean = CodebookRules.Theme(theme, instanceId);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return WriteAsync(async (context, now) =>
        {
            // Tracked: the sessions read without tracking, and the row's new values must be saved.
            var rows = await ThemeRowsAsync(context.Set<CodebookThemeRow>().AsTracking(), instanceId, cancellationToken).ConfigureAwait(false);
            var row = rows.FirstOrDefault(r => r.Id == clean.Id) ?? throw NoTheme(instanceId, clean.Id);
            var parents = rows.ToDictionary(r => r.Id, r => r.ParentId, StringComparer.Ordinal);
            parents[clean.Id] = clean.ParentId;
            CodebookRules.CheckParent(clean, parents, instanceId);
            row.LabelVi = clean.Label.Vi;
            row.LabelEn = clean.Label.En;
            row.DescriptionVi = clean.Description?.Vi;
            row.DescriptionEn = clean.Description?.En;
            row.ParentId = clean.ParentId;
            row.UpdatedBy = actor;
            row.UpdatedAt = now;
            return ToRecord(row);
        }, cancellationToken);
    }

    public Task<IReadOnlyList<CodebookTheme>> ImportThemesAsync(Guid instanceId, IReadOnlyList<CodebookTheme> themes, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(themes);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var clean = themes.Select(t => CodebookRules.Theme(t, instanceId)).DistinctBy(t => t.Id, StringComparer.Ordinal).ToList();
        return WriteAsync<IReadOnlyList<CodebookTheme>>(async (context, now) =>
        {
            var rows = await ThemeRowsAsync(context, instanceId, cancellationToken).ConfigureAwait(false);
            var taken = rows.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);

            // A tool's own parent that the import does not bring along is dropped, not refused: the theme still counts.
            var added = clean.Where(t => !taken.Contains(t.Id)).ToList();
            var known = taken.Concat(added.Select(t => t.Id)).ToHashSet(StringComparer.Ordinal);
            added = [.. added.Select(t => t.ParentId is { } parent && !known.Contains(parent) ? t with { ParentId = null } : t)];
            var parents = rows.ToDictionary(r => r.Id, r => r.ParentId, StringComparer.Ordinal);
            foreach (var theme in added)
            {
                parents[theme.Id] = theme.ParentId;
            }

            foreach (var theme in added)
            {
                CodebookRules.CheckParent(theme, parents, instanceId);
                context.Add(ToRow(instanceId, theme, actor, now));
            }

            return added;
        }, cancellationToken);
    }

    public Task DeleteThemeAsync(Guid instanceId, string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        return WriteAsync(async (context, _) =>
        {
            var rows = await ThemeRowsAsync(context, instanceId, cancellationToken).ConfigureAwait(false);
            var row = rows.FirstOrDefault(r => r.Id == id) ?? throw NoTheme(instanceId, id);
            if (rows.Any(r => r.ParentId == id))
            {
                throw new CodebookException(CodebookCodes.ThemeInUse, $"A theme sits under '{id}'.", instanceId, id);
            }

            foreach (var role in Enum.GetValues<CodingRole>())
            {
                if ((await InForceAsync(context, instanceId, role, cancellationToken).ConfigureAwait(false)).Any(c => c.ThemeIds.Contains(id, StringComparer.Ordinal)))
                {
                    throw new CodebookException(CodebookCodes.ThemeInUse, $"An opinion is coded to '{id}'.", instanceId, id);
                }
            }

            context.Remove(row);
            return true;
        }, cancellationToken);
    }

    /// <summary>
    /// The themes by id, ordered here by code point: PostgreSQL's ORDER BY follows the database's
    /// collation (where "Fees" may sort after "education"), SQLite's compares bytes.
    /// </summary>
    private static Task<List<CodebookThemeRow>> ThemeRowsAsync(Model.ConsultDbContext context, Guid instanceId, CancellationToken cancellationToken) =>
        ThemeRowsAsync(context.Set<CodebookThemeRow>(), instanceId, cancellationToken);

    private static async Task<List<CodebookThemeRow>> ThemeRowsAsync(IQueryable<CodebookThemeRow> themes, Guid instanceId, CancellationToken cancellationToken) =>
        [.. (await themes.Where(t => t.InstanceId == instanceId).ToListAsync(cancellationToken).ConfigureAwait(false)).OrderBy(t => t.Id, StringComparer.Ordinal)];

    private static CodebookException NoTheme(Guid instanceId, string id) =>
        new(CodebookCodes.ThemeNotFound, $"The codebook has no theme '{id}'.", instanceId, id);

    private static CodebookThemeRow ToRow(Guid instanceId, CodebookTheme theme, string actor, DateTimeOffset now) => new()
    {
        InstanceId = instanceId,
        Id = theme.Id,
        LabelVi = theme.Label.Vi,
        LabelEn = theme.Label.En,
        DescriptionVi = theme.Description?.Vi,
        DescriptionEn = theme.Description?.En,
        ParentId = theme.ParentId,
        ImportedFrom = theme.ImportedFrom,
        UpdatedBy = actor,
        UpdatedAt = now,
    };

    private static CodebookTheme ToRecord(CodebookThemeRow row) => new(row.Id, new LocalText(row.LabelVi, row.LabelEn))
    {
        Description = row.DescriptionVi is null ? null : new LocalText(row.DescriptionVi, row.DescriptionEn ?? row.DescriptionVi),
        ParentId = row.ParentId,
        ImportedFrom = row.ImportedFrom,
    };
}
