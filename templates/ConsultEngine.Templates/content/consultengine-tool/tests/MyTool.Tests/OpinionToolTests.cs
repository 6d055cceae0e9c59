using System.Text.Json;
using ConsultEngine.Abstractions;
using ConsultEngine.Testing.Tools;

namespace MyTool.Tests;

/// <summary>The tool driven the way the host drives it, on the tool test bench: open, collect, analyse, surfaces.</summary>
public sealed class OpinionToolTests
{
    [Fact]
    public async Task An_opinion_is_stored_and_counted_with_its_share()
    {
        var bench = new ToolTestBench(new OpinionTool());
        await bench.OpenAsync();

        var agree = await bench.SubmitAsync(Opinion("agree"));
        var other = await bench.SubmitAsync(Opinion("other", "Nên làm thêm đường cho xe đạp."));
        var analysis = await bench.AnalyseAsync();

        Assert.True(agree.Accepted);
        Assert.True(other.Accepted);
        Assert.Equal(2, analysis.Basis.Counted);
        var agreeShare = Assert.Single(analysis.Questions).Options.Single(o => o.Value == "agree");
        Assert.Equal(1, agreeShare.Count);
        Assert.Equal(0.5, agreeShare.Share, 3);
    }

    [Fact]
    public async Task A_submission_without_an_opinion_is_refused_at_its_field()
    {
        var bench = new ToolTestBench(new OpinionTool());

        var result = await bench.SubmitAsync(new Submission { Channel = InputChannel.Web, Text = "Không rõ." });

        Assert.False(result.Accepted);
        var problem = Assert.Single(result.Result.Problems);
        Assert.Equal(OpinionCodes.OpinionMissing, problem.Code);
        Assert.Equal("/answers/opinion", problem.Path);
    }

    [Fact]
    public async Task Other_without_a_comment_is_refused_at_the_text()
    {
        var bench = new ToolTestBench(new OpinionTool());

        var result = await bench.SubmitAsync(Opinion("other"));

        Assert.Equal(OpinionCodes.TextMissing, Assert.Single(result.Codes));
    }

    [Fact]
    public async Task The_public_form_asks_the_opinion_and_a_comment_and_the_tool_evaluates_it()
    {
        var bench = new ToolTestBench(new OpinionTool());
        var tool = (IToolSurfaces)bench.Tool;

        var surface = await tool.DescribePublicAsync(bench.Context(actor: null), CancellationToken.None);
        var evaluation = await tool.EvaluateAsync(bench.Context(actor: null, language: "en"), "main", ToolTestBench.Parse("""{ "answers": { "opinion": "other" } }"""), CancellationToken.None);

        var form = Assert.Single(surface!.Forms);
        Assert.Equal("/answers/opinion /text", string.Join(' ', form.Fields.Select(f => f.Path)));
        Assert.Equal(OpinionCodes.TextMissing, Assert.Single(evaluation.Problems).Code);
    }

    [Fact]
    public async Task Staff_see_the_shares_of_the_opinions()
    {
        var bench = new ToolTestBench(new OpinionTool());
        await bench.SubmitAsync(Opinion("disagree"));

        var staff = await ((IToolSurfaces)bench.Tool).DescribeStaffAsync(bench.Context(), CancellationToken.None);

        var shares = Assert.Single(staff.Results.OfType<SharesView>());
        Assert.Equal(1, shares.Answered);
    }

    private static Submission Opinion(string opinion, string? text = null) => new()
    {
        Channel = InputChannel.Web,
        Answers = JsonSerializer.SerializeToElement(new { opinion }),
        Text = text,
    };
}
