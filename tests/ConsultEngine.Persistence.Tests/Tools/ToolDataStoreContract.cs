using System.Text.Json;
using ConsultEngine.Abstractions;
using ConsultEngine.Runtime.Tools;
using static ConsultEngine.Persistence.Tests.Tools.ToolInputs;

namespace ConsultEngine.Persistence.Tests.Tools;

/// <summary>
/// The contract of <see cref="IToolDataStore"/> as the SDK documents <see cref="IToolInputs"/> and
/// <see cref="IToolRecords"/>, run against every store. Reads after writes go through
/// <see cref="ReopenAsync"/>: for a durable store a second store on the same database, so what is
/// asserted is what was really stored.
/// </summary>
public abstract class ToolDataStoreContract : IAsyncLifetime
{
    private readonly Guid _instance = Guid.NewGuid();
    private IToolDataStore? _store;

    protected IToolDataStore Store => _store ?? throw new InvalidOperationException("Not initialised.");

    private IToolInputs Inputs => Store.Inputs(_instance, "poll");

    private IToolRecords Records => Store.Records(_instance, "hearing");

    public async Task InitializeAsync() => _store = await OpenAsync();

    public virtual async Task DisposeAsync()
    {
        if (_store is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
    }

    /// <summary>A new, empty store.</summary>
    protected abstract Task<IToolDataStore> OpenAsync();

    /// <summary>A store that sees what <see cref="Store"/> committed (the same one for a store in memory).</summary>
    protected abstract Task<IToolDataStore> ReopenAsync();

    private async Task<IToolInputs> StoredInputsAsync() => (await ReopenAsync()).Inputs(_instance, "poll");

    private async Task<IToolRecords> StoredRecordsAsync() => (await ReopenAsync()).Records(_instance, "hearing");

    [SkippableFact]
    public async Task AppendAsync_NewInput_IsStoredWithEveryField()
    {
        var input = Full(_instance, "poll");

        var result = await Inputs.AppendAsync(input);

        Assert.Equal(new AppendResult(AppendStatus.Stored), result);
        var stored = await (await StoredInputsAsync()).FindAsync(input.Id);
        AssertSame(input, stored);
        Assert.NotEqual(default, stored!.RecordedAt);
    }

    [SkippableFact]
    public async Task AppendAsync_InputOfAnotherStep_IsRefused()
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(async () => await Inputs.AppendAsync(Input(_instance, "survey")));
        await Assert.ThrowsAnyAsync<ArgumentException>(async () => await Inputs.AppendAsync(Input(Guid.NewGuid(), "poll")));

        Assert.Equal(0, await (await StoredInputsAsync()).CountAsync(InputQuery.All));
    }

    [SkippableFact]
    public async Task AppendAsync_AnIdStoredAlready_IsRefusedAndOthersAreStored()
    {
        var first = Input(_instance, "poll");
        await Inputs.AppendAsync(first);
        var others = Enumerable.Range(0, 20).Select(_ => Input(_instance, "poll")).ToArray();

        var again = Task.Run(async () => await Inputs.AppendAsync(first with { Text = "lần hai" }));
        var results = await Task.WhenAll(others.Select(i => Task.Run(async () => await Inputs.AppendAsync(i))));

        await Assert.ThrowsAnyAsync<ArgumentException>(() => again);
        Assert.All(results, r => Assert.Equal(AppendStatus.Stored, r.Status));
        var stored = await (await StoredInputsAsync()).ReadAsync(InputQuery.All);
        Assert.Equal(21, stored.Count);
        Assert.Null(stored.Single(i => i.Id == first.Id).Text);
    }

    [SkippableFact]
    public async Task AppendAsync_TakenUniqueKeyWithRefuse_ConflictsAndStoresNothing()
    {
        var first = Input(_instance, "poll", uniqueKey: "voter-1");
        await Inputs.AppendAsync(first);

        var result = await Inputs.AppendAsync(Input(_instance, "poll", uniqueKey: "voter-1"), UniqueKeyConflict.Refuse);

        Assert.Equal(new AppendResult(AppendStatus.Conflict, first.Id), result);
        var stored = await (await StoredInputsAsync()).ReadAsync(InputQuery.All);
        Assert.Equal([first.Id], stored.Select(i => i.Id));
    }

    [SkippableFact]
    public async Task AppendAsync_TakenUniqueKeyWithReplace_WithdrawsTheEarlierInput()
    {
        var first = Input(_instance, "poll", uniqueKey: "voter-1", subject: "a");
        var second = Input(_instance, "poll", uniqueKey: "voter-1", subject: "b");
        var third = Input(_instance, "poll", uniqueKey: "voter-1", subject: "c");
        await Inputs.AppendAsync(first);

        var replaced = await Inputs.AppendAsync(second, UniqueKeyConflict.Replace);
        var again = await Inputs.AppendAsync(third, UniqueKeyConflict.Replace);

        Assert.Equal(new AppendResult(AppendStatus.Replaced, first.Id), replaced);
        Assert.Equal(new AppendResult(AppendStatus.Replaced, second.Id), again);
        var inputs = await StoredInputsAsync();
        Assert.Equal([third.Id], (await inputs.ReadAsync(InputQuery.Counted)).Select(i => i.Id));
        Assert.Equal([InputMarks.Withdrawn, InputMarks.Withdrawn, InputMarks.None], (await inputs.ReadAsync(InputQuery.All)).Select(i => i.Flags));
    }

    [SkippableFact]
    public async Task AppendAsync_ReplaceWithNoEarlierInput_IsStored()
    {
        Assert.Equal(new AppendResult(AppendStatus.Stored), await Inputs.AppendAsync(Input(_instance, "poll", uniqueKey: "voter-1"), UniqueKeyConflict.Replace));
    }

    [SkippableFact]
    public async Task AppendAsync_KeyOfAWithdrawnInput_IsFree()
    {
        var first = Input(_instance, "poll", uniqueKey: "voter-1");
        await Inputs.AppendAsync(first);
        await Inputs.UpdateAsync(first.Id, InputMarks.Withdrawn, []);

        var result = await Inputs.AppendAsync(Input(_instance, "poll", uniqueKey: "voter-1"));

        Assert.Equal(AppendStatus.Stored, result.Status);
        Assert.Equal(1, await (await StoredInputsAsync()).CountAsync(InputQuery.Counted));
    }

    [SkippableFact]
    public async Task AppendAsync_SameKeyInAnotherStepOrInstance_DoesNotConflict()
    {
        var otherInstance = Guid.NewGuid();
        await Inputs.AppendAsync(Input(_instance, "poll", uniqueKey: "voter-1"));

        var otherStep = await Store.Inputs(_instance, "poll-2").AppendAsync(Input(_instance, "poll-2", uniqueKey: "voter-1"));
        var elsewhere = await Store.Inputs(otherInstance, "poll").AppendAsync(Input(otherInstance, "poll", uniqueKey: "voter-1"));

        Assert.Equal(AppendStatus.Stored, otherStep.Status);
        Assert.Equal(AppendStatus.Stored, elsewhere.Status);
    }

    [SkippableFact]
    public async Task AppendAsync_InputsWithoutUniqueKey_NeverConflict()
    {
        await Inputs.AppendAsync(Input(_instance, "poll"));

        Assert.Equal(AppendStatus.Stored, (await Inputs.AppendAsync(Input(_instance, "poll"))).Status);
        Assert.Equal(2, await (await StoredInputsAsync()).CountAsync(InputQuery.All));
    }

    [SkippableFact]
    public async Task AppendAsync_ConcurrentInputsWithOneKey_StoreExactlyOne()
    {
        var inputs = Enumerable.Range(0, 40).Select(_ => Input(_instance, "poll", uniqueKey: "voter-1")).ToArray();

        var results = await Task.WhenAll(inputs.Select(i => Task.Run(async () => await Inputs.AppendAsync(i))));

        var winner = Assert.Single(results, r => r.Status == AppendStatus.Stored);
        var winnerId = inputs[Array.IndexOf(results, winner)].Id;
        Assert.All(results.Where(r => r.Status != AppendStatus.Stored), r => Assert.Equal(new AppendResult(AppendStatus.Conflict, winnerId), r));
        Assert.Equal([winnerId], (await (await StoredInputsAsync()).ReadAsync(InputQuery.All)).Select(i => i.Id));
    }

    [SkippableFact]
    public async Task AppendAsync_ManyConcurrentInputs_AreAllStored()
    {
        var inputs = Enumerable.Range(0, 300).Select(n => Input(_instance, "poll", uniqueKey: $"voter-{n}")).ToArray();

        var results = await Task.WhenAll(inputs.Select(i => Task.Run(async () => await Inputs.AppendAsync(i))));

        Assert.All(results, r => Assert.Equal(AppendStatus.Stored, r.Status));
        var stored = await (await StoredInputsAsync()).ReadAsync(InputQuery.All);
        Assert.Equal(inputs.Select(i => i.Id).Order(), stored.Select(i => i.Id).Order());
    }

    [SkippableFact]
    public async Task ReadAsync_ReturnsTheStepsInputsOldestFirst()
    {
        var inputs = Enumerable.Range(0, 5).Select(n => Input(_instance, "poll", text: $"ý kiến {n}")).ToArray();
        foreach (var input in inputs)
        {
            await Inputs.AppendAsync(input);
        }

        await Store.Inputs(_instance, "other").AppendAsync(Input(_instance, "other"));

        Assert.Equal(inputs.Select(i => i.Id), (await (await StoredInputsAsync()).ReadAsync(InputQuery.All)).Select(i => i.Id));
    }

    [SkippableFact]
    public async Task ReadAsync_AndCountAsync_ApplyEveryFilterOfTheQuery()
    {
        var web = Input(_instance, "poll", subject: "q1", commune: "Hải Châu");
        var pilot = Input(_instance, "poll", subject: "q1", flags: InputMarks.Pilot, commune: "Hải Châu");
        var duplicate = Input(_instance, "poll", subject: "q2", flags: InputMarks.Duplicate, commune: "Sơn Trà");
        var paper = Input(_instance, "poll", subject: "q2", channel: InputChannel.Paper, commune: "Sơn Trà");
        var anonymous = Input(_instance, "poll", subject: "q1", channel: InputChannel.Paper);
        foreach (var input in new[] { web, pilot, duplicate, paper, anonymous })
        {
            await Inputs.AppendAsync(input);
        }

        var inputs = await StoredInputsAsync();
        var queries = new (InputQuery Query, ConsultationInput[] Expected)[]
        {
            (InputQuery.All, [web, pilot, duplicate, paper, anonymous]),
            (InputQuery.Counted, [web, paper, anonymous]),
            (new InputQuery { ExcludeFlags = InputMarks.Pilot }, [web, duplicate, paper, anonymous]),
            (new InputQuery { Subject = "q1" }, [web, pilot, anonymous]),
            (new InputQuery { Channel = InputChannel.Paper }, [paper, anonymous]),
            (new InputQuery { Respondent = ("commune", "Sơn Trà") }, [duplicate, paper]),
            (InputQuery.Counted with { Subject = "q2", Channel = InputChannel.Paper, Respondent = ("commune", "Sơn Trà") }, [paper]),
            (new InputQuery { Respondent = ("district", "Sơn Trà") }, []),
            (new InputQuery { Respondent = ("gender", "nữ") }, []),
            (new InputQuery { Respondent = ("not-an-attribute", "x") }, []),
        };
        foreach (var (query, expected) in queries)
        {
            var all = await inputs.ReadAsync(InputQuery.All);
            Assert.Equal(all.Where(query.Matches).Select(i => i.Id), expected.Select(i => i.Id));
            Assert.Equal(expected.Select(i => i.Id), (await inputs.ReadAsync(query)).Select(i => i.Id));
            Assert.Equal(expected.Length, await inputs.CountAsync(query));
        }
    }

    [SkippableFact]
    public async Task FindAsync_InputOfAnotherStepOrUnknown_ReturnsNull()
    {
        var elsewhere = Input(_instance, "other");
        await Store.Inputs(_instance, "other").AppendAsync(elsewhere);

        var inputs = await StoredInputsAsync();

        Assert.Null(await inputs.FindAsync(elsewhere.Id));
        Assert.Null(await inputs.FindAsync(Guid.NewGuid()));
    }

    [SkippableFact]
    public async Task UpdateAsync_ChangesFlagsAndThemesOnly()
    {
        var input = Full(_instance, "poll");
        await Inputs.AppendAsync(input);

        await Inputs.UpdateAsync(input.Id, InputMarks.Duplicate, ["giao thông", "phí"]);

        var stored = await (await StoredInputsAsync()).FindAsync(input.Id);
        AssertSame(input with { Flags = InputMarks.Duplicate, Themes = ["giao thông", "phí"] }, stored);
    }

    [SkippableFact]
    public async Task UpdateAsync_InputOfAnotherStepOrUnknown_FailsWithInputNotFound()
    {
        var elsewhere = Input(_instance, "other");
        await Store.Inputs(_instance, "other").AppendAsync(elsewhere);

        var other = await Assert.ThrowsAsync<ToolException>(async () => await Inputs.UpdateAsync(elsewhere.Id, InputMarks.Duplicate, []));
        var unknown = await Assert.ThrowsAsync<ToolException>(async () => await Inputs.UpdateAsync(Guid.NewGuid(), InputMarks.Duplicate, []));

        Assert.Equal(ToolCodes.InputNotFound, other.Code);
        Assert.Equal(ToolCodes.InputNotFound, unknown.Code);
        Assert.Equal(InputMarks.None, (await (await ReopenAsync()).Inputs(_instance, "other").FindAsync(elsewhere.Id))!.Flags);
    }

    [SkippableFact]
    public async Task GetAsync_UnknownRecord_ReturnsNull()
    {
        Assert.Null(await Records.GetAsync("sessions", "s1"));
    }

    [SkippableFact]
    public async Task TryInsertAsync_CreatesOnceAndNeverOverwrites()
    {
        Assert.True(await Records.TryInsertAsync("sessions", "s1", Json("""{"venue":"Hội trường A"}""")));
        Assert.False(await Records.TryInsertAsync("sessions", "s1", Json("""{"venue":"khác"}""")));

        var record = await (await StoredRecordsAsync()).GetAsync("sessions", "s1");
        Assert.Equal("""{"venue":"Hội trường A"}""", record!.Value.GetRawText());
        Assert.Equal(1, record.Version);
        Assert.Equal(("sessions", "s1"), (record.Collection, record.Key));
        Assert.NotEqual(default, record.UpdatedAt);
    }

    [SkippableFact]
    public async Task PutAsync_WithoutExpectedVersion_CreatesThenRaisesTheVersion()
    {
        Assert.Equal(1, await Records.PutAsync("sessions", "s1", Json("1")));
        Assert.Equal(2, await Records.PutAsync("sessions", "s1", Json("2")));
        Assert.Equal(3, await Records.PutAsync("sessions", "s1", Json("3")));

        var record = await (await StoredRecordsAsync()).GetAsync("sessions", "s1");
        Assert.Equal((3L, "3"), (record!.Version, record.Value.GetRawText()));
    }

    [SkippableFact]
    public async Task PutAsync_ExpectedVersionZero_CreatesOnlyWhenAbsent()
    {
        Assert.Equal(1, await Records.PutAsync("sessions", "s1", Json("1"), expectedVersion: 0));

        var conflict = await Assert.ThrowsAsync<ToolException>(async () => await Records.PutAsync("sessions", "s1", Json("2"), expectedVersion: 0));

        Assert.Equal(ToolCodes.RecordConflict, conflict.Code);
        Assert.Equal("1", (await (await StoredRecordsAsync()).GetAsync("sessions", "s1"))!.Value.GetRawText());
    }

    [SkippableFact]
    public async Task PutAsync_StaleExpectedVersion_ConflictsAndChangesNothing()
    {
        await Records.PutAsync("sessions", "s1", Json("1"));
        Assert.Equal(2, await Records.PutAsync("sessions", "s1", Json("2"), expectedVersion: 1));

        var stale = await Assert.ThrowsAsync<ToolException>(async () => await Records.PutAsync("sessions", "s1", Json("\"lost\""), expectedVersion: 1));
        var missing = await Assert.ThrowsAsync<ToolException>(async () => await Records.PutAsync("sessions", "s9", Json("\"lost\""), expectedVersion: 4));

        Assert.Equal(ToolCodes.RecordConflict, stale.Code);
        Assert.Equal(ToolCodes.RecordConflict, missing.Code);
        var records = await StoredRecordsAsync();
        Assert.Equal((2L, "2"), ((await records.GetAsync("sessions", "s1"))!.Version, (await records.GetAsync("sessions", "s1"))!.Value.GetRawText()));
        Assert.Null(await records.GetAsync("sessions", "s9"));
    }

    [SkippableFact]
    public async Task PutAsync_ConcurrentWritesAtOneVersion_ExactlyOneWins()
    {
        await Records.PutAsync("sessions", "s1", Json("0"));

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(n => Task.Run(async () =>
        {
            try
            {
                return await Records.PutAsync("sessions", "s1", Json(n.ToString(System.Globalization.CultureInfo.InvariantCulture)), expectedVersion: 1);
            }
            catch (ToolException e) when (e.Code == ToolCodes.RecordConflict)
            {
                return 0;
            }
        })));

        Assert.Equal(2, Assert.Single(outcomes, o => o != 0));
    }

    [SkippableFact]
    public async Task ListAsync_ReturnsOneCollectionOfTheStepOrderedByKey()
    {
        await Records.PutAsync("sessions", "s2", Json("2"));
        await Records.PutAsync("sessions", "s1", Json("1"));
        await Records.PutAsync("sessions", "s10", Json("10"));
        await Records.PutAsync("speakers", "a", Json("\"x\""));
        await Store.Records(_instance, "other").PutAsync("sessions", "s0", Json("0"));

        var records = await (await StoredRecordsAsync()).ListAsync("sessions");

        Assert.Equal(["s1", "s10", "s2"], records.Select(r => r.Key));
        Assert.Empty(await (await StoredRecordsAsync()).ListAsync("nothing"));
    }

    [SkippableFact]
    public async Task DeleteAsync_RemovesTheRecordOnce()
    {
        await Records.PutAsync("sessions", "s1", Json("1"));

        Assert.True(await Records.DeleteAsync("sessions", "s1"));
        Assert.False(await Records.DeleteAsync("sessions", "s1"));
        Assert.Null(await (await StoredRecordsAsync()).GetAsync("sessions", "s1"));
    }

    [SkippableFact]
    public async Task Records_AreScopedToTheirStep()
    {
        await Records.PutAsync("sessions", "s1", Json("\"here\""));
        await Store.Records(_instance, "other").PutAsync("sessions", "s1", Json("\"there\""));
        await Store.Records(Guid.NewGuid(), "hearing").PutAsync("sessions", "s1", Json("\"elsewhere\""));

        var record = await (await StoredRecordsAsync()).GetAsync("sessions", "s1");

        Assert.Equal(("\"here\"", 1L), (record!.Value.GetRawText(), record.Version));
    }

    private static JsonElement Json(string json) => JsonElement.Parse(json);
}
