using System.Text.Json;
using ConsultEngine.Abstractions;
using ConsultEngine.Persistence.Privacy;
using ConsultEngine.Persistence.Tests.Support;
using ConsultEngine.Persistence.Tools;
using Microsoft.Data.Sqlite;
using static ConsultEngine.Persistence.Tests.Tools.ToolInputs;

namespace ConsultEngine.Persistence.Tests.Tools;

/// <summary>
/// The rows a host keeps beside a public submission's input (its consent record, its deletion code) commit
/// in the writer's transaction that stores the input, or not at all.
/// </summary>
public sealed class InputCompanionsTests : IDisposable
{
    private const string Step = "survey";
    private readonly TempDatabase _database = new();
    private readonly Guid _instance = Guid.NewGuid();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task AppendAsync_WithCompanions_StoresTheInputItsRecordAndItsDeletionCodeTogether()
    {
        await using var store = await SqliteToolDataStore.OpenAsync(_database.Path);
        var input = Input(_instance, Step, uniqueKey: "person-1");

        var result = await Together(store).AppendAsync(input, UniqueKeyConflict.Refuse, Companions(input, "hash-1"));

        Assert.Equal(AppendStatus.Stored, result.Status);
        Assert.NotNull(await store.Inputs(_instance, Step).FindAsync(input.Id));
        var record = await store.Records(_instance, Step).GetAsync("_consents", input.Id.ToString());
        Assert.True(record!.Value.GetProperty("privacy").GetBoolean());
        Assert.Equal([Step], await SqliteText.QueryAsync(_database.Path, "SELECT step_id FROM privacy_deletion_codes WHERE code_hash = 'hash-1'"));
    }

    [Fact]
    public async Task AppendAsync_KeyTaken_WritesNeitherTheRecordNorTheDeletionCode()
    {
        await using var store = await SqliteToolDataStore.OpenAsync(_database.Path);
        await store.Inputs(_instance, Step).AppendAsync(Input(_instance, Step, uniqueKey: "person-1"));
        var second = Input(_instance, Step, uniqueKey: "person-1");

        var result = await Together(store).AppendAsync(second, UniqueKeyConflict.Refuse, Companions(second, "hash-2"));

        Assert.Equal(AppendStatus.Conflict, result.Status);
        Assert.Null(await store.Records(_instance, Step).GetAsync("_consents", second.Id.ToString()));
        Assert.Empty(await SqliteText.QueryAsync(_database.Path, "SELECT code_hash FROM privacy_deletion_codes"));
    }

    [Fact]
    public async Task AppendAsync_DeletionCodeStatementFails_StoresNothingOfTheInputAndTheBatchGoesOn()
    {
        await using var personal = await SqlitePersonalDataStore.OpenAsync(_database.Path);
        await personal.AddDeletionCodeAsync(new DeletionCode("taken", _instance, Step, [Guid.NewGuid()], "someone", T0));
        await using var store = await SqliteToolDataStore.OpenAsync(_database.Path);
        var clashing = Input(_instance, Step, uniqueKey: "person-1");

        await Assert.ThrowsAsync<SqliteException>(async () => await Together(store).AppendAsync(clashing, UniqueKeyConflict.Refuse, Companions(clashing, "taken")));

        Assert.Null(await store.Inputs(_instance, Step).FindAsync(clashing.Id));
        Assert.Null(await store.Records(_instance, Step).GetAsync("_consents", clashing.Id.ToString()));
        // The key the failed input would have held is free: the registry learnt nothing from it.
        var next = Input(_instance, Step, uniqueKey: "person-1");
        Assert.Equal(AppendStatus.Stored, (await Together(store).AppendAsync(next, UniqueKeyConflict.Refuse, Companions(next, "hash-3"))).Status);
    }

    [Fact]
    public async Task AppendAsync_ReplacingAKeyHolder_WritesTheCompanionsOfTheNewInput()
    {
        await using var store = await SqliteToolDataStore.OpenAsync(_database.Path);
        var first = Input(_instance, Step, uniqueKey: "person-1");
        await store.Inputs(_instance, Step).AppendAsync(first);
        var second = Input(_instance, Step, uniqueKey: "person-1");

        var result = await Together(store).AppendAsync(second, UniqueKeyConflict.Replace, Companions(second, "hash-4"));

        Assert.Equal(new AppendResult(AppendStatus.Replaced, first.Id), result);
        Assert.NotNull(await store.Records(_instance, Step).GetAsync("_consents", second.Id.ToString()));
        Assert.Equal(["hash-4"], await SqliteText.QueryAsync(_database.Path, "SELECT code_hash FROM privacy_deletion_codes"));
    }

    [Fact]
    public async Task AppendAsync_DeletionCodeOfAnotherInput_IsRefusedBeforeAnythingIsQueued()
    {
        await using var store = await SqliteToolDataStore.OpenAsync(_database.Path);
        var input = Input(_instance, Step);
        var other = Input(_instance, Step);

        await Assert.ThrowsAsync<ArgumentException>(async () => await Together(store).AppendAsync(input, UniqueKeyConflict.Refuse, Companions(other, "hash-5")));

        Assert.Equal(0, await store.Inputs(_instance, Step).CountAsync(InputQuery.All));
    }

    private IAppendsWithCompanions Together(SqliteToolDataStore store) => Assert.IsAssignableFrom<IAppendsWithCompanions>(store.Inputs(_instance, Step));

    private InputCompanions Companions(ConsultationInput input, string codeHash) => new()
    {
        Record = new CompanionRecord("_consents", input.Id.ToString(), JsonSerializer.SerializeToElement(new { privacy = true, inputs = new[] { input.Id } })),
        DeletionCode = new DeletionCode(codeHash, _instance, Step, [input.Id], "identifier-hash", T0),
    };
}
