using System.Text.Json;
using ConsultEngine.Persistence.Model;
using ConsultEngine.Persistence.Sqlite;
using ConsultEngine.Persistence.Providers;
using ConsultEngine.Persistence.Storage;
using Microsoft.EntityFrameworkCore;

namespace ConsultEngine.Persistence.Reports;

/// <summary>
/// Report versions and their review comments beside the instance store's tables (SQLite or PostgreSQL) (<c>report_versions</c>,
/// <c>report_review_comments</c>). Each change runs in one write transaction under the store's write lock, so two
/// generations never take the same number. Open it with <c>OpenAsync</c>.
/// </summary>
public sealed partial class SqliteReportVersionStore : IReportVersionStore, IAsyncDisposable
{
    private readonly SideStore _db;

    private SqliteReportVersionStore(SideStore db) => _db = db;

    /// <summary>The SQLite file, or null on PostgreSQL.</summary>
    public string? DatabasePath => _db.DatabasePath;

    /// <summary>Where the store lives.</summary>
    public DatabaseSelection Database => _db.Database;

    /// <summary>Opens (creating if needed) the database at <paramref name="databasePath"/> and migrates it to the current schema.</summary>
    public static async Task<SqliteReportVersionStore> OpenAsync(string databasePath, TimeProvider? clock = null, SqliteStoreOptions? options = null, CancellationToken cancellationToken = default) =>
        new(await SideStore.OpenSqliteAsync(databasePath, [SideStoreLock.ReportVersions], clock, options, cancellationToken).ConfigureAwait(false));

    /// <summary>Opens the store in <paramref name="database"/> (SQLite or PostgreSQL) and migrates it to the current schema.</summary>
    public static async Task<SqliteReportVersionStore> OpenAsync(DatabaseSelection database, TimeProvider? clock = null, CancellationToken cancellationToken = default) =>
        new(await SideStore.OpenAsync(database, [SideStoreLock.ReportVersions], clock, cancellationToken).ConfigureAwait(false));

    public ValueTask DisposeAsync() => _db.DisposeAsync();

    public Task<StoredReportVersion> AddAsync(Guid instanceId, NewReportVersion version, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(version);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return WriteAsync(async (context, now) =>
        {
            var earlier = await context.Set<ReportVersionRow>()
                .Where(v => v.InstanceId == instanceId)
                .Select(v => new ReportVersionRow { InstanceId = v.InstanceId, Number = v.Number, Kind = v.Kind, Status = v.Status })
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var open in earlier.Where(v => v.Kind == version.Kind && v.Status is ReportVersionStatus.Draft or ReportVersionStatus.UnderReview))
            {
                // Only the status moves: update those two columns without loading the files.
                await context.Set<ReportVersionRow>()
                    .Where(v => v.InstanceId == instanceId && v.Number == open.Number)
                    .ExecuteUpdateAsync(s => s.SetProperty(v => v.Status, ReportVersionStatus.Superseded).SetProperty(v => v.StatusChangedBy, actor).SetProperty(v => v.StatusChangedAt, now), cancellationToken)
                    .ConfigureAwait(false);
            }

            context.ChangeTracker.Clear();
            var row = new ReportVersionRow
            {
                InstanceId = instanceId,
                Number = earlier.Count == 0 ? 1 : earlier.Max(v => v.Number) + 1,
                Kind = version.Kind,
                Language = version.Language,
                Status = ReportVersionStatus.Draft,
                CreatedBy = actor,
                CreatedAt = now,
                StatusChangedBy = actor,
                StatusChangedAt = now,
                BasisJson = version.BasisJson,
                OutlineJson = version.OutlineJson,
                SectionIdsJson = JsonSerializer.Serialize(version.SectionIds),
                Docx = version.Docx,
                Html = version.Html,
            };
            context.Set<ReportVersionRow>().Add(row);
            return ToRecord(row, row.Docx.LongLength, row.Html.LongLength);
        }, cancellationToken);
    }

    public Task<IReadOnlyList<StoredReportVersion>> ListAsync(Guid instanceId, CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlyList<StoredReportVersion>>(async context =>
        {
            var rows = await Headers(context, instanceId, number: null).ToListAsync(cancellationToken).ConfigureAwait(false);
            return [.. rows.Select(v => ToRecord(v.Row, v.DocxLength, v.HtmlLength))];
        }, cancellationToken);

    public Task<StoredReportVersion?> FindAsync(Guid instanceId, int number, CancellationToken cancellationToken = default) =>
        ReadAsync(async context =>
        {
            var found = await Headers(context, instanceId, number).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            return found is null ? null : ToRecord(found.Row, found.DocxLength, found.HtmlLength);
        }, cancellationToken);

    public Task<ReportVersionFiles?> FilesAsync(Guid instanceId, int number, CancellationToken cancellationToken = default) =>
        ReadAsync(context => context.Set<ReportVersionRow>()
            .Where(v => v.InstanceId == instanceId && v.Number == number)
            .Select(v => new ReportVersionFiles(v.Docx, v.Html))
            .FirstOrDefaultAsync(cancellationToken), cancellationToken);

    public Task<StoredReportVersion> ChangeStatusAsync(Guid instanceId, int number, ReportVersionStatus status, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (!Enum.IsDefined(status))
        {
            throw new ReportVersionException(ReportVersionCodes.RequestInvalid, $"'{status}' is not a report version status.", instanceId);
        }

        return WriteAsync(async (context, now) =>
        {
            var found = await Headers(context, instanceId, number).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false)
                ?? throw NotFound(instanceId, number);
            if (!ReportVersionStatusRules.Allows(found.Row.Status, status))
            {
                throw new ReportVersionException(ReportVersionCodes.StatusChangeRefused, $"Report version {number} cannot move from {found.Row.Status} to {status}.", instanceId, number.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            await context.Set<ReportVersionRow>()
                .Where(v => v.InstanceId == instanceId && v.Number == number)
                .ExecuteUpdateAsync(s => s.SetProperty(v => v.Status, status).SetProperty(v => v.StatusChangedBy, actor).SetProperty(v => v.StatusChangedAt, now), cancellationToken)
                .ConfigureAwait(false);
            found.Row.Status = status;
            found.Row.StatusChangedBy = actor;
            found.Row.StatusChangedAt = now;
            return ToRecord(found.Row, found.DocxLength, found.HtmlLength);
        }, cancellationToken);
    }

    internal static ReportVersionException NotFound(Guid instanceId, int number) =>
        new(ReportVersionCodes.VersionNotFound, $"The consultation has no report version {number}.", instanceId, number.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Version rows (one, or all in order) without their files (read only when downloaded), with the files' lengths.</summary>
    private static IQueryable<VersionHeader> Headers(ConsultDbContext context, Guid instanceId, int? number)
    {
        var rows = context.Set<ReportVersionRow>().Where(v => v.InstanceId == instanceId);
        rows = number is { } n ? rows.Where(v => v.Number == n) : rows.OrderBy(v => v.Number);
        return rows.Select(v => new VersionHeader(
            new ReportVersionRow
            {
                InstanceId = v.InstanceId,
                Number = v.Number,
                Kind = v.Kind,
                Language = v.Language,
                Status = v.Status,
                CreatedBy = v.CreatedBy,
                CreatedAt = v.CreatedAt,
                StatusChangedBy = v.StatusChangedBy,
                StatusChangedAt = v.StatusChangedAt,
                BasisJson = v.BasisJson,
                OutlineJson = v.OutlineJson,
                SectionIdsJson = v.SectionIdsJson,
            },
            v.Docx.Length,
            v.Html.Length));
    }

    private static StoredReportVersion ToRecord(ReportVersionRow row, long docxLength, long htmlLength) => new()
    {
        InstanceId = row.InstanceId,
        Number = row.Number,
        Kind = row.Kind,
        Language = row.Language,
        Status = row.Status,
        CreatedAt = row.CreatedAt,
        CreatedBy = row.CreatedBy,
        StatusChangedAt = row.StatusChangedAt,
        StatusChangedBy = row.StatusChangedBy,
        BasisJson = row.BasisJson,
        OutlineJson = row.OutlineJson,
        SectionIds = JsonSerializer.Deserialize<string[]>(row.SectionIdsJson) ?? [],
        DocxLength = docxLength,
        HtmlLength = htmlLength,
    };

    private Task<T> ReadAsync<T>(Func<ConsultDbContext, Task<T>> read, CancellationToken cancellationToken) => _db.ReadAsync(read, cancellationToken);

    private Task<T> WriteAsync<T>(Func<ConsultDbContext, DateTimeOffset, Task<T>> change, CancellationToken cancellationToken) => _db.WriteAsync(change, cancellationToken);

    private sealed record VersionHeader(ReportVersionRow Row, long DocxLength, long HtmlLength);
}
