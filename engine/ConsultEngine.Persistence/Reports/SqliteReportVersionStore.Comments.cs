using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace ConsultEngine.Persistence.Reports;

public sealed partial class SqliteReportVersionStore
{
    /// <summary>Long enough for a reviewer's paragraph, short enough that a comment cannot carry a document.</summary>
    public const int MaxCommentLength = 4000;

    public Task<ReportReviewComment> AddCommentAsync(Guid instanceId, int number, string sectionId, string text, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var body = text?.Trim() ?? string.Empty;
        if (body.Length == 0 || body.Length > MaxCommentLength)
        {
            throw new ReportVersionException(ReportVersionCodes.RequestInvalid, $"A review comment has 1 to {MaxCommentLength} characters.", instanceId);
        }

        return WriteAsync(async (context, now) =>
        {
            var sections = await context.Set<ReportVersionRow>()
                .Where(v => v.InstanceId == instanceId && v.Number == number)
                .Select(v => v.SectionIdsJson)
                .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false)
                ?? throw NotFound(instanceId, number);
            if (!(System.Text.Json.JsonSerializer.Deserialize<string[]>(sections) ?? []).Contains(sectionId, StringComparer.Ordinal))
            {
                throw new ReportVersionException(ReportVersionCodes.SectionNotFound, $"Report version {number} has no section '{sectionId}'.", instanceId, sectionId);
            }

            var row = new ReportReviewCommentRow
            {
                Id = Guid.CreateVersion7(now),
                InstanceId = instanceId,
                VersionNumber = number,
                SectionId = sectionId,
                Author = actor,
                CreatedAt = now,
                Text = body,
            };
            context.Set<ReportReviewCommentRow>().Add(row);
            return ToRecord(row);
        }, cancellationToken);
    }

    public Task<IReadOnlyList<ReportReviewComment>> CommentsAsync(Guid instanceId, CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlyList<ReportReviewComment>>(async context =>
        {
            var rows = await context.Set<ReportReviewCommentRow>().Where(c => c.InstanceId == instanceId).ToListAsync(cancellationToken).ConfigureAwait(false);
            return [.. rows.OrderBy(c => c.SectionId, StringComparer.Ordinal).ThenBy(c => c.VersionNumber).ThenBy(c => c.CreatedAt).ThenBy(c => c.Id).Select(ToRecord)];
        }, cancellationToken);

    public Task<ReportReviewComment> ResolveCommentAsync(Guid instanceId, Guid commentId, bool resolved, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        return WriteAsync(async (context, now) =>
        {
            var row = await context.Set<ReportReviewCommentRow>().AsTracking().FirstOrDefaultAsync(c => c.InstanceId == instanceId && c.Id == commentId, cancellationToken).ConfigureAwait(false)
                ?? throw new ReportVersionException(ReportVersionCodes.CommentNotFound, $"The consultation has no review comment {commentId}.", instanceId, commentId.ToString("D", CultureInfo.InvariantCulture));
            row.Resolved = resolved;
            row.ResolvedBy = resolved ? actor : null;
            row.ResolvedAt = resolved ? now : null;
            return ToRecord(row);
        }, cancellationToken);
    }

    private static ReportReviewComment ToRecord(ReportReviewCommentRow row) => new()
    {
        Id = row.Id,
        InstanceId = row.InstanceId,
        VersionNumber = row.VersionNumber,
        SectionId = row.SectionId,
        Author = row.Author,
        At = row.CreatedAt,
        Text = row.Text,
        Resolved = row.Resolved,
        ResolvedBy = row.ResolvedBy,
        ResolvedAt = row.ResolvedAt,
    };
}
