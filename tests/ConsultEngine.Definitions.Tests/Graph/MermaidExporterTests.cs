using ConsultEngine.Definitions.Graph;
using ConsultEngine.Definitions.Model;
using FsCheck.Xunit;
using static ConsultEngine.Definitions.Tests.Graph.Build;

namespace ConsultEngine.Definitions.Tests.Graph;

public sealed class MermaidExporterTests
{
    private static string Export(ProcessDefinition definition, string language = "vi") =>
        MermaidExporter.Export(ProcessGraph.From(definition), new GraphExportOptions { Language = language });

    [Fact]
    public void Export_Always_StartsAsATopDownFlowchart()
    {
        Assert.StartsWith("flowchart TD\n", Export(Definition(Phase("a", Step("one")))), StringComparison.Ordinal);
    }

    [Fact]
    public void Export_Phase_IsASubgraphLabelledWithItsTitle()
    {
        var text = Export(Definition(Phase("prepare", Step("one"))));

        Assert.Contains("subgraph p_prepare[\"Giai đoạn prepare\"]", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_English_UsesEnglishTitlesAndFallsBackToVietnamese()
    {
        var step = Step("one") with { Title = LocalizedText.Of("Chỉ tiếng Việt") };

        var text = Export(Definition(Phase("prepare", step, Step("two"))), "en");

        Assert.Contains("[\"Phase prepare\"]", text, StringComparison.Ordinal);
        Assert.Contains("s_one[\"Chỉ tiếng Việt", text, StringComparison.Ordinal);
        Assert.Contains("s_two[\"Step two", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("task", "s_x[\"", "\"]")]
    [InlineData("meeting", "s_x[\"", "\"]")]
    [InlineData("approval", "s_x{\"", "\"}")]
    [InlineData("decision", "s_x{\"", "\"}")]
    [InlineData("tool:survey@1", "s_x([\"", "\"])")]
    [InlineData("notify", "s_x>\"", "\"]")]
    [InlineData("wait", "s_x{{\"", "\"}}")]
    public void Export_StepType_GivesItsShape(string type, string open, string close)
    {
        var line = Export(Definition(Phase("a", Step("x", type)))).Split('\n').Single(l => l.TrimStart().StartsWith("s_x", StringComparison.Ordinal)).Trim();

        Assert.StartsWith(open, line, StringComparison.Ordinal);
        Assert.EndsWith(close, line, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_Route_IsADottedArrowLabelledWithTheOutcome()
    {
        var review = Step("review", "approval", outcomes: [Outcome("ok"), Outcome("revise", "draft") with { Title = LocalizedText.Of("Sửa lại", "Revise") }]);

        var text = Export(Definition(Phase("a", Step("draft"), review)));

        Assert.Contains("s_review -.->|\"Sửa lại\"| s_draft", text, StringComparison.Ordinal);
        Assert.Contains("s_draft --> s_review", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_GuardedStep_IsMarkedWithAQuestionMark()
    {
        var text = Export(Definition(Phase("a", Step("maybe") with { When = "rules.x" })));

        Assert.Contains("s_maybe[\"? Bước maybe", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_RouteOnlyStep_GetsTheRouteOnlyClass()
    {
        var text = Export(Definition(Phase("a", Step("review", "approval", outcomes: [Outcome("ok"), Outcome("fix", "fix")]), Step("fix", routeOnly: true, outcomes: [Outcome("done", "review")]))));

        Assert.Contains("class s_fix routeOnly", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_TitleWithQuotesAndMarkup_IsWrittenAsCharacterCodes()
    {
        var step = Step("x") with { Title = LocalizedText.Of("Họp \"mở\" <b>#1</b> & `x` | y") };

        var text = Export(Definition(Phase("a", step)));

        Assert.Contains("s_x[\"Họp #quot;mở#quot; #lt;b#gt;#35;1#lt;/b#gt; #amp; #96;x#96; #124; y<br/>", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_StepIdThatIsAMermaidKeyword_IsPrefixed()
    {
        var text = Export(Definition(Phase("end", Step("end"), Step("o-x"))));

        Assert.Contains("subgraph p_end[", text, StringComparison.Ordinal);
        Assert.Contains("s_end --> s_o_x", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_DuplicateStepIds_GetDistinctNodeIds()
    {
        var text = Export(Definition(Phase("a", Step("same")), Phase("b", Step("same"))));

        Assert.Contains("s_same[", text, StringComparison.Ordinal);
        Assert.Contains("s_same_2[", text, StringComparison.Ordinal);
    }

    [Property]
    public bool Quote_AnyText_IsOneQuotedTokenOnOneLine(string? text)
    {
        var quoted = MermaidExporter.Quote(text ?? string.Empty);
        var inner = quoted[1..^1];
        return quoted.Length >= 2 && quoted[0] == '"' && quoted[^1] == '"'
            && !inner.Contains('"') && !inner.Contains('<') && !inner.Contains('>') && !inner.Any(char.IsControl);
    }
}
