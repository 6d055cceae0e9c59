using ConsultEngine.Abstractions;
using ConsultEngine.Persistence.Tests.Support;
using ConsultEngine.Persistence.Tools.PostgreSql;
using static ConsultEngine.Persistence.Tests.Tools.ToolInputs;

namespace ConsultEngine.Persistence.Tests.Tools;

/// <summary>
/// Two writers on one PostgreSQL database, as two nodes each with its own store: one vote per person is
/// the database's, so it holds between them, and what a writer acknowledged is in the database.
/// </summary>
public sealed class PostgreSqlTwoWritersTests : IAsyncLifetime
{
    private const string Step = "poll";
    private const int People = 200;
    private readonly Guid _instance = Guid.NewGuid();
    private PostgresTestDatabase? _database;

    private PostgresTestDatabase Database => _database!;

    public async Task InitializeAsync() => _database = await PostgresTestDatabase.CreateAsync();

    public async Task DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [SkippableFact]
    public async Task TwoNodes_ReceivingTheSamePersonsVoteAtOnce_StoreExactlyOneAndRefuseTheOther()
    {
        await using var first = await PostgreSqlToolDataStore.OpenAsync(Database.ConnectionString);
        await using var second = await PostgreSqlToolDataStore.OpenAsync(Database.ConnectionString);
        using var start = new Barrier(2);

        for (var round = 0; round < 20; round++)
        {
            var key = $"person-{round}";
            var votes = new[] { Input(_instance, Step, uniqueKey: key), Input(_instance, Step, uniqueKey: key) };
            var nodes = new[] { first, second };

            var results = await Task.WhenAll(Enumerable.Range(0, 2).Select(n => Task.Run(async () =>
            {
                start.SignalAndWait();
                return await nodes[n].Inputs(_instance, Step).AppendAsync(votes[n]);
            })));

            var winner = Assert.Single(results, r => r.Status == AppendStatus.Stored);
            var winnerId = votes[Array.IndexOf(results, winner)].Id;
            Assert.Equal(new AppendResult(AppendStatus.Conflict, winnerId), Assert.Single(results, r => r.Status != AppendStatus.Stored));
            Assert.Equal([winnerId.ToString()], await Database.QueryAsync($"SELECT id FROM tool_inputs WHERE unique_key = '{key}'"));
        }
    }

    [SkippableFact]
    public async Task TwoNodes_EveryPersonVotingOnBothAtOnce_StoreOneVoteEach()
    {
        await using var first = await PostgreSqlToolDataStore.OpenAsync(Database.ConnectionString);
        await using var second = await PostgreSqlToolDataStore.OpenAsync(Database.ConnectionString);
        var nodes = new[] { first, second };

        var results = await Task.WhenAll(Enumerable.Range(0, People * 4).Select(i => Task.Run(async () =>
            await nodes[i % 2].Inputs(_instance, Step).AppendAsync(Input(_instance, Step, uniqueKey: $"person-{i % People}")))));

        Assert.Equal(People, results.Count(r => r.Status == AppendStatus.Stored));
        Assert.Equal(People * 3, results.Count(r => r.Status == AppendStatus.Conflict));
        Assert.Equal([People.ToString(System.Globalization.CultureInfo.InvariantCulture)], await Database.QueryAsync("SELECT COUNT(DISTINCT unique_key) FROM tool_inputs"));
        Assert.Equal([People.ToString(System.Globalization.CultureInfo.InvariantCulture)], await Database.QueryAsync("SELECT COUNT(*) FROM tool_inputs"));
    }

    [SkippableFact]
    public async Task TwoNodes_ChangingVotesAtOnce_LeaveOneCountedVoteEach()
    {
        await using var first = await PostgreSqlToolDataStore.OpenAsync(Database.ConnectionString);
        await using var second = await PostgreSqlToolDataStore.OpenAsync(Database.ConnectionString);
        var nodes = new[] { first, second };

        await Task.WhenAll(Enumerable.Range(0, People * 2).Select(i => Task.Run(async () =>
            await nodes[i % 2].Inputs(_instance, Step).AppendAsync(Input(_instance, Step, uniqueKey: $"person-{i % People}"), UniqueKeyConflict.Replace))));

        Assert.Equal([People.ToString(System.Globalization.CultureInfo.InvariantCulture)], await Database.QueryAsync("SELECT COUNT(*) FROM tool_inputs WHERE (flags & 4) = 0"));
        Assert.Equal([People.ToString(System.Globalization.CultureInfo.InvariantCulture)], await Database.QueryAsync("SELECT COUNT(DISTINCT unique_key) FROM tool_inputs WHERE (flags & 4) = 0"));
    }

    [SkippableFact]
    public async Task AnAcknowledgedInput_IsInTheDatabaseWhenTheCallerHearsOfIt()
    {
        await using var store = await PostgreSqlToolDataStore.OpenAsync(Database.ConnectionString);
        var inputs = Enumerable.Range(0, 50).Select(i => Input(_instance, Step, uniqueKey: $"person-{i}", text: "Ý kiến")).ToArray();

        var seen = await Task.WhenAll(inputs.Select(input => Task.Run(async () =>
        {
            await store.Inputs(_instance, Step).AppendAsync(input);

            // Another connection, not the store's: what it reads is committed.
            return await Database.QueryAsync($"SELECT text FROM tool_inputs WHERE id = '{input.Id}'");
        })));

        Assert.All(seen, rows => Assert.Equal(["Ý kiến"], rows));
    }

    [SkippableFact]
    public async Task TallyAsync_OnPostgreSql_EqualsARecountOfTheStepsInputs()
    {
        QuestionSpec[] questions = [new("q1", QuestionShape.SingleChoice), new("q2", QuestionShape.MultipleChoice), new("q3", QuestionShape.Numeric)];
        await using var store = await PostgreSqlToolDataStore.OpenAsync(Database.ConnectionString);
        var inputs = store.Inputs(_instance, Step);
        for (var n = 0; n < 40; n++)
        {
            var answers = System.Text.Json.JsonElement.Parse($$"""{"q1":"{{(n % 3 == 0 ? "a" : "c")}}","q2":["x"],"q3":{{n % 10}}}""");
            var input = Input(_instance, Step, uniqueKey: $"person-{n % 30}", commune: n % 2 == 0 ? "Hải Châu" : null, text: n % 4 == 0 ? "Góp ý" : null) with { Answers = answers };
            await inputs.AppendAsync(input, UniqueKeyConflict.Replace);
        }

        await store.Inputs(_instance, "other").AppendAsync(Input(_instance, "other"));

        var tally = await inputs.TallyAsync(questions);

        var recount = InputTally.Of(await inputs.ReadAsync(InputQuery.All), questions);
        Assert.Equal(recount.Cells.OrderBy(c => c.Key, StringComparer.Ordinal), tally.Cells.OrderBy(c => c.Key, StringComparer.Ordinal));
        Assert.Equal(10, tally.WithdrawnKeyed);
    }
}
