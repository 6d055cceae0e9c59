using ConsultEngine.Definitions.Model;
using ConsultEngine.Definitions.Overlays;
using ConsultEngine.Hosting.Definitions;
using ConsultEngine.Persistence.Definitions;
using ConsultEngine.Web.Codes;
using ConsultEngine.Web.Designer;
using ConsultEngine.Web.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultEngine.Web.Tests.Designer;

/// <summary>
/// The designer's library over the version store of a real web host (SQLite file in a temporary folder,
/// the repository's definitions seeded): drafts keep their revision, publishing reaches the runtime's catalog.
/// </summary>
public sealed class DesignerDefinitionsTests : IAsyncLifetime
{
    private const string Standard = "hdnd.standard";

    /// <summary>The repository publishes versions 1 and 2 of the standard; a draft from it is the version after them.</summary>
    private const int Next = 3;

    private TestWebHost _host = null!;

    private IDefinitionLibrary Store => _host.Services.GetRequiredService<IDefinitionLibrary>();

    public async Task InitializeAsync() => _host = await TestWebHost.StartAsync();

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _host.Folder.Dispose();
    }

    [Fact]
    public async Task DraftFromTheStandard_AutosavedTwice_PublishesTheNextVersion_WhichTheCatalogServes()
    {
        var page = Page("lan");

        var opened = await page.OpenAsync(Standard, 1);
        var draft = await page.DraftFromAsync(Standard, 1);
        var listed = Assert.Single(await page.ListAsync(), e => e.Id == Standard);
        var first = await page.SaveDraftAsync(Retitled(draft!.Definition, "Lần một"));
        var second = await page.SaveDraftAsync(Retitled(draft.Definition, "Lần hai"));
        var stored = await Store.GetDraftAsync(Standard);
        var published = await page.PublishAsync(Standard, Next);

        Assert.Equal((VersionState.Published, 1), (opened!.State, opened.Definition.Version));
        Assert.Equal((VersionState.Draft, Next), (draft.State, draft.Definition.Version));
        Assert.Equal([(Next, VersionState.Draft), (2, VersionState.Published), (1, VersionState.Published)], listed.Versions.Select(v => (v.Version, v.State)));
        Assert.True(first.Succeeded, string.Join(", ", first.Problems.Select(p => p.Code)));
        Assert.True(second.Succeeded, string.Join(", ", second.Problems.Select(p => p.Code)));
        Assert.Equal((3L, "lan"), (stored.Draft.Revision, stored.Draft.SavedBy));
        Assert.Contains("Lần hai", stored.Json, StringComparison.Ordinal);
        Assert.True(published.Succeeded, string.Join(", ", published.Problems.Select(p => p.Code)));
        Assert.Equal((VersionState.Published, Next), (published.Stored!.State, published.Stored.Definition.Version));

        var summary = await Store.FindAsync(Standard);
        var next = Assert.Single(summary!.Versions, v => v.Version == Next);
        Assert.Equal((DefinitionVersionState.Published, "lan"), (next.State, next.PublishedBy!));
        Assert.Null(summary.Draft);
        var served = _host.Services.GetRequiredService<IDefinitionCatalog>().Find(Standard, Next);
        Assert.Equal(("Lần hai", Next), (served?.Title?.Vi, served!.Version));
        Assert.Equal(VersionState.Published, (await page.OpenAsync(Standard, Next))?.State);
        Assert.Equal(VersionState.Published, (await page.OpenAsync(Standard, 1))?.State);
    }

    [Fact]
    public async Task ASaveOverAStaleRevision_IsCE8501_AndLosesNothing()
    {
        var lan = Page("lan");
        var minh = Page("minh");
        var lansDraft = await lan.DraftFromAsync(Standard, 1);
        var minhsDraft = await minh.OpenAsync(Standard, Next);
        var lansSave = await lan.SaveDraftAsync(Retitled(lansDraft!.Definition, "Bản của Lan"));

        var stale = await minh.SaveDraftAsync(Retitled(minhsDraft!.Definition, "Bản của Minh"));
        var staleAgain = await minh.SaveDraftAsync(Retitled(minhsDraft.Definition, "Bản của Minh"));
        var stalePublish = await minh.PublishAsync(Standard, Next);
        var kept = await Store.GetDraftAsync(Standard);

        Assert.Equal(VersionState.Draft, minhsDraft.State);
        Assert.True(lansSave.Succeeded);
        Assert.Equal((false, DefinitionStoreCodes.DraftRevisionConflict), (stale.Succeeded, Assert.Single(stale.Problems).Code));
        Assert.Equal(DefinitionStoreCodes.DraftRevisionConflict, Assert.Single(staleAgain.Problems).Code);
        Assert.Equal(DefinitionStoreCodes.DraftRevisionConflict, Assert.Single(stalePublish.Problems).Code);
        Assert.Equal((2L, "lan"), (kept.Draft.Revision, kept.Draft.SavedBy));
        Assert.Contains("Bản của Lan", kept.Json, StringComparison.Ordinal);
        Assert.DoesNotContain("Bản của Minh", kept.Json, StringComparison.Ordinal);

        // Opened again, Minh's page sees Lan's draft and saves over it knowingly.
        var reopened = await minh.OpenAsync(Standard, Next);
        Assert.Equal("Bản của Lan", reopened!.Definition.Title?.Vi);
        Assert.True((await minh.SaveDraftAsync(Retitled(reopened.Definition, "Bản của Minh"))).Succeeded);
        Assert.Equal((3L, "minh"), ((await Store.GetDraftAsync(Standard)).Draft.Revision, (await Store.GetDraftAsync(Standard)).Draft.SavedBy));
    }

    [Fact]
    public async Task ImportedJson_IsANewDefinitionsDraft_ThatSavesAndPublishes_AndTextThatIsNotADefinitionIsCE8509()
    {
        var page = Page("lan");
        var json = (await Store.GetJsonAsync(Standard, 1)).Replace("\"hdnd.standard\"", "\"hdnd.imported\"", StringComparison.Ordinal);

        var imported = await page.ImportAsync(json);
        var listed = Assert.Single(await page.ListAsync(), e => e.Id == "hdnd.imported");
        var saved = await page.SaveDraftAsync(Retitled(imported.Stored!.Definition, "Đã nhập"));
        var published = await page.PublishAsync("hdnd.imported", 1);
        var notJson = await page.ImportAsync("{ not json");
        var secondDraft = await page.DraftFromAsync(Standard, 1);
        var overADraft = await page.ImportAsync(await Store.GetJsonAsync(Standard, 1));

        Assert.True(imported.Succeeded, string.Join(", ", imported.Problems.Select(p => p.Code)));
        Assert.Equal(("hdnd.imported", 1, VersionState.Draft), (imported.Stored.Definition.Id, imported.Stored.Definition.Version, imported.Stored.State));
        Assert.Equal([(1, VersionState.Draft)], listed.Versions.Select(v => (v.Version, v.State)));
        Assert.True(saved.Succeeded);
        Assert.True(published.Succeeded, string.Join(", ", published.Problems.Select(p => p.Code)));
        Assert.Equal("Đã nhập", _host.Services.GetRequiredService<IDefinitionCatalog>().Find("hdnd.imported", 1)?.Title?.Vi);
        Assert.False(notJson.Succeeded);
        Assert.Equal(DefinitionStoreCodes.ImportInvalid, notJson.Problems[0].Code);
        Assert.Contains(notJson.Problems, p => p.Code.StartsWith("CE", StringComparison.Ordinal) && p.Code != DefinitionStoreCodes.ImportInvalid);
        Assert.NotNull(secondDraft);
        Assert.Equal((false, DefinitionStoreCodes.DraftExists), (overADraft.Succeeded, overADraft.Problems[0].Code));
    }

    [Theory]
    [InlineData("{\n  \"id\": \"hdnd.broken\",\n  \"version\": 1,\n}\n", 4)]  // a trailing comma
    [InlineData("{\n  \"id\": \"hdnd.broken\",\n  \"version\": 1\n", 4)]     // no closing brace
    public async Task ABrokenFile_IsRefusedWithItsCodes_EachWithTheCataloguesText_AndTheParserGivesTheLineAndColumn(string json, int line)
    {
        var codes = _host.Services.GetRequiredService<ICodeText>();

        var refused = await Page("lan").ImportAsync(json);
        var problems = ImportProblems.Describe(codes, refused.Problems);

        Assert.False(refused.Succeeded);
        Assert.Equal([DefinitionStoreCodes.ImportInvalid, "CE0002"], problems.Select(p => p.Code));
        Assert.All(problems, p => Assert.True(codes.Knows(p.Code), p.Code));
        Assert.All(problems, p => Assert.Equal(codes.Text(p.Code), p.Text));
        var malformed = problems[1];
        Assert.True(malformed.HasPosition);
        Assert.Equal(line, malformed.Line);
        Assert.InRange(malformed.Column, 1, 20);
    }

    [Fact]
    public async Task PublishingADraftWithErrors_ReturnsTheValidatorsCodedProblems_AndTheDraftStays()
    {
        var page = Page("lan");
        var draft = await page.DraftFromAsync(Standard, 1);
        var saved = await page.SaveDraftAsync(draft!.Definition with { Roles = [] });

        var refused = await page.PublishAsync(Standard, Next);

        Assert.True(saved.Succeeded, "a draft with errors is saved all the same");
        Assert.False(refused.Succeeded);
        Assert.NotEmpty(refused.Problems);
        Assert.All(refused.Problems.Where(p => p.IsError), p => Assert.Equal("CE3003", p.Code));
        Assert.Contains(refused.Problems, p => p.IsError && p.Path.EndsWith("/role", StringComparison.Ordinal));
        Assert.Equal(await Store.ValidateDraftAsync(Standard), refused.Problems);
        Assert.Equal(VersionState.Draft, (await page.OpenAsync(Standard, Next))?.State);
        Assert.Null(_host.Services.GetRequiredService<IDefinitionCatalog>().Find(Standard, Next));
        Assert.Equal(VersionState.Draft, (await page.DraftFromAsync(Standard, 1))?.State);
    }

    [Fact]
    public async Task WithoutASignedInUser_TheLibraryReadsButDoesNotWrite()
    {
        var anonymous = new DesignerDefinitions(Store);
        var page = Page("lan");
        var draft = await page.DraftFromAsync(Standard, 1);

        var opened = await anonymous.OpenAsync(Standard, Next);
        var save = await anonymous.SaveDraftAsync(opened!.Definition);
        var import = await anonymous.ImportAsync(await Store.GetJsonAsync(Standard, 1));

        Assert.Equal(draft!.Definition.Title, opened.Definition.Title);
        Assert.Equal("CE3603", Assert.Single(save.Problems).Code);
        Assert.Equal("CE3603", Assert.Single(import.Problems).Code);
        Assert.Null(await anonymous.DraftFromAsync("hdnd.nothing", 1));
        Assert.Equal(1L, (await Store.GetDraftAsync(Standard)).Draft.Revision);
    }

    [Fact]
    public async Task TheHostRegistersTheDesignersViewOfTheLibrary_PerScope()
    {
        using var one = _host.Services.CreateScope();
        using var two = _host.Services.CreateScope();

        var library = one.ServiceProvider.GetRequiredService<DesignerDefinitions>();

        Assert.Same(library, one.ServiceProvider.GetRequiredService<DesignerDefinitions>());
        Assert.NotSame(library, two.ServiceProvider.GetRequiredService<DesignerDefinitions>());
        Assert.Contains(await library.ListAsync(), e => e.Id == Standard);
    }

    private DesignerDefinitions Page(string user) => new(Store, new SignedInUser(user));

    private static ProcessDefinition Retitled(ProcessDefinition definition, string vi) => definition with { Title = new LocalizedText { Vi = vi, En = definition.Title?.En } };
}
