using System.Text.Json;
using ConsultEngine.Abstractions;
using ConsultEngine.Persistence.Privacy;
using ConsultEngine.Persistence.Tests.Support;
using ConsultEngine.Persistence.Tools;
using ConsultEngine.Persistence.Tools.PostgreSql;
using Npgsql;
using static ConsultEngine.Persistence.Tests.Tools.ToolInputs;

namespace ConsultEngine.Persistence.Tests.Tools;

/// <summary>
/// On PostgreSQL too, the rows a host keeps beside a public submission's input (its consent record, its
/// deletion code) commit in the writer's transaction that stores the input, or not at all.
/// </summary>
public sealed class PostgreSqlInputCompanionsTests : IAsyncLifetime
{
    private const string Step = "survey";
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
    public async Task AppendAsync_WithCompanions_StoresTheInputItsRecordAndItsDeletionCodeTogether()
    {
        await using var store = await PostgreSqlToolDataStore.OpenAsync(Database.ConnectionString);
        var input = Input(_instance, Step, uniqueKey: "person-1");

        var result = await Together(store).AppendAsync(input, UniqueKeyConflict.Refuse, Companions(input, "hash-1"));

        Assert.Equal(AppendStatus.Stored, result.Status);
        Assert.NotNull(await store.Inputs(_instance, Step).FindAsync(input.Id));
        var record = await store.Records(_instance, Step).GetAsync("_consents", input.Id.ToString());
        Assert.True(record!.Value.GetProperty("privacy").GetBoolean());
        Assert.Equal([Step], await Database.QueryAsync("SELECT step_id FROM privacy_deletion_codes WHERE code_hash = 'hash-1'"));
    }

    [SkippableFact]
    public async Task AppendAsync_KeyTaken_WritesNeitherTheRecordNorTheDeletionCode()
    {
        await using var store = await PostgreSqlToolDataStore.OpenAsync(Database.ConnectionString);
        var first = Input(_instance, Step, uniqueKey: "person-1");
        await store.Inputs(_instance, Step).AppendAsync(first);
        var second = Input(_instance, Step, uniqueKey: "person-1");

        var result = await Together(store).AppendAsync(second, UniqueKeyConflict.Refuse, Companions(second, "hash-2"));

        Assert.Equal(new AppendResult(AppendStatus.Conflict, first.Id), result);
        Assert.Null(await store.Records(_instance, Step).GetAsync("_consents", second.Id.ToString()));
        Assert.Empty(await Database.QueryAsync("SELECT code_hash FROM privacy_deletion_codes"));
    }

    [SkippableFact]
    public async Task AppendAsync_DeletionCodeStatementFails_StoresNothingOfTheInputAndTheBatchGoesOn()
    {
        await using var store = await PostgreSqlToolDataStore.OpenAsync(Database.ConnectionString);
        var earlier = Input(_instance, Step, uniqueKey: "person-0");
        await Together(store).AppendAsync(earlier, UniqueKeyConflict.Refuse, Companions(earlier, "taken"));
        var clashing = Input(_instance, Step, uniqueKey: "person-1");
        var others = Enumerable.Range(2, 20).Select(i => Input(_instance, Step, uniqueKey: $"person-{i}")).ToArray();

        var failing = Task.Run(async () => await Together(store).AppendAsync(clashing, UniqueKeyConflict.Refuse, Companions(clashing, "taken")));
        var stored = await Task.WhenAll(others.Select(o => Task.Run(async () => await Together(store).AppendAsync(o, UniqueKeyConflict.Refuse, Companions(o, $"hash-{o.UniqueKey}")))));

        var error = await Assert.ThrowsAsync<PostgresException>(() => failing);
        Assert.Equal(PostgresErrorCodes.UniqueViolation, error.SqlState);
        Assert.All(stored, r => Assert.Equal(AppendStatus.Stored, r.Status));
        Assert.Null(await store.Inputs(_instance, Step).FindAsync(clashing.Id));
        Assert.Null(await store.Records(_instance, Step).GetAsync("_consents", clashing.Id.ToString()));
        Assert.Equal(21, await store.Inputs(_instance, Step).CountAsync(InputQuery.All));
        // The key the failed input would have held is free.
        var next = Input(_instance, Step, uniqueKey: "person-1");
        Assert.Equal(AppendStatus.Stored, (await Together(store).AppendAsync(next, UniqueKeyConflict.Refuse, Companions(next, "hash-3"))).Status);
    }

    [SkippableFact]
    public async Task AppendAsync_ReplacingAKeyHolder_WritesTheCompanionsOfTheNewInput()
    {
        await using var store = await PostgreSqlToolDataStore.OpenAsync(Database.ConnectionString);
        var first = Input(_instance, Step, uniqueKey: "person-1");
        await store.Inputs(_instance, Step).AppendAsync(first);
        var second = Input(_instance, Step, uniqueKey: "person-1");

        var result = await Together(store).AppendAsync(second, UniqueKeyConflict.Replace, Companions(second, "hash-4"));

        Assert.Equal(new AppendResult(AppendStatus.Replaced, first.Id), result);
        Assert.NotNull(await store.Records(_instance, Step).GetAsync("_consents", second.Id.ToString()));
        Assert.Equal(["hash-4"], await Database.QueryAsync("SELECT code_hash FROM privacy_deletion_codes"));
    }

    private IAppendsWithCompanions Together(PostgreSqlToolDataStore store) => Assert.IsAssignableFrom<IAppendsWithCompanions>(store.Inputs(_instance, Step));

    private InputCompanions Companions(ConsultationInput input, string codeHash) => new()
    {
        Record = new CompanionRecord("_consents", input.Id.ToString(), JsonSerializer.SerializeToElement(new { privacy = true, inputs = new[] { input.Id } })),
        DeletionCode = new DeletionCode(codeHash, _instance, Step, [input.Id], "identifier-hash", T0),
    };
}
