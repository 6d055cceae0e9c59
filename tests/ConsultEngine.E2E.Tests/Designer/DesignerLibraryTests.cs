using System.Xml.Linq;
using ConsultEngine.Definitions;
using ConsultEngine.Definitions.Editing;
using ConsultEngine.Definitions.Model;
using ConsultEngine.Definitions.StepTypes;
using ConsultEngine.Web.Designer;
using ConsultEngine.Web.Hosting;
using ConsultEngine.Web.Testing;

namespace ConsultEngine.E2E.Tests.Designer;

/// <summary>
/// The designer's library over the definitions folder and a data folder (real files in a temporary
/// folder): published versions are read only, drafts are saved and published after validation.
/// </summary>
public sealed class DesignerLibraryTests : IDisposable
{
    private readonly TestFolder _folder = TestFolder.Create();
    private readonly FolderDesignerLibrary _library;

    /// <summary>The repository publishes versions 1 and 2 of the standard; a draft is the version after them.</summary>
    private const int Next = 3;

    public DesignerLibraryTests()
    {
        var paths = new WebDataPaths(Path.Combine(_folder.Path, "consult.db"), RepositoryPaths.Definitions);
        _library = new FolderDesignerLibrary(paths, StandardToolTypes.CreateRegistry());
    }

    public void Dispose()
    {
        _library.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task List_ShowsTheStandardAsPublished_AndNoOverlay()
    {
        var entries = await _library.ListAsync();

        var standard = Assert.Single(entries, e => e.Id == "hdnd.standard");
        Assert.Equal([new VersionEntry(2, VersionState.Published, null), new VersionEntry(1, VersionState.Published, null)], standard.Versions);
        Assert.DoesNotContain(entries, e => e.Id.StartsWith("hdnd.da-nang", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DraftFrom_APublishedVersion_IsTheNextVersion_AndTheSameDraftNextTime()
    {
        var draft = await _library.DraftFromAsync("hdnd.standard", 1);
        var again = await _library.DraftFromAsync("hdnd.standard", 1);

        Assert.Equal((Next, VersionState.Draft), (draft!.Definition.Version, draft.State));
        Assert.Equal(Next, again!.Definition.Version);
        Assert.Contains((await _library.ListAsync()).Single(e => e.Id == "hdnd.standard").Versions, v => v is { Version: Next, State: VersionState.Draft });
    }

    [Fact]
    public async Task SaveDraft_OfAPublishedVersion_IsRefusedWithItsCode()
    {
        var published = (await _library.OpenAsync("hdnd.standard", 1))!.Definition;

        var outcome = await _library.SaveDraftAsync(published);

        Assert.False(outcome.Succeeded);
        Assert.Equal("CE3601", Assert.Single(outcome.Problems).Code);
    }

    [Fact]
    public async Task Publish_ADraftWithErrors_IsRefused_AndFixed_IsPublishedAndReadOnly()
    {
        var draft = (await _library.DraftFromAsync("hdnd.standard", 1))!.Definition;
        var broken = new SetStepField("meet-executive", "/when", "\"rules.nope &&\"").ApplyTo(draft).Definition;
        await _library.SaveDraftAsync(broken);

        var refused = await _library.PublishAsync("hdnd.standard", Next);
        await _library.SaveDraftAsync(draft);
        var published = await _library.PublishAsync("hdnd.standard", Next);

        Assert.False(refused.Succeeded);
        Assert.Contains(refused.Problems, d => d.Code == "CE4001");
        Assert.True(published.Succeeded, string.Join(", ", published.Problems));
        Assert.Equal(VersionState.Published, (await _library.OpenAsync("hdnd.standard", Next))!.State);
        Assert.Equal("CE3601", (await _library.SaveDraftAsync(draft)).Problems.Single().Code);
    }

    [Fact]
    public async Task Import_StoresTheDocumentAsTheNextDraft()
    {
        var standard = (await _library.OpenAsync("hdnd.standard", 1))!.Definition;
        var changed = standard with { Title = LocalizedText.Of("Quy trình nhập", "Imported process") };

        var outcome = await _library.ImportAsync(DefinitionJson.Serialize(changed));

        Assert.Equal((Next, VersionState.Draft), (outcome.Stored!.Definition.Version, outcome.Stored.State));
        Assert.Equal("Quy trình nhập", (await _library.OpenAsync("hdnd.standard", Next))!.Definition.Title?.Vi);
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("[]")]
    public async Task Import_NotADefinition_IsRefusedWithCodes(string json)
    {
        var outcome = await _library.ImportAsync(json);

        Assert.False(outcome.Succeeded);
        Assert.All(outcome.Problems, d => Assert.Matches(@"^CE\d{4}$", d.Code));
        Assert.NotEmpty(outcome.Problems);
    }

    [Fact]
    public void DesignerStrings_HaveTheSameKeysInVietnameseAndEnglish_NoneEmpty()
    {
        var folder = Path.Combine(RepositoryPaths.Root, "designer", "ConsultEngine.Web", "Resources", "Designer");
        Dictionary<string, string> Keys(string file) => XDocument.Load(Path.Combine(folder, file)).Root!.Elements("data")
            .ToDictionary(e => (string)e.Attribute("name")!, e => (string?)e.Element("value") ?? string.Empty, StringComparer.Ordinal);

        var vietnamese = Keys("DesignerText.resx");
        var english = Keys("DesignerText.en.resx");

        Assert.Equal(vietnamese.Keys.Order(StringComparer.Ordinal), english.Keys.Order(StringComparer.Ordinal));
        Assert.DoesNotContain(vietnamese.Concat(english), e => string.IsNullOrWhiteSpace(e.Value));
    }

    [Fact]
    public void DesignerStrings_UsedByThePages_AreAllInTheCatalogue()
    {
        var components = Path.Combine(RepositoryPaths.Root, "designer", "ConsultEngine.Web", "Components", "Designer");
        var catalogue = XDocument.Load(Path.Combine(RepositoryPaths.Root, "designer", "ConsultEngine.Web", "Resources", "Designer", "DesignerText.resx"))
            .Root!.Elements("data").Select(e => (string)e.Attribute("name")!).ToHashSet(StringComparer.Ordinal);
        var used = Directory.EnumerateFiles(components, "*.razor", SearchOption.AllDirectories)
            .SelectMany(f => System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(f), "T\\[\"([A-Za-z.]+)\"").Select(m => m.Groups[1].Value))
            .Where(key => !key.EndsWith('.'))
            .ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(used);
        Assert.DoesNotContain(used, key => !catalogue.Contains(key));
    }
}
