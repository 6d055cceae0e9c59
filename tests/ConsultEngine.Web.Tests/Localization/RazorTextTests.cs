using ConsultEngine.Web.Testing;

namespace ConsultEngine.Web.Tests.Localization;

/// <summary>
/// No <c>.razor</c> file of the web product shows a hard-coded word: every text comes from a localizer
/// (Vietnamese by default, English by the switch). A new page with a literal sentence fails here.
/// </summary>
public sealed class RazorTextTests
{
    private static readonly string Web = Path.Combine(RepositoryPaths.Root, "designer", "ConsultEngine.Web");

    [Fact]
    public void EveryRazorFile_ShowsOnlyLocalisedText()
    {
        // Every feature folder (Portal, Console, Designer, Identity) and the shared Components; not build output.
        var files = Directory.GetFiles(Web, "*.razor", SearchOption.AllDirectories)
            .Where(f => Path.GetRelativePath(Web, f).Split(Path.DirectorySeparatorChar)[0] is not ("bin" or "obj"))
            .ToArray();
        Assert.True(files.Length > 20, "the components were found");
        var findings = files
            .SelectMany(f => RazorTextScanner.Scan(File.ReadAllText(f)).Select(x => $"{Path.GetRelativePath(Web, f)}:{x.Line}: {x.Text}"))
            .ToList();
        Assert.True(findings.Count == 0, "hard-coded text (move it to the area's .resx):\n" + string.Join("\n", findings));
    }

    [Fact]
    public void Scanner_FindsALiteralSentence_AndALiteralLabel()
    {
        const string Razor = """
            @page "/x"
            @inject IStringLocalizer<SharedResource> L
            <h1>Consultations</h1>
            <MudButton Title="Save the draft">@L["Save"]</MudButton>
            """;

        var findings = RazorTextScanner.Scan(Razor);

        Assert.Equal([new RazorTextScanner.Finding(3, "Consultations"), new RazorTextScanner.Finding(4, "Title=\"Save the draft\"")], findings);
    }

    [Fact]
    public void Scanner_LetsLocalisedTextCodeAndExpressionsThrough()
    {
        const string Razor = """
            @* A comment with words. *@
            <PageTitle>@T["Title"]</PageTitle>
            @if (Items.Count > 0)
            {
                <p class="x" data-testid="list">@T["Count", Items.Count] · @Format(Items[0].At, "dd/MM") <code>@item.Code</code></p>
            }
            else
            {
                <p>@(ready ? T["Ready"] : T["Waiting"])</p>
            }
            @switch (Kind)
            {
                case Kind.A:
                    <span>@T["A"]</span>
                    break;
            }
            <button aria-label="@T["Close"]">rules.@name</button>
            <style>.ce-x { color: red; }</style>
            @code {
                private string Hidden => "Not shown as text";
            }
            """;

        Assert.Empty(RazorTextScanner.Scan(Razor));
    }
}
