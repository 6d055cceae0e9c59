using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.DraftComments.Tests;

/// <summary>The tool's verdict on a comment form filled in so far: which fields apply (the wording only for a proposal) and what is wrong, at the fields' pointers.</summary>
public sealed class EvaluateTests
{
    private static async Task<FormEvaluation> EvaluateAsync(string formId, string body, string language = "vi") =>
        await DraftBench.Tool.EvaluateAsync(DraftBench.New().Context(actor: null, language: language), formId, DraftBench.Body(body), CancellationToken.None);

    [Theory]
    [InlineData("agree")]
    [InlineData("disagree")]
    public async Task AgreeOrDisagree_HidesTheWording(string stance)
    {
        var evaluation = await EvaluateAsync("comment-dieu-2", $$"""{ "subject": "dieu-2", "text": "Ý kiến", "answers": { "stance": "{{stance}}" } }""");

        Assert.Equal(["/subject", "/answers/stance", "/text"], evaluation.Show);
        Assert.Empty(evaluation.Problems);
    }

    [Fact]
    public async Task ProposeWording_ShowsTheWording_AndRequiresIt()
    {
        var evaluation = await EvaluateAsync("comment-dieu-2", """{ "subject": "dieu-2", "text": "Mức thu ban đêm quá cao.", "answers": { "stance": "propose-wording" } }""");

        Assert.Contains("/answers/wording", evaluation.Show);
        var problem = Assert.Single(evaluation.Problems);
        Assert.Equal(("CE9706", "/answers/wording"), (problem.Code, problem.Path));
    }

    [Fact]
    public async Task ProposeWording_WithTheWording_IsComplete()
    {
        var evaluation = await EvaluateAsync("comment-dieu-2", """{ "subject": "dieu-2", "text": "Quá cao.", "answers": { "stance": "propose-wording", "wording": "Xe máy: 6.000 đồng/lượt ban đêm." } }""");

        Assert.Equal(["/subject", "/answers/stance", "/text", "/answers/wording"], evaluation.Show);
        Assert.Empty(evaluation.Problems);
    }

    [Fact]
    public async Task NothingFilledInYet_ShowsEveryField_AndNoProblem()
    {
        var evaluation = await EvaluateAsync("comment-draft", "null");

        Assert.Equal(["/subject", "/answers/stance", "/text", "/answers/wording"], evaluation.Show);
        Assert.Empty(evaluation.Problems);
    }

    [Fact]
    public async Task SentEmpty_AsksForTheStanceAndTheComment_AtTheirFields()
    {
        var evaluation = await EvaluateAsync("comment-dieu-1", """{ "subject": "dieu-1", "text": "  ", "answers": {} }""");

        Assert.Equal([("CE9707", "/answers/stance"), ("CE9703", "/text")], evaluation.Problems.Select(p => (p.Code, p.Path)));
    }

    [Theory]
    [InlineData("""{ "subject": "dieu-9", "text": "Ý kiến", "answers": { "stance": "agree" } }""", "CE9702", "/subject")]
    [InlineData("""{ "subject": "dieu-1", "text": "Ý kiến", "answers": { "stance": "maybe" } }""", "CE9705", "/answers/stance")]
    [InlineData("""{ "subject": "dieu-1", "text": "Ý kiến", "answers": { "stance": 3 } }""", "CE9705", "/answers/stance")]
    public async Task WrongValue_IsAProblemAtItsField(string body, string code, string path)
    {
        var evaluation = await EvaluateAsync("comment-dieu-1", body);

        var problem = Assert.Single(evaluation.Problems);
        Assert.Equal((code, path), (problem.Code, problem.Path));
    }

    [Fact]
    public async Task TooLong_IsCE9704_AtTheTextOrTheWording()
    {
        var bench = DraftBench.New("""{ "maxLength": 50, "articles": [ { "id": "dieu-1", "title": { "vi": "Điều 1" } } ] }""");
        var longText = new string('x', 51);

        var evaluation = await DraftBench.Tool.EvaluateAsync(bench.Context(actor: null), "comment-dieu-1",
            DraftBench.Body($$"""{ "subject": "dieu-1", "text": "{{longText}}", "answers": { "stance": "propose-wording", "wording": "{{longText}}" } }"""), CancellationToken.None);

        Assert.Equal([("CE9704", "/text"), ("CE9704", "/answers/wording")], evaluation.Problems.Select(p => (p.Code, p.Path)));
    }

    [Fact]
    public async Task BodyWithoutSubject_IsAboutTheFormsArticle()
    {
        var evaluation = await EvaluateAsync("comment-dieu-3", """{ "text": "Nên có hiệu lực sớm hơn.", "answers": { "stance": "disagree" } }""");

        Assert.Empty(evaluation.Problems);
    }

    [Fact]
    public async Task Problems_AreWordedInTheCallersLanguage()
    {
        var vi = await EvaluateAsync("comment-dieu-1", """{ "subject": "dieu-1", "text": "", "answers": { "stance": "agree" } }""");
        var en = await EvaluateAsync("comment-dieu-1", """{ "subject": "dieu-1", "text": "", "answers": { "stance": "agree" } }""", "en");

        Assert.Equal("Nội dung góp ý đang trống.", vi.Problems[0].Message);
        Assert.Equal("The comment is empty.", en.Problems[0].Message);
    }

    [Theory]
    [InlineData("comment-dieu-9")]
    [InlineData("main")]
    public async Task UnknownForm_IsCE9112(string formId)
    {
        var error = await Assert.ThrowsAsync<ToolException>(() => EvaluateAsync(formId, "{}"));

        Assert.Equal(ToolCodes.UnknownForm, error.Code);
    }
}
