using System.Text;
using ConsultEngine.Definitions.Graph;
using ConsultEngine.Definitions.Model;
using FsCheck.Xunit;
using static ConsultEngine.Definitions.Tests.Graph.Build;

namespace ConsultEngine.Definitions.Tests.Graph;

public sealed class DotExporterTests
{
    private static string Export(ProcessDefinition definition, string language = "vi") =>
        DotExporter.Export(ProcessGraph.From(definition), new GraphExportOptions { Language = language });

    [Fact]
    public void Export_Always_IsADigraphNamedAfterTheDefinition()
    {
        var text = Export(Definition(Phase("a", Step("one"))));

        Assert.StartsWith("digraph \"test.graph@1\" {\n", text, StringComparison.Ordinal);
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_Phase_IsAClusterLabelledWithItsTitle()
    {
        var text = Export(Definition(Phase("carry-out", Step("one"))), "en");

        Assert.Contains("subgraph \"cluster_carry-out\" {\n        label=\"Phase carry-out\";", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("task", "shape=box]")]
    [InlineData("approval", "shape=diamond]")]
    [InlineData("decision", "shape=diamond]")]
    [InlineData("tool:survey@1", "shape=box, style=\"rounded\"]")]
    [InlineData("notify", "shape=cds]")]
    [InlineData("wait", "shape=hexagon]")]
    [InlineData("petition", "shape=parallelogram]")]
    public void Export_StepType_GivesItsShape(string type, string attributes)
    {
        var line = Export(Definition(Phase("a", Step("x", type)))).Split('\n').Single(l => l.TrimStart().StartsWith("\"x\" [", StringComparison.Ordinal));

        Assert.EndsWith(attributes + ";", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_Route_IsADashedEdgeLabelledWithTheOutcome()
    {
        var text = Export(Definition(Phase("a", Step("draft"), Step("review", "approval", outcomes: [Outcome("ok"), Outcome("revise", "draft")]))));

        Assert.Contains("\"review\" -> \"draft\" [style=\"dashed\", label=\"revise\"];", text, StringComparison.Ordinal);
        Assert.Contains("\"draft\" -> \"review\";", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_TitleWithQuotesAndBackslash_IsEscaped()
    {
        var step = Step("x") with { Title = LocalizedText.Of("Ý kiến \"mở\" C:\\dữ-liệu\nhai dòng") };

        var text = Export(Definition(Phase("a", step)));

        Assert.Contains("\"x\" [label=\"Ý kiến \\\"mở\\\" C:\\\\dữ-liệu hai dòng\\nThư ký\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_RouteOnlyStep_HasADashedBorder()
    {
        var text = Export(Definition(Phase("a", Step("review", "approval", outcomes: [Outcome("ok"), Outcome("fix", "fix")]), Step("fix", routeOnly: true, outcomes: [Outcome("done", "review")]))));

        Assert.Contains("\"fix\" [label=\"Bước fix\\nThư ký\", shape=box, style=\"dashed\"];", text, StringComparison.Ordinal);
    }

    [Property]
    public bool Quote_AnyText_ReadsBackAsTheTextOnOneLine(string? text)
    {
        text ??= string.Empty;
        var quoted = DotExporter.Quote(text);
        var expected = new string([.. text.Select(c => char.IsControl(c) || c is '\u2028' or '\u2029' ? ' ' : c)]);
        return quoted[0] == '"' && quoted[^1] == '"' && Unquote(quoted) == expected;
    }

    /// <summary>Reads a DOT quoted string the way Graphviz reads a label: <c>\"</c> and <c>\\</c> stand for one character.</summary>
    private static string Unquote(string quoted)
    {
        var text = new StringBuilder();
        for (var i = 1; i < quoted.Length - 1; i++)
        {
            if (quoted[i] == '"')
            {
                return "<unescaped quote>";
            }

            if (quoted[i] == '\\')
            {
                i++;
            }

            text.Append(quoted[i]);
        }

        return text.ToString();
    }
}
