using ConsultEngine.Hosting.Definitions;

namespace ConsultEngine.Hosting.Tests.Library;

/// <summary>Which version a start with no version asks for: the library decides, for every caller.</summary>
public sealed class LatestPublishedTests : IDisposable
{
    private readonly LibraryHost _files = new();

    [Fact]
    public async Task LatestPublished_IsTheHighestPublishedVersion_NotADraftNorARetiredOne()
    {
        var library = LibraryHost.Library(await _files.StartAsync());
        await PublishNextAsync(library);
        var afterPublishing = await library.LatestPublishedAsync("test.library");

        await library.RetireAsync("test.library", 2, "chu-tich");
        await library.CreateDraftAsync("test.library", 1, "lan");
        var afterRetiringWithADraft = await library.LatestPublishedAsync("test.library");

        Assert.Equal((2, 1), (afterPublishing, afterRetiringWithADraft));
    }

    [Fact]
    public async Task LatestPublished_OfAnUnknownDefinition_OrOneWithEveryVersionRetired_IsNull()
    {
        var library = LibraryHost.Library(await _files.StartAsync());
        await library.RetireAsync("test.library", 1, "chu-tich");

        Assert.Null(await library.LatestPublishedAsync("test.nothing"));
        Assert.Null(await library.LatestPublishedAsync("test.library"));
    }

    public void Dispose() => _files.Dispose();

    private static async Task PublishNextAsync(IDefinitionLibrary library)
    {
        var draft = await library.CreateDraftAsync("test.library", 1, "lan");
        var saved = await library.SaveDraftAsync("test.library", draft.Draft.Revision, LibraryHost.Definition.Replace("Xem xét", "Xem xét kỹ", StringComparison.Ordinal), "lan");
        await library.PublishAsync("test.library", saved.Draft.Revision, "lan");
    }
}
