using ConsultEngine.Persistence.Feedback;
using ConsultEngine.Persistence.Privacy;
using ConsultEngine.Persistence.Providers;
using ConsultEngine.Persistence.Tests.Support;

namespace ConsultEngine.Persistence.Tests.Privacy;

/// <summary>The personal data store on a real database (SQLite or PostgreSQL): retention, the kept aggregate, deletion codes and the erasure.</summary>
public abstract class PersonalDataStoreContract(DatabaseProvider provider) : OnProviderDatabase(provider)
{
    private static readonly Guid Instance = Guid.Parse("0190a000-0000-7000-8000-0000000000d1");
    private static readonly DateTimeOffset T0 = new(2027, 2, 1, 8, 0, 0, TimeSpan.FromHours(7));
    private SqlitePersonalDataStore _store = null!;

    private protected override async Task OpenStoresAsync() => _store = await SqlitePersonalDataStore.OpenAsync(Database.Selection);

    private protected override async Task CloseStoresAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }
    }

    [SkippableFact]
    public async Task Retention_SetTwice_KeepsTheLatest_ToTheTick()
    {
        await _store.SetRetentionAsync(new RetentionSetting(Instance, 12, "lan", T0));
        await _store.SetRetentionAsync(new RetentionSetting(Instance, 6, "minh", T0.AddTicks(1)));

        var found = await _store.FindRetentionAsync(Instance);

        Assert.Equal((6, "minh", T0.AddTicks(1).UtcTicks), (found!.Months, found.SetBy, found.SetAt.UtcTicks));
        Assert.Null(await _store.FindRetentionAsync(Guid.NewGuid()));
    }

    [SkippableFact]
    public async Task KeepAsync_Twice_KeepsTheFirstAggregate()
    {
        await _store.KeepAsync(Instance, """{"opinions":3}""", T0);
        var second = await _store.KeepAsync(Instance, """{"opinions":9}""", T0.AddDays(1));

        Assert.Equal("""{"opinions":3}""", second.AggregateJson);
        Assert.Equal("""{"opinions":3}""", (await _store.FindKeptAsync(Instance))!.AggregateJson);
    }

    [SkippableFact]
    public async Task ADeletionCode_WorksOnceForItsPerson_AndAnswersNullOtherwise()
    {
        await _store.AddDeletionCodeAsync(new DeletionCode("code-hash", Instance, "comment", [], "person-hash", T0));

        Assert.Null(await _store.UseDeletionCodeAsync(Instance, "code-hash", "someone-else", T0.AddHours(1)));
        Assert.Null(await _store.UseDeletionCodeAsync(Guid.NewGuid(), "code-hash", "person-hash", T0.AddHours(1)));
        Assert.Equal(new DeletionDone(Instance, "comment", 0), await _store.UseDeletionCodeAsync(Instance, "code-hash", "person-hash", T0.AddHours(1)));
        Assert.Null(await _store.UseDeletionCodeAsync(Instance, "code-hash", "person-hash", T0.AddHours(2)));
    }

    [SkippableFact]
    public async Task Erasure_DeletesTheContacts_ForgetsWhoHeldACode_AndMarksTheKeptAggregateOnce()
    {
        await _store.KeepAsync(Instance, "{}", T0);
        await _store.AddDeletionCodeAsync(new DeletionCode("code-hash", Instance, "comment", [], "person-hash", T0));
        await using (var feedback = await SqliteFeedbackStore.OpenAsync(Database.Selection))
        {
            await feedback.AddAsync(new FeedbackSubscription(Guid.NewGuid(), Instance, "comment", FeedbackChannel.Email, "nguoidan@example.vn", "vi", T0, "token-1"));
        }

        var counts = await _store.EraseAsync(Instance, T0.AddMonths(12));
        await _store.MarkJournaledAsync(Instance, T0.AddMonths(12));

        Assert.Equal(new ErasureCounts(0, 1, 1), counts);
        Assert.Equal(["0"], await Database.QueryAsync("SELECT COUNT(*) FROM feedback_subscriptions"));
        var kept = Assert.Single(await _store.ListKeptAsync());
        Assert.Equal((T0.AddMonths(12).UtcTicks, counts), (kept.ErasedAt!.Value.UtcTicks, kept.Counts));
        Assert.NotNull(kept.JournaledAt);
    }
}

/// <summary>The contract on a SQLite file.</summary>
public sealed class SqlitePersonalDataStoreTests() : PersonalDataStoreContract(DatabaseProvider.Sqlite);

/// <summary>The contract on a PostgreSQL database of its own.</summary>
public sealed class PostgreSqlPersonalDataStoreTests() : PersonalDataStoreContract(DatabaseProvider.PostgreSql);
