namespace ConsultEngine.Web.Tests.Architecture;

/// <summary>The scanner behind <see cref="HostKnowsNoPluginTests"/> finds what it must and lets prose and comments through.</summary>
public sealed class HostPluginScannerTests
{
    private static readonly HostPluginScanner.Names Names = new(
        PluginNames.Ids,
        new HashSet<string>(["SurveyTool", "Questionnaire", "Question"], StringComparer.Ordinal),
        new HashSet<string>(["ConsultEngine.Plugins.Survey"], StringComparer.Ordinal));

    [Fact]
    public void Scanner_FindsAPlantedIdLiteral_AStepType_AndAPluginsTypeOrNamespace_InCSharp()
    {
        const string Code = """
            using ConsultEngine.Plugins.Survey;
            // The survey page: a comment naming the survey or a Questionnaire is no finding.
            internal static class Kinds
            {
                public const string Tool = "survey";
                public static bool Is(string type) => type.StartsWith("tool:online-poll", StringComparison.Ordinal);
                public static Type? Find() => Type.GetType("SurveyTool") ?? Type.GetType("draft-comments@1");
            }

            internal sealed record Questionnaire(string Title);

            internal sealed record Finding(string Question, int Answered);
            """;

        var findings = HostPluginScanner.Scan("Kinds.cs", Code, Names);

        HostPluginScanner.Finding[] expected =
            [
                new(1, "namespace", "ConsultEngine.Plugins.Survey"),
                new(5, "literal", "survey"),
                new(6, "step-type", "online-poll"),
                new(6, "id", "online-poll"),
                new(7, "step-type", "draft-comments"),
                new(7, "id", "draft-comments"),
                new(7, "type-named", "SurveyTool"),
                new(10, "type-declared", "Questionnaire"),
            ];
        Assert.Equal(Sorted(expected), Sorted(findings));
    }

    [Fact]
    public void Scanner_FindsARouteSegment_AndAFormName_InRazor_ButNotTheWordInACommentOrASentence()
    {
        const string Razor = """
            @page "/consultations/{InstanceId:guid}/survey/{StepId}"
            @* Renders the survey for citizens. *@
            <!-- focus-group notes -->
            <form @formname="survey" class="survey-form"></form>
            <a href="@($"/consultations/{Id}/public-hearing")">@T["Survey.Title"]</a>
            <Hint Question="Question" Id="@Fields.HintId(Question.Id)" Class="@(Question.Required ? "x" : "y")" />
            @code {
                // A survey in a comment.
                private string Hint => L["Take the survey"];
            }
            """;

        var findings = HostPluginScanner.Scan("Page.razor", Razor, Names);

        HostPluginScanner.Finding[] expected = [new(1, "route", "survey"), new(4, "literal", "survey"), new(5, "route", "public-hearing"), new(5, "id", "public-hearing")];
        Assert.Equal(Sorted(expected), Sorted(findings));
    }

    [Fact]
    public void Scanner_ReadsResxKeys_NotTheirProse()
    {
        const string Resx = """
            <?xml version="1.0" encoding="utf-8"?>
            <root>
              <data name="CE9602" xml:space="preserve"><value>The XLSForm lacks a "survey" sheet.</value></data>
              <data name="ToolKind.survey" xml:space="preserve"><value>Survey</value></data>
              <data name="Survey.Title" xml:space="preserve"><value>Survey</value></data>
            </root>
            """;

        var findings = HostPluginScanner.Scan("Text.resx", Resx, Names);

        Assert.Equal([new HostPluginScanner.Finding(4, "resx-key", "ToolKind.survey names survey")], findings);
    }

    [Fact]
    public void Scanner_FindsAnIdInAStylesheetOrScriptRoute_ButNotInAClassName()
    {
        const string Css = """
            /* online-poll */
            .survey-entry { color: red; }
            .tally { background: url("/consultations/poll/online-poll/x.png"); }
            """;

        var findings = HostPluginScanner.Scan("site.css", Css, Names);

        Assert.All(findings, f => Assert.Equal(3, f.Line));
        Assert.Contains(findings, f => f.Rule == "route" && f.Text == "online-poll");
    }

    private static List<HostPluginScanner.Finding> Sorted(IEnumerable<HostPluginScanner.Finding> findings) =>
        [.. findings.OrderBy(f => f.Line).ThenBy(f => f.Rule, StringComparer.Ordinal).ThenBy(f => f.Text, StringComparer.Ordinal)];
}
