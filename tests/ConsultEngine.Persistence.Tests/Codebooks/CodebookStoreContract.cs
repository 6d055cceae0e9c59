using ConsultEngine.Abstractions;
using ConsultEngine.Persistence.Codebooks;
using ConsultEngine.Persistence.Providers;
using ConsultEngine.Persistence.Tests.Support;

namespace ConsultEngine.Persistence.Tests.Codebooks;

/// <summary>The codebook on a real database (SQLite or PostgreSQL): themes with parents, codings kept with their coder and role, refusals that store nothing.</summary>
public abstract class CodebookStoreContract(DatabaseProvider provider) : OnProviderDatabase(provider)
{
    private static readonly Guid Instance = Guid.Parse("0190a000-0000-7000-8000-0000000000c1");
    private static readonly LocalText Fees = new("Phí", "Fees");
    private SqliteCodebookStore _store = null!;

    private protected override async Task OpenStoresAsync() => _store = await SqliteCodebookStore.OpenAsync(Database.Selection);

    private protected override async Task CloseStoresAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }
    }

    [SkippableFact]
    public async Task Themes_AreKeptWithLabelsDescriptionAndParent_AndSurviveReopeningTheFile()
    {
        await _store.AddThemeAsync(Instance, new CodebookTheme("fees", Fees) { Description = new LocalText("Mức phí", "Fee levels") }, "officer");
        await _store.AddThemeAsync(Instance, new CodebookTheme("parking-fees", new LocalText("Phí gửi xe", " ")) { ParentId = "fees" }, "officer");
        await _store.DisposeAsync();
        _store = await SqliteCodebookStore.OpenAsync(Database.Selection);

        var themes = await _store.ThemesAsync(Instance);

        Assert.Equal(["fees", "parking-fees"], themes.Select(t => t.Id));
        Assert.Equal("Fee levels", themes[0].Description?.En);
        Assert.Equal("fees", themes[1].ParentId);
        Assert.Equal("Phí gửi xe", themes[1].Label.En);
    }

    [SkippableFact]
    public async Task ATakenId_IsRefusedWithCE8752_AndAMissingParentWithCE8756()
    {
        await _store.AddThemeAsync(Instance, new CodebookTheme("fees", Fees), "officer");

        var taken = await Assert.ThrowsAsync<CodebookException>(() => _store.AddThemeAsync(Instance, new CodebookTheme("fees", Fees), "officer"));
        var orphan = await Assert.ThrowsAsync<CodebookException>(() => _store.AddThemeAsync(Instance, new CodebookTheme("x", Fees) { ParentId = "nowhere" }, "officer"));

        Assert.Equal(CodebookCodes.ThemeExists, taken.Code);
        Assert.Equal(CodebookCodes.ParentInvalid, orphan.Code);
        Assert.Single(await _store.ThemesAsync(Instance));
    }

    [SkippableFact]
    public async Task PuttingAThemeUnderItsOwnChild_IsRefusedWithCE8756()
    {
        await _store.AddThemeAsync(Instance, new CodebookTheme("fees", Fees), "officer");
        await _store.AddThemeAsync(Instance, new CodebookTheme("parking", Fees) { ParentId = "fees" }, "officer");

        var cycle = await Assert.ThrowsAsync<CodebookException>(() => _store.UpdateThemeAsync(Instance, new CodebookTheme("fees", Fees) { ParentId = "parking" }, "officer"));

        Assert.Equal(CodebookCodes.ParentInvalid, cycle.Code);
        Assert.Null((await _store.ThemesAsync(Instance))[0].ParentId);
    }

    [SkippableFact]
    public async Task AnUpdatedTheme_KeepsItsNewLabelAndParent_InTheDatabase()
    {
        await _store.AddThemeAsync(Instance, new CodebookTheme("fees", Fees), "officer");
        await _store.AddThemeAsync(Instance, new CodebookTheme("parking", Fees), "officer");

        await _store.UpdateThemeAsync(Instance, new CodebookTheme("parking", new LocalText("Phí gửi xe", "Parking fees")) { ParentId = "fees" }, "editor");
        await _store.DisposeAsync();
        _store = await SqliteCodebookStore.OpenAsync(Database.Selection);

        var parking = (await _store.ThemesAsync(Instance))[1];
        Assert.Equal(("Phí gửi xe", "fees"), (parking.Label.Vi, parking.ParentId));
    }

    [SkippableFact]
    public async Task ThemeIds_AreListedByCodePoint_OnEveryProvider()
    {
        foreach (var id in new[] { "b", "Z", "a", "A" })
        {
            await _store.AddThemeAsync(Instance, new CodebookTheme(id, Fees), "officer");
        }

        Assert.Equal(["A", "Z", "a", "b"], (await _store.ThemesAsync(Instance)).Select(t => t.Id));
    }

    [SkippableFact]
    public async Task ACoding_RecordsItsCoderRoleAndTime_AndTheLatestIsInForce()
    {
        await _store.AddThemeAsync(Instance, new CodebookTheme("fees", Fees), "officer");
        await _store.AddThemeAsync(Instance, new CodebookTheme("parking", Fees), "officer");
        await _store.CodeAsync(Instance, "op-1", ["fees"], CodingRole.Primary, "lan");
        await _store.CodeAsync(Instance, "op-1", ["parking", "fees", "fees"], CodingRole.Primary, "lan");

        var coding = Assert.Single(await _store.CodingsAsync(Instance, CodingRole.Primary));

        Assert.Equal(["fees", "parking"], coding.ThemeIds);
        Assert.Equal("lan", coding.Coder);
        Assert.NotEqual(default, coding.CodedAt);
        Assert.Equal(2, (await _store.CodingHistoryAsync(Instance, "op-1")).Count);
        Assert.Empty(await _store.CodingsAsync(Instance, CodingRole.Second));
    }

    [SkippableFact]
    public async Task CodingToAThemeNotInTheCodebook_IsRefusedWithCE8751_AndNothingIsStored()
    {
        var refused = await Assert.ThrowsAsync<CodebookException>(() => _store.CodeAsync(Instance, "op-1", ["nowhere"], CodingRole.Primary, "lan"));

        Assert.Equal(CodebookCodes.ThemeNotFound, refused.Code);
        Assert.Empty(await _store.CodingHistoryAsync(Instance, "op-1"));
    }

    [SkippableFact]
    public async Task ASecondCoding_IsOnlyOfTheSample_AndNeverByThePrimaryCoder()
    {
        await _store.AddThemeAsync(Instance, new CodebookTheme("fees", Fees), "officer");
        await _store.CodeAsync(Instance, "op-1", ["fees"], CodingRole.Primary, "lan");
        await _store.CodeAsync(Instance, "op-2", ["fees"], CodingRole.Primary, "lan");
        await _store.ReplaceSampleAsync(Instance, ["op-1"], 7, "officer");

        var outside = await Assert.ThrowsAsync<CodebookException>(() => _store.CodeAsync(Instance, "op-2", [], CodingRole.Second, "minh"));
        var self = await Assert.ThrowsAsync<CodebookException>(() => _store.CodeAsync(Instance, "op-1", [], CodingRole.Second, "LAN"));
        await _store.CodeAsync(Instance, "op-1", [], CodingRole.Second, "minh");

        Assert.Equal(CodebookCodes.NotInSample, outside.Code);
        Assert.Equal(CodebookCodes.SecondCoderIsPrimary, self.Code);
        var second = Assert.Single(await _store.CodingsAsync(Instance, CodingRole.Second));
        Assert.Equal(("op-1", "minh"), (second.OpinionId, second.Coder));
        Assert.Empty(second.ThemeIds);
    }

    [SkippableFact]
    public async Task AThemeInForceOnACoding_IsNotRemoved_CE8754_ButAnUnusedOneIs()
    {
        await _store.AddThemeAsync(Instance, new CodebookTheme("fees", Fees), "officer");
        await _store.AddThemeAsync(Instance, new CodebookTheme("unused", Fees), "officer");
        await _store.CodeAsync(Instance, "op-1", ["fees"], CodingRole.Primary, "lan");

        var inUse = await Assert.ThrowsAsync<CodebookException>(() => _store.DeleteThemeAsync(Instance, "fees"));
        await _store.DeleteThemeAsync(Instance, "unused");

        Assert.Equal(CodebookCodes.ThemeInUse, inUse.Code);
        Assert.Equal(["fees"], (await _store.ThemesAsync(Instance)).Select(t => t.Id));
    }

    [SkippableFact]
    public async Task Import_AddsOnlyTheThemesTheCodebookDoesNotHave()
    {
        await _store.AddThemeAsync(Instance, new CodebookTheme("fees", Fees), "officer");

        var added = await _store.ImportThemesAsync(Instance, [new CodebookTheme("fees", new LocalText("Khác", "Other")), new CodebookTheme("safety", new LocalText("An toàn", "Safety")) { ImportedFrom = "run-focus-groups" }], "officer");

        Assert.Equal(["safety"], added.Select(t => t.Id));
        var themes = await _store.ThemesAsync(Instance);
        Assert.Equal("Phí", themes[0].Label.Vi);
        Assert.Equal("run-focus-groups", themes[1].ImportedFrom);
    }

    [SkippableFact]
    public async Task DrawingASampleAgain_ReplacesIt_InTheOrderDrawn()
    {
        await _store.ReplaceSampleAsync(Instance, ["a", "b"], 1, "officer");
        await _store.ReplaceSampleAsync(Instance, ["c", "a"], 2, "chair");

        var sample = await _store.SampleAsync(Instance);

        Assert.NotNull(sample);
        Assert.Equal(["c", "a"], sample.OpinionIds);
        Assert.Equal((2, "chair"), (sample.Seed, sample.DrawnBy));
    }
}

/// <summary>The contract on a SQLite file.</summary>
public sealed class SqliteCodebookStoreTests() : CodebookStoreContract(DatabaseProvider.Sqlite);

/// <summary>The contract on a PostgreSQL database of its own.</summary>
public sealed class PostgreSqlCodebookStoreTests() : CodebookStoreContract(DatabaseProvider.PostgreSql);
