using ConsultEngine.Abstractions;
using ConsultEngine.Testing.Tools;
using Snapshooter.Xunit;

namespace ConsultEngine.Plugins.DraftComments.Tests;

/// <summary>What a citizen sees of a draft-comments step: the draft's articles, a comment form under each, one for the whole draft.</summary>
public sealed class PublicSurfaceTests
{
    private static async Task<PublicSurface> DescribeAsync(ToolTestBench bench) =>
        await DraftBench.Tool.DescribePublicAsync(bench.Context(actor: null), CancellationToken.None) ?? throw new InvalidOperationException("The step shows the public nothing.");

    [Fact]
    public async Task Reads_AreTheDraftThenEveryArticleWithItsText_InOrder()
    {
        var surface = await DescribeAsync(DraftBench.New());

        Assert.Equal(["draft", "article-1", "article-2", "article-3"], surface.Reads.Select(r => r.Id));
        var articles = surface.Reads.Skip(1).Cast<TextView>().ToList();
        Assert.Equal(["Điều 1. Phạm vi điều chỉnh", "Điều 2. Mức thu", "Điều 3. Hiệu lực thi hành"], articles.Select(a => a.Title!.Vi));
        Assert.Equal(3, articles[1].Paragraphs.Count);
        Assert.StartsWith("2. Xe máy", articles[1].Paragraphs[1].Vi, StringComparison.Ordinal);
        Assert.Equal("Dự thảo Nghị quyết quy định mức thu phí trông giữ xe", surface.Title!.Vi);
        Assert.Equal(SurfaceStatus.Open, surface.Status);
    }

    [Fact]
    public async Task Forms_AreOnePerArticle_ThenOneForTheWholeDraft_EachCarryingItsSubject()
    {
        var surface = await DescribeAsync(DraftBench.New());

        Assert.Equal(["comment-dieu-1", "comment-dieu-2", "comment-dieu-3", "comment-draft"], surface.Forms.Select(f => f.Id));
        Assert.All(surface.Forms, f => Assert.Equal(FormTarget.Submission, f.Target));
        Assert.Equal(["dieu-1", "dieu-2", "dieu-3", "draft"], surface.Forms.Select(f => f.Fields.Single(x => x.Path == "/subject").Value));
        Assert.All(surface.Forms, f => Assert.Equal(FieldWidget.Hidden, f.Fields[0].Widget));
    }

    [Fact]
    public async Task Form_AsksForStanceCommentAndWording_WithVietnameseLabelsFirst()
    {
        var form = (await DescribeAsync(DraftBench.New())).Forms[1];

        Assert.Equal(["/subject", "/answers/stance", "/text", "/answers/wording"], form.Fields.Select(f => f.Path));
        var stance = form.Fields[1];
        Assert.Equal(FieldWidget.Radio, stance.Widget);
        Assert.True(stance.Required);
        Assert.Equal(["agree", "disagree", "propose-wording"], stance.Choices.Select(c => c.Value));
        Assert.Equal(["Đồng ý", "Không đồng ý", "Đề xuất sửa"], stance.Choices.Select(c => c.Label.Vi));
        Assert.Equal(["Agree", "Disagree", "Propose wording"], stance.Choices.Select(c => c.Label.En));
        Assert.Equal((FieldWidget.TextArea, true, (int?)4000), (form.Fields[2].Widget, form.Fields[2].Required, form.Fields[2].MaxLength));
        Assert.Equal((FieldWidget.TextArea, (int?)4000), (form.Fields[3].Widget, form.Fields[3].MaxLength));
        Assert.Equal("Góp ý Điều 2. Mức thu", form.Title!.Vi);
    }

    [Fact]
    public async Task TextFields_TakeTheStepsMaximumLength()
    {
        var bench = DraftBench.New("""{ "maxLength": 300, "articles": [ { "id": "dieu-1", "title": { "vi": "Điều 1" } } ] }""");

        var form = (await DescribeAsync(bench)).Forms[0];

        Assert.Equal([300, 300], form.Fields.Where(f => f.Widget == FieldWidget.TextArea).Select(f => f.MaxLength));
    }

    [Fact]
    public async Task StepWithoutTheWebChannel_ShowsThePublicNothing()
    {
        var bench = DraftBench.New("""{ "channels": ["paper"], "articles": [ { "id": "dieu-1", "title": { "vi": "Điều 1" } } ] }""");

        Assert.Null(await DraftBench.Tool.DescribePublicAsync(bench.Context(actor: null), CancellationToken.None));
    }

    [Fact]
    public async Task ClosedStep_StillShowsTheDraft_ButNoForm()
    {
        var bench = DraftBench.New();
        await bench.OpenAsync();
        await bench.CloseAsync();

        var surface = await DescribeAsync(bench);

        Assert.Equal(SurfaceStatus.Closed, surface.Status);
        Assert.Equal(4, surface.Reads.Count);
        Assert.Empty(surface.Forms);
    }

    [Fact]
    public async Task Surface_OfTheExampleDraft_MatchesItsSnapshot()
    {
        var surface = await DescribeAsync(DraftBench.New());

        Snapshot.Match(ToolTestBench.ToJson(surface));
    }
}
