using ConsultEngine.Abstractions;
using ConsultEngine.Plugins.Loading.Tests.Support;
using ConsultEngine.Testing.Tools;

namespace ConsultEngine.Plugins.Loading.Tests;

/// <summary>
/// The example plugin (góp ý dự thảo), loaded from its plugin folder in its own load context and
/// driven only through the tool contract, on the shared tool bench.
/// </summary>
public sealed class DraftCommentsToolTests
{
    private const string Config = """
        {
          "draft": { "vi": "Dự thảo Nghị quyết phí trông giữ xe", "en": "Draft resolution on parking fees" },
          "articles": [
            { "id": "dieu-1", "title": { "vi": "Điều 1. Phạm vi", "en": "Article 1. Scope" } },
            { "id": "dieu-2", "title": { "vi": "Điều 2. Mức thu", "en": "Article 2. Fees" } },
            { "id": "dieu-3", "title": { "vi": "Điều 3. Hiệu lực", "en": "Article 3. Entry into force" } }
          ],
          "maxLength": 60
        }
        """;

    private static IConsultationTool Tool => BuiltPlugins.Catalog.FindTool("draft-comments") ?? throw new InvalidOperationException("The example plugin did not load.");

    private static ToolTestBench Bench(string config = Config) => new(Tool, config);

    private static Submission Comment(string? article, string? text, string? identifier = null, string? district = null) => new()
    {
        Channel = InputChannel.Web,
        Subject = article,
        Text = text,
        Identifier = identifier,
        Respondent = new RespondentAttributes { District = district },
    };

    [Fact]
    public async Task Collect_CommentOnAnArticle_IsAcceptedAsOneInputOfTheSharedModel()
    {
        var bench = Bench();
        await bench.OpenAsync();

        var result = await bench.SubmitAsync(Comment("dieu-2", "  Mức thu ban đêm quá cao.  ", district: "Hải Châu"));

        Assert.True(result.Accepted);
        var input = Assert.Single(await bench.Inputs.ReadAsync(InputQuery.All));
        Assert.Equal("draft-comments", input.Tool);
        Assert.Equal("dieu-2", input.Subject);
        Assert.Equal("Mức thu ban đêm quá cao.", input.Text);
        Assert.Equal("Hải Châu", input.Respondent.District);
        Assert.Equal("dieu-2", input.Answers!.Value.GetProperty("article").GetString());
        Assert.Null(input.UniqueKey);
    }

    [Fact]
    public async Task Collect_ArticleGivenAsAnAnswer_IsAccepted()
    {
        var bench = Bench();
        var submission = new Submission { Channel = InputChannel.Paper, Answers = ToolTestBench.Parse("""{ "article": "dieu-1" }"""), Text = "Đồng ý." };

        Assert.True((await bench.SubmitAsync(submission)).Accepted);
        Assert.Equal(InputChannel.Paper, Assert.Single(await bench.Inputs.ReadAsync(InputQuery.All)).Channel);
    }

    [Theory]
    [InlineData(null, "Ý kiến", "CE9701")]
    [InlineData("dieu-9", "Ý kiến", "CE9702")]
    [InlineData("dieu-1", "   ", "CE9703")]
    [InlineData("dieu-1", "Một góp ý rất dài vượt quá giới hạn sáu mươi ký tự mà bước này cho phép gửi.", "CE9704")]
    public async Task Collect_BadSubmission_IsRefusedWithItsCode_AndStoresNothing(string? article, string text, string code)
    {
        var bench = Bench();

        var result = await bench.SubmitAsync(Comment(article, text));

        Assert.False(result.Accepted);
        Assert.Equal([code], result.Codes);
        Assert.Equal(0, await bench.Inputs.CountAsync(InputQuery.All));
    }

    [Fact]
    public async Task Collect_RefusalIsWorded_InTheCallersLanguage()
    {
        var bench = Bench();

        var vi = await Tool.CollectAsync(bench.Context(language: "vi"), Comment("dieu-9", "x"), CancellationToken.None);
        var en = await Tool.CollectAsync(bench.Context(language: "en"), Comment("dieu-9", "x"), CancellationToken.None);

        Assert.StartsWith("Dự thảo không có", vi.Problems[0].Message, StringComparison.Ordinal);
        Assert.StartsWith("The draft has no", en.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Collect_SamePersonOnTheSameArticle_ReplacesTheEarlierComment_WithoutStoringTheIdentifier()
    {
        var bench = Bench();

        await bench.SubmitAsync(Comment("dieu-2", "Lần một", identifier: "0905 123 456"));
        var second = await bench.SubmitAsync(Comment("dieu-2", "Lần hai", identifier: "+84905123456"));
        await bench.SubmitAsync(Comment("dieu-3", "Điều khác", identifier: "0905123456"));

        Assert.Equal(AppendStatus.Replaced, Assert.Single(second.Stored).Status);
        var all = await bench.Inputs.ReadAsync(InputQuery.All);
        Assert.Equal(["Lần hai", "Điều khác"], (await bench.Inputs.ReadAsync(InputQuery.Counted)).Select(i => i.Text));
        Assert.Single(all, i => i.Is(InputMarks.Withdrawn));
        Assert.DoesNotContain(all, i => i.UniqueKey!.Contains("0905", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Analyse_CountsCommentsPerArticle_WithSharesAnd95PercentIntervals()
    {
        var bench = Bench();
        foreach (var (article, district) in new[] { ("dieu-1", "Hải Châu"), ("dieu-2", "Hải Châu"), ("dieu-2", "Sơn Trà"), ("dieu-2", "Sơn Trà") })
        {
            await bench.SubmitAsync(Comment(article, $"Góp ý về {article}", district: district));
        }

        var analysis = await bench.AnalyseAsync();

        var articles = analysis.Questions.Single(q => q.Id == "article");
        Assert.Equal(4, articles.Answered);
        Assert.Equal(["dieu-1", "dieu-2", "dieu-3"], articles.Options.Select(o => o.Value));
        var fees = articles.Options[1];
        Assert.Equal(3, fees.Count);
        Assert.Equal(0.75, fees.Share);
        Assert.Equal(InputAnalyzer.Wilson(3, 4), fees.Ci95);
        Assert.Equal("Điều 2. Mức thu", fees.Label!.Vi);
        Assert.Equal(4, analysis.Uncoded.Count);
        Assert.Contains(analysis.CrossTabs, c => c.Attribute == "district" && c.Rows.Count == 2);
        Assert.Equal(1, analysis.Figures.Single(f => f.Name == "articles-without-comment").Value);
    }

    [Fact]
    public async Task CodeAction_ThemesAComment_WhichAnalysisThenGroups()
    {
        var bench = Bench();
        await bench.SubmitAsync(Comment("dieu-2", "Phí quá cao"));
        var id = (await bench.Inputs.ReadAsync(InputQuery.All))[0].Id;

        await bench.ExecuteAsync("code", $$"""{ "inputId": "{{id}}", "themes": ["muc-phi"] }""");
        var analysis = await bench.AnalyseAsync();

        var theme = Assert.Single(analysis.Themes);
        Assert.Equal("muc-phi", theme.Theme);
        Assert.Empty(analysis.Uncoded);
    }

    [Fact]
    public async Task ArticlesAction_ListsTheArticlesWithTheirCommentCounts()
    {
        var bench = Bench();
        await bench.SubmitAsync(Comment("dieu-3", "Nên có hiệu lực sớm hơn"));

        var result = await bench.ExecuteAsync("articles", "{}", actor: null);

        var counts = result!.Value.EnumerateArray().Select(a => (a.GetProperty("id").GetString(), a.GetProperty("comments").GetInt32()));
        Assert.Equal([("dieu-1", 0), ("dieu-2", 0), ("dieu-3", 1)], counts);
    }

    [Fact]
    public async Task UnknownAction_IsCE9107()
    {
        var error = await Assert.ThrowsAsync<ToolException>(() => Bench().ExecuteAsync("publish", "{}"));

        Assert.Equal(ToolCodes.UnknownAction, error.Code);
    }

    [Fact]
    public async Task Open_ArticlesWithTheSameId_IsCE9111()
    {
        var bench = Bench("""{ "articles": [ { "id": "dieu-1", "title": { "vi": "A" } }, { "id": "dieu-1", "title": { "vi": "B" } } ] }""");

        var error = await Assert.ThrowsAsync<ToolException>(bench.OpenAsync);

        Assert.Equal(ToolCodes.ConfigInvalid, error.Code);
        Assert.Equal(bench.StepId, error.StepId);
    }

    [Fact]
    public async Task Close_RecordsTheCountedComments()
    {
        var bench = Bench();
        await bench.SubmitAsync(Comment("dieu-1", "Rõ ràng"));

        await bench.CloseAsync();

        var record = await bench.Records.GetAsync("summary", "closed");
        Assert.Equal(1, record!.Value.GetProperty("comments").GetInt32());
    }

    [Fact]
    public async Task PilotStep_KeepsCommentsOutOfTheCount()
    {
        var bench = Bench("""{ "pilot": true, "articles": [ { "id": "dieu-1", "title": { "vi": "Điều 1" } } ] }""");
        await bench.SubmitAsync(Comment("dieu-1", "Thử"));

        var analysis = await bench.AnalyseAsync();

        Assert.Equal(0, analysis.Basis.Counted);
        Assert.Equal(1, analysis.Basis.ExcludedPilot);
    }
}
