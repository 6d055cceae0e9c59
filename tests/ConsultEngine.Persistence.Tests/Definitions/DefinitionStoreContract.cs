using ConsultEngine.Persistence.Definitions;
using Microsoft.Extensions.Time.Testing;

namespace ConsultEngine.Persistence.Tests.Definitions;

/// <summary>What every definition store promises: one draft per id, revisions checked, publishing as the next version, immutable published versions, idempotent seeding.</summary>
public abstract class DefinitionStoreContract
{
    internal const string V1 = """
        {
          "schemaVersion": 1,
          "id": "hdnd.test",
          "version": 1,
          "title": { "vi": "Quy trình thử", "en": "Test process" },
          "phases": []
        }
        """;

    internal static readonly DefinitionHeader Header = new(DefinitionKind.Definition, TitleVi: "Quy trình thử", TitleEn: "Test process");

    protected FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.Zero));

    protected abstract Task<IDefinitionStore> StoreAsync();

    [SkippableFact]
    public async Task CreateDraft_StartsAtRevisionOne_WithWhoAndWhen()
    {
        var store = await StoreAsync();

        var draft = await store.CreateDraftAsync("hdnd.test", V1, Header, null, "import", "lan");

        Assert.Equal((DefinitionVersionState.Draft, StoredDefinitionVersion.DraftVersion, 1L), (draft.State, draft.Version, draft.Revision));
        Assert.Equal(("lan", Clock.GetUtcNow()), (draft.SavedBy, draft.SavedAt));
        Assert.Equal(V1, (await store.FindAsync("hdnd.test", StoredDefinitionVersion.DraftVersion))!.Json);
    }

    [SkippableFact]
    public async Task CreateDraft_WhenTheIdHasOne_IsRefusedWithCE8502()
    {
        var store = await StoreAsync();
        await store.CreateDraftAsync("hdnd.test", V1, Header, null, "import", "lan");

        var error = await Assert.ThrowsAsync<DefinitionStoreException>(() => store.CreateDraftAsync("hdnd.test", "{}", Header, null, "import", "minh"));

        Assert.Equal(DefinitionStoreCodes.DraftExists, error.Code);
        Assert.Equal(V1, (await store.FindAsync("hdnd.test", StoredDefinitionVersion.DraftVersion))!.Json);
    }

    [SkippableFact]
    public async Task SaveDraft_AtTheCurrentRevision_StoresTheTextExactly_AndRaisesTheRevision()
    {
        var store = await StoreAsync();
        await store.CreateDraftAsync("hdnd.test", V1, Header, null, "import", "lan");
        Clock.Advance(TimeSpan.FromMinutes(1));

        // Half-typed text is kept as it is: an autosave never loses an edit.
        var saved = await store.SaveDraftAsync("hdnd.test", 1, "{ \"id\": \"hdnd.test\", \"title\": ", null, "minh");

        Assert.Equal(2, saved.Revision);
        Assert.Equal(("minh", Clock.GetUtcNow(), "lan"), (saved.SavedBy, saved.SavedAt, saved.CreatedBy));
        Assert.Equal(Header, saved.Header);
        Assert.Equal("{ \"id\": \"hdnd.test\", \"title\": ", (await store.FindAsync("hdnd.test", 0))!.Json);
    }

    [SkippableFact]
    public async Task SaveDraft_WithAStaleRevision_IsRefusedWithCE8501_AndTheOtherEditStays()
    {
        var store = await StoreAsync();
        await store.CreateDraftAsync("hdnd.test", V1, Header, null, "import", "lan");
        await store.SaveDraftAsync("hdnd.test", 1, V1.Replace("Test process", "Lan's edit", StringComparison.Ordinal), Header, "lan");

        var error = await Assert.ThrowsAsync<DefinitionStoreException>(() => store.SaveDraftAsync("hdnd.test", 1, "minh's edit", Header, "minh"));

        Assert.Equal(DefinitionStoreCodes.DraftRevisionConflict, error.Code);
        Assert.Equal(2, error.CurrentRevision);
        var stored = await store.FindAsync("hdnd.test", 0);
        Assert.Equal((2L, "lan"), (stored!.Revision, stored.SavedBy));
        Assert.Contains("Lan's edit", stored.Json, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task SaveDraft_WithoutADraft_IsRefusedWithCE8503()
    {
        var store = await StoreAsync();

        var error = await Assert.ThrowsAsync<DefinitionStoreException>(() => store.SaveDraftAsync("hdnd.test", 1, V1, Header, "lan"));

        Assert.Equal(DefinitionStoreCodes.DraftNotFound, error.Code);
    }

    [SkippableFact]
    public async Task Publish_TakesTheNextVersion_WritesItIntoTheText_AndEndsTheDraft()
    {
        var store = await StoreAsync();
        await store.SeedAsync("hdnd.test", 1, V1, Header, "seed:test.json");
        await store.CreateDraftAsync("hdnd.test", V1, Header, 1, "designer", "lan");
        Clock.Advance(TimeSpan.FromHours(1));

        var published = await store.PublishDraftAsync("hdnd.test", 1, "chu-tich");

        Assert.Equal((2, DefinitionVersionState.Published, "chu-tich", Clock.GetUtcNow()), (published.Version, published.State, published.PublishedBy, published.PublishedAt));
        Assert.Equal(V1.Replace("\"version\": 1", "\"version\": 2", StringComparison.Ordinal), (await store.FindAsync("hdnd.test", 2))!.Json);
        Assert.Null(await store.FindAsync("hdnd.test", 0));
        Assert.Equal(V1, (await store.FindAsync("hdnd.test", 1))!.Json);
    }

    [SkippableFact]
    public async Task Publish_AfterARetiredVersion_StillCountsIt()
    {
        var store = await StoreAsync();
        await store.SeedAsync("hdnd.test", 3, V1, Header, "seed:test.json");
        await store.RetireAsync("hdnd.test", 3, "lan");
        await store.CreateDraftAsync("hdnd.test", V1, Header, 3, "designer", "lan");

        Assert.Equal(4, (await store.PublishDraftAsync("hdnd.test", 1, "lan")).Version);
    }

    [SkippableFact]
    public async Task Publish_WithAStaleRevision_ChangesNothing()
    {
        var store = await StoreAsync();
        await store.CreateDraftAsync("hdnd.test", V1, Header, null, "import", "lan");
        await store.SaveDraftAsync("hdnd.test", 1, V1, Header, "lan");

        var error = await Assert.ThrowsAsync<DefinitionStoreException>(() => store.PublishDraftAsync("hdnd.test", 1, "minh"));

        Assert.Equal(DefinitionStoreCodes.DraftRevisionConflict, error.Code);
        Assert.Equal([StoredDefinitionVersion.DraftVersion], (await store.ListAsync("hdnd.test")).Select(v => v.Version));
    }

    [SkippableFact]
    public async Task Retire_APublishedVersion_KeepsItReadable_AndCannotBeDoneTwice()
    {
        var store = await StoreAsync();
        await store.SeedAsync("hdnd.test", 1, V1, Header, "seed:test.json");

        var retired = await store.RetireAsync("hdnd.test", 1, "lan");
        var again = await Assert.ThrowsAsync<DefinitionStoreException>(() => store.RetireAsync("hdnd.test", 1, "lan"));
        var missing = await Assert.ThrowsAsync<DefinitionStoreException>(() => store.RetireAsync("hdnd.test", 7, "lan"));

        Assert.Equal((DefinitionVersionState.Retired, "lan"), (retired.State, retired.RetiredBy));
        Assert.Equal(V1, (await store.FindAsync("hdnd.test", 1))!.Json);
        Assert.Equal(DefinitionStoreCodes.NotPublished, again.Code);
        Assert.Equal(DefinitionStoreCodes.VersionNotFound, missing.Code);
    }

    [SkippableFact]
    public async Task Discard_RemovesTheDraft_OnlyAtItsRevision()
    {
        var store = await StoreAsync();
        await store.CreateDraftAsync("hdnd.test", V1, Header, null, "import", "lan");

        var stale = await Assert.ThrowsAsync<DefinitionStoreException>(() => store.DiscardDraftAsync("hdnd.test", 5));
        await store.DiscardDraftAsync("hdnd.test", 1);

        Assert.Equal(DefinitionStoreCodes.DraftRevisionConflict, stale.Code);
        Assert.Empty(await store.ListAsync("hdnd.test"));
    }

    [SkippableFact]
    public async Task Seed_IsIdempotent_AndReportsOtherTextUnderATakenVersion_WithoutOverwriting()
    {
        var store = await StoreAsync();

        var first = await store.SeedAsync("hdnd.test", 1, V1, Header, "seed:test.json");
        var second = await store.SeedAsync("hdnd.test", 1, V1, Header, "seed:test.json");
        var changed = await store.SeedAsync("hdnd.test", 1, V1.Replace("Test process", "Changed", StringComparison.Ordinal), Header, "seed:test.json");

        Assert.Equal((SeedOutcome.Added, SeedOutcome.Unchanged, SeedOutcome.Conflict), (first, second, changed));
        Assert.Equal(V1, (await store.FindAsync("hdnd.test", 1))!.Json);
        Assert.Single(await store.ListAsync());
    }

    [SkippableFact]
    public async Task List_IsOrderedByIdThenVersion_AndLeavesTheTextsOutUnlessAsked()
    {
        var store = await StoreAsync();
        await store.SeedAsync("hdnd.z", 2, V1, Header, "seed:z2");
        await store.SeedAsync("hdnd.z", 1, V1, Header, "seed:z1");
        await store.SeedAsync("hdnd.a", 1, V1, Header, "seed:a1");
        await store.CreateDraftAsync("hdnd.z", V1, Header, 2, "designer", "lan");

        var listed = await store.ListAsync();
        var withJson = await store.ListAsync("hdnd.z", withJson: true);

        Assert.Equal(["hdnd.a@1", "hdnd.z@0", "hdnd.z@1", "hdnd.z@2"], listed.Select(v => $"{v.DefinitionId}@{v.Version}"));
        Assert.All(listed, v => Assert.Empty(v.Json));
        Assert.All(withJson, v => Assert.Equal(V1, v.Json));
        Assert.Equal(3, withJson.Count);
    }
}

public sealed class InMemoryDefinitionStoreContractTests : DefinitionStoreContract
{
    protected override Task<IDefinitionStore> StoreAsync() => Task.FromResult<IDefinitionStore>(new InMemoryDefinitionStore(Clock));
}
