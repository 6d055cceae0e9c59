using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.DraftComments.Tests;

/// <summary>Comments with a stance: stored with their article and stance, counted per article, their passages about their article.</summary>
public sealed class StanceTests
{
    [Fact]
    public async Task DisagreeOnArticle2_IsStoredWithItsSubjectAndStance_AndCountedForArticle2()
    {
        var bench = DraftBench.New();

        var result = await bench.SubmitAsync(DraftBench.Comment("dieu-2", "Mức thu ban đêm quá cao.", "disagree"));
        var analysis = await bench.AnalyseAsync();

        Assert.True(result.Accepted);
        var input = Assert.Single(await bench.Inputs.ReadAsync(InputQuery.All));
        Assert.Equal("dieu-2", input.Subject);
        Assert.Equal("disagree", input.Answers!.Value.GetProperty("stance").GetString());
        Assert.Equal("dieu-2", input.Answers!.Value.GetProperty("article").GetString());
        var article2 = analysis.Questions.Single(q => q.Id == "stance-dieu-2");
        Assert.Equal(1, article2.Answered);
        Assert.Equal(1, article2.Options.Single(o => o.Value == "disagree").Count);
        Assert.DoesNotContain(analysis.Questions, q => q.Id is "stance-dieu-1" or "stance-dieu-3");
        Assert.Equal(new Passage(input.Id, "dieu-2", "Mức thu ban đêm quá cao.", input.Respondent), Assert.Single(analysis.Uncoded));
    }

    [Fact]
    public async Task Analysis_CountsEachStancePerArticle_WithSharesAndIntervals()
    {
        var bench = DraftBench.New();
        foreach (var (article, stance) in new[] { ("dieu-2", "disagree"), ("dieu-2", "disagree"), ("dieu-2", "agree"), ("dieu-1", "agree"), ("draft", "agree") })
        {
            await bench.SubmitAsync(DraftBench.Comment(article, "Ý kiến", stance));
        }

        var analysis = await bench.AnalyseAsync();

        var article2 = analysis.Questions.Single(q => q.Id == "stance-dieu-2");
        Assert.Equal([1, 2, 0], article2.Options.Select(o => o.Count));
        Assert.Equal(InputAnalyzer.Wilson(2, 3), article2.Options[1].Ci95);
        Assert.Equal("Ý kiến về Điều 2. Mức thu", article2.Title!.Vi);
        Assert.Equal(["article", "stance", "wording", "stance-dieu-1", "stance-dieu-2", "stance-draft"], analysis.Questions.Select(q => q.Id));
        Assert.Equal([3, 2, 0], analysis.Questions.Single(q => q.Id == "stance").Options.Select(o => o.Count));
        Assert.Equal(1, analysis.Figures.Single(f => f.Name == "whole-draft-comments").Value);
        Assert.Equal(2, analysis.Figures.Single(f => f.Name == "articles-commented").Value);
    }

    [Fact]
    public async Task ProposedWording_IsKept_AndGivenAsAPassageAboutItsArticle()
    {
        var bench = DraftBench.New();

        await bench.SubmitAsync(DraftBench.Comment("dieu-2", "Ban đêm ít xe hơn.", "propose-wording", "  Xe máy: 6.000 đồng/lượt ban đêm.  "));
        var analysis = await bench.AnalyseAsync();

        var input = Assert.Single(await bench.Inputs.ReadAsync(InputQuery.All));
        Assert.Equal("Xe máy: 6.000 đồng/lượt ban đêm.", input.Answers!.Value.GetProperty("wording").GetString());
        Assert.Equal([("dieu-2", "Ban đêm ít xe hơn."), ("dieu-2", "Xe máy: 6.000 đồng/lượt ban đêm.")], analysis.Uncoded.Select(p => (p.Subject, p.Text)));
        Assert.Equal(QuestionShape.Text, analysis.Questions.Single(q => q.Id == "wording").Shape);
    }

    [Fact]
    public async Task WordingSentWithAnotherStance_IsDropped()
    {
        var bench = DraftBench.New();

        await bench.SubmitAsync(DraftBench.Comment("dieu-1", "Rõ ràng.", "agree", "Không cần sửa"));

        var input = Assert.Single(await bench.Inputs.ReadAsync(InputQuery.All));
        Assert.False(input.Answers!.Value.TryGetProperty("wording", out _));
    }

    [Fact]
    public async Task CommentOnTheWholeDraft_IsStoredWithSubjectDraft()
    {
        var bench = DraftBench.New();

        var result = await bench.SubmitAsync(DraftBench.Comment("draft", "Cần công khai danh sách điểm trông giữ xe.", "agree"));

        Assert.True(result.Accepted);
        Assert.Equal("draft", Assert.Single(await bench.Inputs.ReadAsync(InputQuery.All)).Subject);
        var analysis = await bench.AnalyseAsync();
        Assert.Equal("Toàn bộ dự thảo", analysis.Questions[0].Options.Single(o => o.Value == "draft").Label!.Vi);
    }

    [Theory]
    [InlineData("maybe", null, "CE9705", "/answers/stance")]
    [InlineData("propose-wording", null, "CE9706", "/answers/wording")]
    [InlineData("propose-wording", "   ", "CE9706", "/answers/wording")]
    public async Task Collect_BadStanceOrMissingWording_IsRefusedAtItsField(string stance, string? wording, string code, string path)
    {
        var bench = DraftBench.New();

        var result = await bench.SubmitAsync(DraftBench.Comment("dieu-1", "Ý kiến", stance, wording));

        Assert.False(result.Accepted);
        Assert.Equal([(code, path)], result.Result.Problems.Select(p => (p.Code, p.Path)));
        Assert.Equal(0, await bench.Inputs.CountAsync(InputQuery.All));
    }

    [Fact]
    public async Task Collect_WithoutStance_IsStillAccepted_AsThe10ToolDid()
    {
        var bench = DraftBench.New();

        var result = await bench.SubmitAsync(DraftBench.Comment("dieu-3", "Nên có hiệu lực sớm hơn."));

        Assert.True(result.Accepted);
        Assert.False(Assert.Single(await bench.Inputs.ReadAsync(InputQuery.All)).Answers!.Value.TryGetProperty("stance", out _));
    }

    [Fact]
    public async Task Collect_ReportsEveryProblem_SoTheFormCanShowEachAtItsField()
    {
        var bench = DraftBench.New();

        var result = await bench.SubmitAsync(DraftBench.Comment("dieu-9", " ", "propose-wording"));

        Assert.Equal(["/subject", "/text", "/answers/wording"], result.Result.Problems.Select(p => p.Path));
    }
}
