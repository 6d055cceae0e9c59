using ConsultEngine.Persistence.Reports;
using ConsultEngine.Persistence.Providers;
using ConsultEngine.Persistence.Tests.Support;

namespace ConsultEngine.Persistence.Tests.Reports;

/// <summary>Report versions on a real database (SQLite or PostgreSQL): numbered in order, files kept as generated, comments per section kept across versions.</summary>
public abstract class ReportVersionStoreContract(DatabaseProvider provider) : OnProviderDatabase(provider)
{
    private static readonly Guid Instance = Guid.Parse("0190a000-0000-7000-8000-000000000002");
    private static readonly Guid Other = Guid.Parse("0190a000-0000-7000-8000-000000000003");
    private SqliteReportVersionStore _store = null!;

    private protected override async Task OpenStoresAsync() => _store = await SqliteReportVersionStore.OpenAsync(Database.Selection);

    private protected override async Task CloseStoresAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }
    }

    [SkippableFact]
    public async Task Versions_AreNumberedPerConsultation_InTheOrderTheyWereGenerated()
    {
        var first = await _store.AddAsync(Instance, Version("report"), "officer");
        var second = await _store.AddAsync(Instance, Version("explanation"), "officer");
        var elsewhere = await _store.AddAsync(Other, Version("report"), "officer");

        Assert.Equal([1, 2, 1], new[] { first.Number, second.Number, elsewhere.Number });
        Assert.Equal([1, 2], (await _store.ListAsync(Instance)).Select(v => v.Number));
    }

    [SkippableFact]
    public async Task AVersion_KeepsItsBasisOutlineAndFiles_ExactlyAsStored()
    {
        await _store.AddAsync(Instance, Version("report", docx: [1, 2, 3], html: "<p>x</p>"u8.ToArray()), "officer");

        var found = await _store.FindAsync(Instance, 1);
        var files = await _store.FilesAsync(Instance, 1);

        Assert.NotNull(found);
        Assert.Equal("""{"people":3}""", found.BasisJson);
        Assert.Equal(["intro", "findings"], found.SectionIds);
        Assert.Equal((3L, 8L), (found.DocxLength, found.HtmlLength));
        Assert.Equal(ReportVersionStatus.Draft, found.Status);
        Assert.Equal([1, 2, 3], files!.Docx);
        Assert.Equal("<p>x</p>"u8.ToArray(), files.Html);
        Assert.Null(await _store.FilesAsync(Instance, 2));
    }

    [SkippableFact]
    public async Task ANewVersion_SupersedesEarlierOpenVersionsOfItsKind_ButNotApprovedOnesNorOtherKinds()
    {
        await _store.AddAsync(Instance, Version("report"), "officer");
        await _store.ChangeStatusAsync(Instance, 1, ReportVersionStatus.UnderReview, "officer");
        await _store.ChangeStatusAsync(Instance, 1, ReportVersionStatus.Approved, "committee");
        await _store.AddAsync(Instance, Version("report"), "officer");
        await _store.AddAsync(Instance, Version("explanation"), "officer");

        await _store.AddAsync(Instance, Version("report"), "officer");

        Assert.Equal(
            [ReportVersionStatus.Approved, ReportVersionStatus.Superseded, ReportVersionStatus.Draft, ReportVersionStatus.Draft],
            (await _store.ListAsync(Instance)).Select(v => v.Status));
    }

    [SkippableTheory]
    [InlineData(ReportVersionStatus.Approved)]
    [InlineData(ReportVersionStatus.Superseded)]
    public async Task ADraft_CannotSkipReview_AndIsRefusedWithCE8914(ReportVersionStatus target)
    {
        await _store.AddAsync(Instance, Version("report"), "officer");

        var refused = await Assert.ThrowsAsync<ReportVersionException>(() => _store.ChangeStatusAsync(Instance, 1, target, "committee"));

        Assert.Equal(ReportVersionCodes.StatusChangeRefused, refused.Code);
        Assert.Equal(ReportVersionStatus.Draft, (await _store.FindAsync(Instance, 1))!.Status);
    }

    [SkippableFact]
    public async Task AnUnknownVersion_IsRefusedWithCE8910()
    {
        var refused = await Assert.ThrowsAsync<ReportVersionException>(() => _store.AddCommentAsync(Instance, 7, "intro", "Bổ sung số liệu.", "committee"));

        Assert.Equal(ReportVersionCodes.VersionNotFound, refused.Code);
    }

    [SkippableFact]
    public async Task ACommentOnASectionTheVersionDoesNotHave_IsRefusedWithCE8911_AndNothingIsStored()
    {
        await _store.AddAsync(Instance, Version("report"), "officer");

        var refused = await Assert.ThrowsAsync<ReportVersionException>(() => _store.AddCommentAsync(Instance, 1, "no-such-section", "Bổ sung.", "committee"));

        Assert.Equal(ReportVersionCodes.SectionNotFound, refused.Code);
        Assert.Empty(await _store.CommentsAsync(Instance));
    }

    [SkippableFact]
    public async Task AnEmptyComment_IsRefusedWithCE8912()
    {
        await _store.AddAsync(Instance, Version("report"), "officer");

        var refused = await Assert.ThrowsAsync<ReportVersionException>(() => _store.AddCommentAsync(Instance, 1, "intro", "   ", "committee"));

        Assert.Equal(ReportVersionCodes.RequestInvalid, refused.Code);
    }

    [SkippableFact]
    public async Task CommentsOfEarlierVersions_StayListed_BySectionThenVersion_AndCanBeResolved()
    {
        await _store.AddAsync(Instance, Version("report"), "officer");
        var early = await _store.AddCommentAsync(Instance, 1, "findings", "Thiếu khoảng tin cậy.", "committee");
        await _store.AddCommentAsync(Instance, 1, "intro", "Nêu rõ căn cứ.", "committee");
        await _store.AddAsync(Instance, Version("report"), "officer");
        await _store.AddCommentAsync(Instance, 2, "findings", "Đã bổ sung, đề nghị thông qua.", "committee");

        var resolved = await _store.ResolveCommentAsync(Instance, early.Id, resolved: true, "officer");
        var comments = await _store.CommentsAsync(Instance);

        Assert.Equal([("findings", 1), ("findings", 2), ("intro", 1)], comments.Select(c => (c.SectionId, c.VersionNumber)));
        Assert.True(comments[0].Resolved);
        Assert.Equal("officer", resolved.ResolvedBy);
        Assert.False(comments[1].Resolved);
    }

    [SkippableFact]
    public async Task ResolvingAnUnknownComment_IsRefusedWithCE8913()
    {
        var refused = await Assert.ThrowsAsync<ReportVersionException>(() => _store.ResolveCommentAsync(Instance, Guid.NewGuid(), true, "officer"));

        Assert.Equal(ReportVersionCodes.CommentNotFound, refused.Code);
    }

    [SkippableFact]
    public async Task VersionsAndComments_SurviveReopeningTheFile()
    {
        await _store.AddAsync(Instance, Version("report"), "officer");
        await _store.AddCommentAsync(Instance, 1, "intro", "Nêu rõ căn cứ.", "committee");
        await _store.DisposeAsync();

        _store = await SqliteReportVersionStore.OpenAsync(Database.Selection);

        Assert.Single(await _store.ListAsync(Instance));
        Assert.Equal("Nêu rõ căn cứ.", Assert.Single(await _store.CommentsAsync(Instance)).Text);
    }

    private static NewReportVersion Version(string kind, byte[]? docx = null, byte[]? html = null) =>
        new(kind, "vi", """{"people":3}""", """{"sections":[]}""", ["intro", "findings"], docx ?? [0x50, 0x4B], html ?? "<html></html>"u8.ToArray());
}

/// <summary>The contract on a SQLite file.</summary>
public sealed class SqliteReportVersionStoreTests() : ReportVersionStoreContract(DatabaseProvider.Sqlite);

/// <summary>The contract on a PostgreSQL database of its own.</summary>
public sealed class PostgreSqlReportVersionStoreTests() : ReportVersionStoreContract(DatabaseProvider.PostgreSql);
