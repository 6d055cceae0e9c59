using ConsultEngine.Definitions.Diagnostics;
using ConsultEngine.Definitions.Diff;
using ConsultEngine.Definitions.Model;
using ConsultEngine.Definitions.Overlays;
using ConsultEngine.Hosting.Definitions;
using ConsultEngine.Persistence.Definitions;
using ConsultEngine.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultEngine.Hosting.Tests.Library;

/// <summary>The definition library a host gets from <c>AddConsultEngine</c>, on a real SQLite file: what the designer and the API build on.</summary>
public sealed class DefinitionLibraryTests : IDisposable
{
    private readonly LibraryHost _files = new();

    [Fact]
    public async Task Start_SeedsTheFolder_ValidFilesPublished_InvalidOnesLeftOut()
    {
        var services = await _files.StartAsync();

        var listed = await LibraryHost.Library(services).ListAsync();

        Assert.Equal(["test.library", "test.library.province"], listed.Select(d => d.Id));
        Assert.Equal(DefinitionKind.Overlay, listed[1].Kind);
        Assert.Equal(("test.library", 1), (listed[1].BaseId!, listed[1].BaseVersion!.Value));
        Assert.All(listed, d => Assert.Equal((1, DefinitionVersionState.Published), (Assert.Single(d.Versions).Version, d.Versions[0].State)));
        Assert.Equal(LibraryHost.Definition, await LibraryHost.Library(services).GetJsonAsync("test.library", 1));
        Assert.Equal("translate", services.GetRequiredService<IDefinitionCatalog>().Find("test.library.province", 1)!.Phases[0].Steps[1].Id);
    }

    [Fact]
    public async Task Seeding_IsIdempotent_AndAChangedFileIsReportedNotStored()
    {
        var first = (await _files.StartAsync()).GetRequiredService<DefinitionStartup>().Seeded;
        File.WriteAllText(Path.Combine(_files.DefinitionsFolder, "test.library.v1.json"), LibraryHost.Definition.Replace("Library", "Changed", StringComparison.Ordinal));
        var services = await _files.StartAsync();
        var second = services.GetRequiredService<DefinitionStartup>().Seeded;

        Assert.Equal([SeedOutcome.Added, SeedOutcome.Added], first.Where(e => e.Outcome is not null).Select(e => e.Outcome!.Value));
        Assert.Equal("CE3001", Assert.Single(first, e => e.Outcome is null).Code);
        Assert.Equal((SeedOutcome.Conflict, "CE8507"), (second.Single(e => e.DefinitionId == "test.library").Outcome!.Value, second.Single(e => e.DefinitionId == "test.library").Code!));
        Assert.Equal(SeedOutcome.Unchanged, second.Single(e => e.DefinitionId == "test.library.province").Outcome);
        Assert.Equal(LibraryHost.Definition, await LibraryHost.Library(services).GetJsonAsync("test.library", 1));
    }

    [Fact]
    public async Task SaveDraft_WithAStaleRevision_IsACodedConflict_AndNothingIsLost()
    {
        var library = LibraryHost.Library(await _files.StartAsync());
        var draft = await library.CreateDraftAsync("test.library", 1, "lan");
        var lans = await library.SaveDraftAsync("test.library", draft.Draft.Revision, LibraryHost.Definition.Replace("Xem xét", "Xem xét kỹ", StringComparison.Ordinal), "lan");

        var error = await Assert.ThrowsAsync<DefinitionStoreException>(() => library.SaveDraftAsync("test.library", draft.Draft.Revision, LibraryHost.Definition, "minh"));

        Assert.Equal((1L, 2L), (draft.Draft.Revision, lans.Draft.Revision));
        Assert.Equal((DefinitionStoreCodes.DraftRevisionConflict, 2L), (error.Code, error.CurrentRevision!.Value));
        Assert.Contains("Xem xét kỹ", (await library.GetDraftAsync("test.library")).Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveDraft_InvalidText_IsSaved_WithEveryDiagnosticAndItsPosition()
    {
        var library = LibraryHost.Library(await _files.StartAsync());
        var draft = await library.CreateDraftAsync("test.library", 1, "lan");
        var broken = LibraryHost.Definition.Replace("\"role\": \"office\" },", "\"role\": \"nobody\" },", StringComparison.Ordinal);

        var saved = await library.SaveDraftAsync("test.library", draft.Draft.Revision, broken, "lan");

        var unknownRole = Assert.Single(saved.Diagnostics, d => d.IsError);
        Assert.Equal(("CE3003", "/phases/0/steps/0/role", 8), (unknownRole.Code, unknownRole.Path, unknownRole.Line));
        Assert.False(saved.IsValid);
        Assert.Equal(broken, (await library.GetDraftAsync("test.library")).Json);
        Assert.Equal(saved.Diagnostics, await library.ValidateDraftAsync("test.library"));
    }

    [Fact]
    public async Task SaveDraft_NamingAnotherId_GetsCE8508AtTheId()
    {
        var library = LibraryHost.Library(await _files.StartAsync());
        var draft = await library.CreateDraftAsync("test.library", 1, "lan");

        var saved = await library.SaveDraftAsync("test.library", draft.Draft.Revision, LibraryHost.Definition.Replace("\"test.library\"", "\"test.other\"", StringComparison.Ordinal), "lan");

        var mismatch = Assert.Single(saved.Diagnostics, d => d.Code == DefinitionStoreCodes.DraftIdMismatch);
        Assert.Equal(("/id", 3, 9), (mismatch.Path, mismatch.Line, mismatch.Column));
    }

    [Fact]
    public async Task Publish_TakesTheNextVersion_AndTheEngineStartsAnInstanceOnIt()
    {
        var services = await _files.StartAsync();
        var library = LibraryHost.Library(services);
        var draft = await library.CreateDraftAsync("test.library", 1, "lan");
        var edited = LibraryHost.Definition.Replace("\"id\": \"close\"", "\"id\": \"wrap-up\"", StringComparison.Ordinal);
        var saved = await library.SaveDraftAsync("test.library", draft.Draft.Revision, edited, "lan");

        var published = await library.PublishAsync("test.library", saved.Draft.Revision, "chu-tich");
        var instance = await LibraryHost.Engine(services).StartAsync("test.library", 2, startedBy: "van-phong");
        await LibraryHost.Engine(services).CompleteStepAsync(instance.Id, "review", new StepCompletion("van-phong"));

        Assert.Equal((2, DefinitionVersionState.Published, "chu-tich"), (published.Version, published.State, published.PublishedBy));
        Assert.Equal(edited.Replace("\"version\": 1", "\"version\": 2", StringComparison.Ordinal), (await library.ExportAsync("test.library", 2)).Json);
        Assert.Equal("test.library.v2.json", (await library.ExportAsync("test.library", 2)).FileName);
        Assert.Null((await library.FindAsync("test.library"))!.Draft);
        Assert.Equal("wrap-up", Assert.Single(await LibraryHost.Store(services).ListBookmarksAsync(instance.Id)).StepId);
    }

    [Fact]
    public async Task Publish_InvalidDraft_IsRefusedWithItsDiagnostics_AndNothingChanges()
    {
        var library = LibraryHost.Library(await _files.StartAsync());
        var draft = await library.CreateDraftAsync("test.library", 1, "lan");
        var saved = await library.SaveDraftAsync("test.library", draft.Draft.Revision, LibraryHost.Definition.Replace("\"type\": \"task\"", "\"type\": \"nonsense\"", StringComparison.Ordinal), "lan");

        var error = await Assert.ThrowsAsync<DefinitionStoreException>(() => library.PublishAsync("test.library", saved.Draft.Revision, "lan"));

        Assert.Equal(DefinitionStoreCodes.PublishRefused, error.Code);
        Assert.Equal(["CE3001", "CE3001"], error.Diagnostics.Where(d => d.IsError).Select(d => d.Code));
        Assert.Equal([8, 9], error.Diagnostics.Where(d => d.IsError).Select(d => d.Line));
        var summary = (await library.FindAsync("test.library"))!;
        Assert.Equal([1], summary.Versions.Select(v => v.Version));
        Assert.Equal(saved.Draft, summary.Draft);
    }

    [Fact]
    public async Task Publish_AStaleRevision_IsAConflict_AndTheDraftStays()
    {
        var library = LibraryHost.Library(await _files.StartAsync());
        var draft = await library.CreateDraftAsync("test.library", 1, "lan");
        var saved = await library.SaveDraftAsync("test.library", draft.Draft.Revision, LibraryHost.Definition, "minh");

        var error = await Assert.ThrowsAsync<DefinitionStoreException>(() => library.PublishAsync("test.library", draft.Draft.Revision, "lan"));

        Assert.Equal((DefinitionStoreCodes.DraftRevisionConflict, saved.Draft.Revision), (error.Code, error.CurrentRevision!.Value));
        Assert.Equal(saved.Draft, (await library.GetDraftAsync("test.library")).Draft);
    }

    [Fact]
    public async Task Retire_RefusesNewStarts_WhileARunningInstanceGoesOn()
    {
        var services = await _files.StartAsync();
        var engine = LibraryHost.Engine(services);
        var running = await engine.StartAsync("test.library", 1);

        var retired = await LibraryHost.Library(services).RetireAsync("test.library", 1, "chu-tich");
        var refused = await Assert.ThrowsAsync<InstanceCommandException>(() => engine.StartAsync("test.library", 1));
        await engine.CompleteStepAsync(running.Id, "review", new StepCompletion("van-phong"));

        Assert.Equal(DefinitionVersionState.Retired, retired.State);
        Assert.Equal(RuntimeCodes.DefinitionRetired, refused.Code);
        Assert.Equal("close", Assert.Single(await LibraryHost.Store(services).ListBookmarksAsync(running.Id)).StepId);

        // Another host on the same file (a restart, or the command line) refuses too.
        var restarted = await _files.StartAsync();
        var again = await Assert.ThrowsAsync<InstanceCommandException>(() => LibraryHost.Engine(restarted).StartAsync("test.library", 1));
        Assert.Equal(RuntimeCodes.DefinitionRetired, again.Code);
    }

    [Fact]
    public async Task Import_TextThatIsNotJson_IsRefusedWithPositionedDiagnostics_AndNothingStored()
    {
        var library = LibraryHost.Library(await _files.StartAsync());

        var error = await Assert.ThrowsAsync<DefinitionStoreException>(() => library.ImportAsync("{\n  \"id\": \"test.new\",\n  \"version\": 1,,\n}", "lan"));

        Assert.Equal(DefinitionStoreCodes.ImportInvalid, error.Code);
        var malformed = Assert.Single(error.Diagnostics);
        Assert.Equal((DiagnosticCodes.MalformedJson.Code, 3), (malformed.Code, malformed.Line));
        Assert.True(malformed.Column > 1);
        Assert.Null(await library.FindAsync("test.new"));
    }

    [Fact]
    public async Task Import_ANewDefinition_MakesADraft_ThatPublishesAsVersion1()
    {
        var library = LibraryHost.Library(await _files.StartAsync());
        var json = LibraryHost.Definition.Replace("\"test.library\"", "\"test.new\"", StringComparison.Ordinal).Replace("\"version\": 1", "\"version\": 7", StringComparison.Ordinal);

        var imported = await library.ImportAsync(json, "lan");
        var published = await library.PublishAsync("test.new", imported.Draft.Revision, "lan");

        Assert.True(imported.IsValid);
        Assert.Equal(("import", 1), (imported.Draft.Origin!, published.Version));
        Assert.Contains("\"version\": 1", await library.GetJsonAsync("test.new", 1), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishedVersions_SurviveARestart()
    {
        var first = LibraryHost.Library(await _files.StartAsync());
        var draft = await first.CreateDraftAsync("test.library", 1, "lan");
        await first.PublishAsync("test.library", draft.Draft.Revision, "lan");
        await first.CreateDraftAsync("test.library", 2, "minh");

        var services = await _files.StartAsync();
        var summary = (await LibraryHost.Library(services).FindAsync("test.library"))!;

        Assert.Equal([1, 2], summary.Versions.Select(v => v.Version));
        Assert.Equal(("minh", 2), (summary.Draft!.SavedBy, summary.Draft.BasedOnVersion!.Value));
        Assert.NotNull(services.GetRequiredService<IDefinitionCatalog>().Find("test.library", 2));
        Assert.Equal([1, 2], services.GetRequiredService<IDefinitionCatalog>().Versions("test.library"));
    }

    [Fact]
    public async Task CompareAndOverlayChanges_ReadTheStoredVersions()
    {
        var library = LibraryHost.Library(await _files.StartAsync());
        var draft = await library.CreateDraftAsync("test.library", 1, "lan");
        await library.SaveDraftAsync("test.library", draft.Draft.Revision, LibraryHost.Definition.Replace("\"Review\"", "\"Review it\"", StringComparison.Ordinal), "lan");

        var toDraft = await library.CompareAsync(new DefinitionReference { Id = "test.library", Version = 1 }, new DefinitionReference { Id = "test.library", Version = 0 });
        var province = await library.OverlayChangesAsync("test.library.province", 1);

        var change = Assert.Single(toDraft);
        Assert.Equal((ChangeArea.Step, "review", "title"), (change.Area, change.Id, change.Field));
        Assert.Contains(province.Changes, c => c is { Area: ChangeArea.Step, Kind: ChangeKind.Added, Id: "translate", Patch: 0 });
    }

    public void Dispose() => _files.Dispose();
}
