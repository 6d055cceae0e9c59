using System.Text;
using System.Text.Json;
using ConsultEngine.Hosting.Registers;
using ConsultEngine.Persistence.Reports;
using ConsultEngine.Reporting.Analysis;
using ConsultEngine.Reporting.Rendering;
using ConsultEngine.Reporting.Reports;
using ConsultEngine.Runtime.Storage;

namespace ConsultEngine.Reporting.Versions;

/// <summary>
/// Generates through <see cref="IConsultationReports"/>, renders both formats once, and keeps them in
/// <see cref="IReportVersionStore"/> with the outline and data basis as JSON: the files are stored, not
/// re-rendered, so the document under review (and the one approved for publication) never changes
/// under its reviewers when the data or the renderers change.
/// </summary>
internal sealed class ReportVersions(IConsultationReports reports, IReportVersionStore store, IInstanceStore instances, IConsultationRegisters? registers, TimeProvider clock) : IReportVersions
{
    public const string ReportKind = "report";
    public const string ExplanationKind = "explanation";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<ReportVersion> GenerateAsync(Guid instanceId, ReportVersionRequest request, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var kind = Kind(request.Kind);
        var options = (request.Options ?? new ReportOptions()) with { Language = ReportLanguage.Check(request.Language ?? request.Options?.Language) };

        Documents.Document document;
        ConsultationAnalysis analysis;
        DateTimeOffset analysedAt;
        if (kind == ReportKind)
        {
            var report = await reports.BuildReportAsync(instanceId, options, cancellationToken).ConfigureAwait(false);
            (document, analysis, analysedAt) = (report.Document, report.Analysis, report.Basis.GeneratedAt);
        }
        else
        {
            document = await reports.BuildExplanationRegisterAsync(instanceId, options, cancellationToken).ConfigureAwait(false);
            analysis = await reports.AnalyseAsync(instanceId, cancellationToken).ConfigureAwait(false);
            analysedAt = clock.GetUtcNow();
        }

        var instance = await RequireInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false);
        var progress = registers is null ? null : await registers.ProgressAsync(instanceId, cancellationToken).ConfigureAwait(false);
        var basis = new ReportDataBasis
        {
            DefinitionId = instance.DefinitionId,
            DefinitionVersion = instance.DefinitionVersion,
            AnalysedAt = analysedAt,
            People = analysis.Total.People,
            Opinions = analysis.Total.Opinions,
            InputsStored = analysis.Stored,
            Steps = [.. analysis.BySteps.Select(s => new StepBasis(s.StepId, s.Tool, s.People, s.Opinions))],
            Dispositions = progress is null ? null : new DispositionBasis(progress.Total, progress.Dispositioned, progress.Complete),
        };
        var outline = ReportOutline.Of(document);
        var stored = await store.AddAsync(
            instanceId,
            new NewReportVersion(
                kind,
                options.Language,
                JsonSerializer.Serialize(basis, Json),
                JsonSerializer.Serialize(outline, Json),
                [.. outline.Sections.Select(s => s.Id).Where(id => id.Length > 0).Distinct(StringComparer.Ordinal)],
                DocxRenderer.Render(document),
                Encoding.UTF8.GetBytes(HtmlRenderer.Render(document))),
            actor,
            cancellationToken).ConfigureAwait(false);
        return ToVersion(stored);
    }

    public async Task<IReadOnlyList<ReportVersion>> ListAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        await RequireInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false);
        return [.. (await store.ListAsync(instanceId, cancellationToken).ConfigureAwait(false)).Select(ToVersion)];
    }

    public async Task<ReportVersion> GetAsync(Guid instanceId, int number, CancellationToken cancellationToken = default) =>
        ToVersion(await FindAsync(instanceId, number, cancellationToken).ConfigureAwait(false));

    public async Task<ReportVersionFile> FileAsync(Guid instanceId, int number, string format, CancellationToken cancellationToken = default)
    {
        var kind = format?.ToLowerInvariant() switch
        {
            "docx" => "docx",
            "html" => "html",
            _ => throw new ReportException(ReportCodes.UnknownFormat, $"A report version is downloaded as docx or html, not '{format}'.") { InstanceId = instanceId },
        };
        var version = await FindAsync(instanceId, number, cancellationToken).ConfigureAwait(false);
        var files = await store.FilesAsync(instanceId, number, cancellationToken).ConfigureAwait(false)
            ?? throw new ReportVersionException(ReportVersionCodes.VersionNotFound, $"The consultation has no report version {number}.", instanceId);
        var name = $"{(version.Kind == ExplanationKind ? "giai-trinh" : "bao-cao")}-v{number}.{kind}";
        return kind == "docx"
            ? new ReportVersionFile(name, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", files.Docx)
            : new ReportVersionFile(name, "text/html; charset=utf-8", files.Html);
    }

    public async Task<ReportVersion> ChangeStatusAsync(Guid instanceId, int number, ReportVersionStatus status, string actor, CancellationToken cancellationToken = default)
    {
        await RequireInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false);
        return ToVersion(await store.ChangeStatusAsync(instanceId, number, status, actor, cancellationToken).ConfigureAwait(false));
    }

    public async Task<ReportReviewComment> CommentAsync(Guid instanceId, int number, string sectionId, string text, string actor, CancellationToken cancellationToken = default)
    {
        await RequireInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false);
        return await store.AddCommentAsync(instanceId, number, sectionId ?? string.Empty, text, actor, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<SectionReview>> CommentsAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        var versions = await ListAsync(instanceId, cancellationToken).ConfigureAwait(false);
        var comments = await store.CommentsAsync(instanceId, cancellationToken).ConfigureAwait(false);

        // A section is headed as in the newest version that has it, so a renamed heading reads as it is now.
        var headings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var section in versions.SelectMany(v => v.Sections))
        {
            headings[section.Id] = string.IsNullOrEmpty(section.Number) ? section.Heading : $"{section.Number}. {section.Heading}";
        }

        return [.. comments.GroupBy(c => c.SectionId, StringComparer.Ordinal)
            .Select(g => new SectionReview(g.Key, headings.GetValueOrDefault(g.Key, g.Key), [.. g]))];
    }

    public async Task<ReportReviewComment> ResolveCommentAsync(Guid instanceId, Guid commentId, bool resolved, string actor, CancellationToken cancellationToken = default)
    {
        await RequireInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false);
        return await store.ResolveCommentAsync(instanceId, commentId, resolved, actor, cancellationToken).ConfigureAwait(false);
    }

    public async Task<ReportComparison> CompareAsync(Guid instanceId, int fromNumber, int toNumber, CancellationToken cancellationToken = default)
    {
        var old = await FindAsync(instanceId, fromNumber, cancellationToken).ConfigureAwait(false);
        var @new = await FindAsync(instanceId, toNumber, cancellationToken).ConfigureAwait(false);
        if (!string.Equals(old.Kind, @new.Kind, StringComparison.Ordinal))
        {
            throw new ReportVersionException(ReportVersionCodes.NotComparable, $"Version {fromNumber} is a {old.Kind} and version {toNumber} a {@new.Kind}: only versions of one kind are compared.", instanceId);
        }

        return ReportComparer.Compare(fromNumber, toNumber, @new.Kind, Outline(old), Outline(@new), Basis(old), Basis(@new));
    }

    private async Task<StoredReportVersion> FindAsync(Guid instanceId, int number, CancellationToken cancellationToken)
    {
        await RequireInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false);
        return await store.FindAsync(instanceId, number, cancellationToken).ConfigureAwait(false)
            ?? throw new ReportVersionException(ReportVersionCodes.VersionNotFound, $"The consultation has no report version {number}.", instanceId, number.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private async Task<Runtime.State.InstanceRecord> RequireInstanceAsync(Guid instanceId, CancellationToken cancellationToken) =>
        await instances.FindInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false)
            ?? throw new ReportException(ReportCodes.InstanceNotFound, $"There is no instance {instanceId}.") { InstanceId = instanceId };

    private static string Kind(string? kind) => kind?.ToLowerInvariant() switch
    {
        null or "" or ReportKind => ReportKind,
        ExplanationKind => ExplanationKind,
        _ => throw new ReportException(ReportCodes.UnknownKind, $"The report kinds are report and explanation, not '{kind}'."),
    };

    private static ReportVersion ToVersion(StoredReportVersion stored)
    {
        var outline = Outline(stored);
        return new ReportVersion
        {
            Number = stored.Number,
            Kind = stored.Kind,
            Language = stored.Language,
            Status = stored.Status,
            CreatedAt = stored.CreatedAt,
            CreatedBy = stored.CreatedBy,
            StatusChangedAt = stored.StatusChangedAt,
            StatusChangedBy = stored.StatusChangedBy,
            Basis = Basis(stored),
            Sections = [.. outline.Sections.Where(s => s.Id.Length > 0).Select(s => new VersionSection(s.Id, s.Number, s.Heading))],
            DocxBytes = stored.DocxLength,
            HtmlBytes = stored.HtmlLength,
        };
    }

    private static ReportOutline Outline(StoredReportVersion stored) => JsonSerializer.Deserialize<ReportOutline>(stored.OutlineJson, Json) ?? new ReportOutline([]);

    private static ReportDataBasis Basis(StoredReportVersion stored) => JsonSerializer.Deserialize<ReportDataBasis>(stored.BasisJson, Json)
        ?? throw new InvalidDataException($"Report version {stored.Number} has no data basis.");
}
