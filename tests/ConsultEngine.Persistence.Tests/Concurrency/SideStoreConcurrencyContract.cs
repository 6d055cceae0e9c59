using ConsultEngine.Abstractions;
using ConsultEngine.Persistence.Codebooks;
using ConsultEngine.Persistence.Providers;
using ConsultEngine.Persistence.Registers;
using ConsultEngine.Persistence.Reports;
using ConsultEngine.Persistence.Tests.Support;

namespace ConsultEngine.Persistence.Tests.Concurrency;

/// <summary>
/// Changes that read, check and then write, sent at once through two stores on one database (two
/// processes, or two nodes): each must see what the other committed, as if they had queued. On
/// PostgreSQL this is what the stores' advisory write lock buys; without it every test here loses a
/// write or fails on a key.
/// </summary>
public abstract class SideStoreConcurrencyContract(DatabaseProvider provider) : OnProviderDatabase(provider)
{
    private const int Writers = 8;
    private static readonly Guid Instance = Guid.Parse("0190a000-0000-7000-8000-0000000000f1");
    [SkippableFact]
    public async Task RecommendationsNumberedAtOnceFromTwoStores_AllGetDistinctConsecutiveIds()
    {
        await using var a = await SqliteRegisterStore.OpenAsync(Database.Selection);
        await using var b = await SqliteRegisterStore.OpenAsync(Database.Selection);

        var created = await Task.WhenAll(Enumerable.Range(0, Writers).Select(i => Task.Run(() =>
            (i % 2 == 0 ? a : b).CreateRecommendationAsync(Instance, null, new RecommendationDraft($"Kiến nghị {i}", null, Evidence.None), "wg"))));

        Assert.Equal(Enumerable.Range(1, Writers).Select(n => $"KN-{n:00}"), created.Select(r => r.Id).Order(StringComparer.Ordinal));
        Assert.Equal(Writers, (await a.RecommendationsAsync(Instance)).Count);
    }

    [SkippableFact]
    public async Task ADecisionMovedAtOnceFromTwoStoresAtOneRevision_OneWinsTheOtherGetsCE8709()
    {
        await using var a = await SqliteRegisterStore.OpenAsync(Database.Selection);
        await using var b = await SqliteRegisterStore.OpenAsync(Database.Selection);
        await a.CreateDecisionAsync(Instance, new DecisionDraft(DecisionKind.Monitor, "Theo dõi", []), "committee");

        var outcomes = await Task.WhenAll(
            Outcome(Task.Run(() => a.ChangeDecisionStatusAsync(Instance, "QD-01", new DecisionStatusChange(DecisionStatus.Accepted) { ExpectedRevision = 1 }, "lan"))),
            Outcome(Task.Run(() => b.ChangeDecisionStatusAsync(Instance, "QD-01", new DecisionStatusChange(DecisionStatus.Rejected) { ExpectedRevision = 1 }, "minh"))));

        Assert.Equal(1, outcomes.Count(o => o is null));
        Assert.Equal(RegisterCodes.RevisionConflict, Assert.Single(outcomes, o => o is not null));
        var stored = (await b.FindDecisionAsync(Instance, "QD-01"))!;
        Assert.Equal((2L, 2), (stored.Revision, stored.History.Count));
    }

    [SkippableFact]
    public async Task ReportVersionsGeneratedAtOnceFromTwoStores_AreNumberedOnce_AndOnlyTheLastIsADraft()
    {
        await using var a = await SqliteReportVersionStore.OpenAsync(Database.Selection);
        await using var b = await SqliteReportVersionStore.OpenAsync(Database.Selection);
        var version = new NewReportVersion("report", "vi", "{}", "{}", ["intro"], [0x50, 0x4B], "<html></html>"u8.ToArray());

        await Task.WhenAll(Enumerable.Range(0, Writers).Select(i => Task.Run(() => (i % 2 == 0 ? a : b).AddAsync(Instance, version, "officer"))));

        var stored = await a.ListAsync(Instance);
        Assert.Equal(Enumerable.Range(1, Writers), stored.Select(v => v.Number));
        Assert.Equal(Writers, stored.Single(v => v.Status == ReportVersionStatus.Draft).Number);
    }

    [SkippableFact]
    public async Task OneThemeAddedAtOnceFromTwoStores_IsStoredOnce_AndTheOtherGetsCE8752()
    {
        await using var a = await SqliteCodebookStore.OpenAsync(Database.Selection);
        await using var b = await SqliteCodebookStore.OpenAsync(Database.Selection);
        var theme = new CodebookTheme("fees", new LocalText("Phí", "Fees"));

        var outcomes = await Task.WhenAll(Enumerable.Range(0, Writers).Select(i => Outcome(Task.Run(() => (i % 2 == 0 ? a : b).AddThemeAsync(Instance, theme, "officer")))));

        Assert.Equal(1, outcomes.Count(o => o is null));
        Assert.All(outcomes.Where(o => o is not null), o => Assert.Equal(CodebookCodes.ThemeExists, o));
        Assert.Single(await b.ThemesAsync(Instance));
    }

    /// <summary>Null when <paramref name="task"/> succeeded, else the code it was refused with (any other failure fails the test).</summary>
    private static async Task<string?> Outcome(Task task)
    {
        try
        {
            await task;
            return null;
        }
        catch (ConsultEngineException error)
        {
            return error.Code;
        }
    }
}

/// <summary>The concurrent changes on a SQLite file (<c>BEGIN IMMEDIATE</c> queues them).</summary>
public sealed class SqliteSideStoreConcurrencyTests() : SideStoreConcurrencyContract(DatabaseProvider.Sqlite);

/// <summary>The concurrent changes on PostgreSQL (the per-store advisory lock queues them).</summary>
public sealed class PostgreSqlSideStoreConcurrencyTests() : SideStoreConcurrencyContract(DatabaseProvider.PostgreSql);
