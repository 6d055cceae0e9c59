using ConsultEngine.Persistence.Registers;
using ConsultEngine.Persistence.Providers;
using ConsultEngine.Persistence.Tests.Support;

namespace ConsultEngine.Persistence.Tests.Registers;

/// <summary>The registers on a real database (SQLite or PostgreSQL): refusals store nothing, history is kept, statuses move only as the rules say.</summary>
public abstract class RegisterStoreContract(DatabaseProvider provider) : OnProviderDatabase(provider)
{
    private static readonly Guid Instance = Guid.Parse("0190a000-0000-7000-8000-000000000001");
    private SqliteRegisterStore _store = null!;

    private protected override async Task OpenStoresAsync() => _store = await SqliteRegisterStore.OpenAsync(Database.Selection);

    private protected override async Task CloseStoresAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }
    }

    [SkippableFact]
    public async Task NotTakenUp_WithoutExplanation_IsRefusedWithCE8701_AndNothingIsStored()
    {
        var refused = await Assert.ThrowsAsync<RegisterException>(() =>
            _store.RecordDispositionsAsync(Instance, ["a", "b"], new DispositionEntry(DispositionKind.NotTakenUp, "  "), "officer"));

        Assert.Equal(RegisterCodes.ExplanationRequired, refused.Code);
        Assert.Empty(await _store.CurrentDispositionsAsync(Instance));
    }

    [SkippableFact]
    public async Task AGroupDisposition_RecordsEveryMember_WithTheGroupAndWhoAndWhen()
    {
        var recorded = await _store.RecordDispositionsAsync(Instance, ["a", "b", "a"], new DispositionEntry(DispositionKind.TakenUp, null) { GroupId = "NH-01" }, "officer");

        Assert.Equal(["a", "b"], recorded.Select(d => d.OpinionId));
        Assert.All(await _store.CurrentDispositionsAsync(Instance), d =>
        {
            Assert.Equal("NH-01", d.Entry.GroupId);
            Assert.Equal("officer", d.RecordedBy);
            Assert.NotEqual(default, d.RecordedAt);
        });
    }

    [SkippableFact]
    public async Task ReDispositioning_KeepsTheHistory_AndTheLatestIsInForce()
    {
        await _store.RecordDispositionsAsync(Instance, ["a"], new DispositionEntry(DispositionKind.TakenUp, null), "first");
        await _store.RecordDispositionsAsync(Instance, ["a"], new DispositionEntry(DispositionKind.NotTakenUp, "Trái luật hiện hành."), "second");

        var current = Assert.Single(await _store.CurrentDispositionsAsync(Instance));
        Assert.Equal(DispositionKind.NotTakenUp, current.Kind);
        Assert.Equal([DispositionKind.TakenUp, DispositionKind.NotTakenUp], (await _store.DispositionHistoryAsync(Instance, "a")).Select(d => d.Kind));
    }

    [SkippableFact]
    public async Task ADispositionLinkedToAMissingRecommendation_IsRefusedWithCE8703()
    {
        var refused = await Assert.ThrowsAsync<RegisterException>(() =>
            _store.RecordDispositionsAsync(Instance, ["a"], new DispositionEntry(DispositionKind.TakenUp, null) { RecommendationId = "KN-09" }, "officer"));

        Assert.Equal(RegisterCodes.RecommendationNotFound, refused.Code);
        Assert.Empty(await _store.CurrentDispositionsAsync(Instance));
    }

    [SkippableFact]
    public async Task Recommendations_AreNumbered_ATakenIdIsRefused_AndAStaleRevisionIsRefused()
    {
        var first = await _store.CreateRecommendationAsync(Instance, null, Draft("Giảm phí"), "wg");
        var second = await _store.CreateRecommendationAsync(Instance, null, Draft("Công khai phí"), "wg");
        Assert.Equal(("KN-01", "KN-02"), (first.Id, second.Id));

        Assert.Equal(RegisterCodes.IdTaken, (await Assert.ThrowsAsync<RegisterException>(() => _store.CreateRecommendationAsync(Instance, "KN-01", Draft("x"), "wg"))).Code);

        var updated = await _store.UpdateRecommendationAsync(Instance, "KN-01", 1, Draft("Giảm phí gửi xe"), "wg");
        Assert.Equal(2, updated.Revision);
        Assert.Equal(RegisterCodes.RevisionConflict, (await Assert.ThrowsAsync<RegisterException>(() => _store.UpdateRecommendationAsync(Instance, "KN-01", 1, Draft("y"), "wg"))).Code);
        Assert.Equal("Giảm phí gửi xe", (await _store.FindRecommendationAsync(Instance, "KN-01"))!.Text);
    }

    [SkippableFact]
    public async Task ARecommendationWithAResponse_CannotBeDeleted_OneWithoutCan()
    {
        await _store.CreateRecommendationAsync(Instance, null, Draft("a"), "wg");
        await _store.CreateRecommendationAsync(Instance, null, Draft("b"), "wg");
        await _store.AddResponseAsync(Instance, "KN-01", ResponseKind.PartlyAccepted, "Sở Y tế tiếp thu một phần.", "Sở Y tế", "office");

        Assert.Equal(RegisterCodes.RecommendationInUse, (await Assert.ThrowsAsync<RegisterException>(() => _store.DeleteRecommendationAsync(Instance, "KN-01"))).Code);
        await _store.DeleteRecommendationAsync(Instance, "KN-02");
        Assert.Equal(["KN-01"], (await _store.RecommendationsAsync(Instance)).Select(r => r.Id));
    }

    [SkippableFact]
    public async Task ADecision_MovesToAdopted_WithItsResolution_AndKeepsEveryStatus()
    {
        await _store.CreateRecommendationAsync(Instance, null, Draft("a"), "wg");
        var decision = await _store.CreateDecisionAsync(Instance, new DecisionDraft(DecisionKind.Amend, "Sửa Nghị quyết 12", ["KN-01"]), "committee");
        Assert.Equal(("QD-01", DecisionStatus.Proposed), (decision.Id, decision.Status));

        await _store.ChangeDecisionStatusAsync(Instance, "QD-01", new DecisionStatusChange(DecisionStatus.Accepted), "committee");
        await _store.ChangeDecisionStatusAsync(Instance, "QD-01", new DecisionStatusChange(DecisionStatus.InDrafting), "office");
        var adopted = await _store.ChangeDecisionStatusAsync(Instance, "QD-01",
            new DecisionStatusChange(DecisionStatus.Adopted) { ResolutionNumber = "15/2027/NQ-HĐND", ResolutionDate = new DateOnly(2027, 3, 10) }, "office");

        Assert.Equal(DecisionStatus.Adopted, adopted.Status);
        Assert.Equal("15/2027/NQ-HĐND", adopted.ResolutionNumber);
        Assert.Equal([DecisionStatus.Proposed, DecisionStatus.Accepted, DecisionStatus.InDrafting, DecisionStatus.Adopted], adopted.History.Select(h => h.Status));
        Assert.Equal(4, adopted.Revision);
    }

    [SkippableTheory]
    [InlineData(DecisionStatus.Adopted)]
    [InlineData(DecisionStatus.InDrafting)]
    public async Task AMoveThatSkipsAStep_IsRefusedWithCE8707_AndTheStatusStays(DecisionStatus target)
    {
        await _store.CreateDecisionAsync(Instance, new DecisionDraft(DecisionKind.Monitor, "Theo dõi", []), "committee");

        var refused = await Assert.ThrowsAsync<RegisterException>(() => _store.ChangeDecisionStatusAsync(Instance, "QD-01",
            new DecisionStatusChange(target) { ResolutionNumber = "1/NQ", ResolutionDate = new DateOnly(2027, 1, 1) }, "office"));

        Assert.Equal(RegisterCodes.TransitionRefused, refused.Code);
        var stored = (await _store.FindDecisionAsync(Instance, "QD-01"))!;
        Assert.Equal(DecisionStatus.Proposed, stored.Status);
        Assert.Single(stored.History);
    }

    [SkippableFact]
    public async Task ARejectedDecision_MovesNoMore_AndAnAdoptionWithoutResolutionIsRefusedWithCE8708()
    {
        await _store.CreateDecisionAsync(Instance, new DecisionDraft(DecisionKind.Repeal, "Bãi bỏ", []), "committee");
        Assert.Equal(RegisterCodes.ResolutionRequired, (await Assert.ThrowsAsync<RegisterException>(() =>
            _store.ChangeDecisionStatusAsync(Instance, "QD-01", new DecisionStatusChange(DecisionStatus.Adopted), "office"))).Code);

        await _store.ChangeDecisionStatusAsync(Instance, "QD-01", new DecisionStatusChange(DecisionStatus.Rejected), "committee");
        Assert.Equal(RegisterCodes.TransitionRefused, (await Assert.ThrowsAsync<RegisterException>(() =>
            _store.ChangeDecisionStatusAsync(Instance, "QD-01", new DecisionStatusChange(DecisionStatus.Accepted), "committee"))).Code);
    }

    [SkippableFact]
    public async Task ADecisionNamingAMissingRecommendation_IsRefusedWithCE8703()
    {
        var refused = await Assert.ThrowsAsync<RegisterException>(() => _store.CreateDecisionAsync(Instance, new DecisionDraft(DecisionKind.NewPolicy, "Mới", ["KN-07"]), "committee"));

        Assert.Equal(RegisterCodes.RecommendationNotFound, refused.Code);
        Assert.Empty(await _store.DecisionsAsync(Instance));
    }

    [SkippableFact]
    public async Task TheRegisters_OutliveTheStore_AndAreKeptPerConsultation()
    {
        await _store.CreateRecommendationAsync(Instance, null, Draft("a"), "wg");
        await _store.DisposeAsync();
        _store = await SqliteRegisterStore.OpenAsync(Database.Selection);

        Assert.Single(await _store.RecommendationsAsync(Instance));
        Assert.Empty(await _store.RecommendationsAsync(Guid.NewGuid()));
    }

    private static RecommendationDraft Draft(string text) => new(text, "UBND tỉnh", Evidence.None);
}

/// <summary>The contract on a SQLite file.</summary>
public sealed class SqliteRegisterStoreTests() : RegisterStoreContract(DatabaseProvider.Sqlite);

/// <summary>The contract on a PostgreSQL database of its own.</summary>
public sealed class PostgreSqlRegisterStoreTests() : RegisterStoreContract(DatabaseProvider.PostgreSql);
