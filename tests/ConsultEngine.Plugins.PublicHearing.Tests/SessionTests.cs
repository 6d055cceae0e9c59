using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.PublicHearing.Tests;

public class SessionTests
{
    [Fact]
    public async Task AddSession_WithoutCapacity_TakesTheConfigCapacity()
    {
        var bench = HearingBench.Create();
        var result = await bench.ExecuteAsync("add-session", HearingBench.Session(capacity: null));
        Assert.Equal(150, result!.Value.GetProperty("capacity").GetInt32());
        Assert.Equal(150, (await HearingBench.RosterAsync(bench)).GetProperty("counts").GetProperty("capacity").GetInt32());
    }

    [Theory]
    [InlineData("""{ "id": "Hai Chau", "venue": "A", "address": "B", "startsAt": "2026-01-10T08:00:00+07:00", "endsAt": "2026-01-10T11:00:00+07:00", "capacity": 10 }""")]
    [InlineData("""{ "id": "hai-chau", "address": "B", "startsAt": "2026-01-10T08:00:00+07:00", "endsAt": "2026-01-10T11:00:00+07:00", "capacity": 10 }""")]
    [InlineData("""{ "id": "hai-chau", "venue": "A", "startsAt": "2026-01-10T08:00:00+07:00", "endsAt": "2026-01-10T11:00:00+07:00", "capacity": 10 }""")]
    [InlineData("""{ "id": "hai-chau", "venue": "A", "address": "B", "endsAt": "2026-01-10T11:00:00+07:00", "capacity": 10 }""")]
    [InlineData("""{ "id": "hai-chau", "venue": "A", "address": "B", "startsAt": "2026-01-10T08:00:00+07:00", "endsAt": "2026-01-10T07:00:00+07:00", "capacity": 10 }""")]
    [InlineData("""{ "id": "hai-chau", "venue": "A", "address": "B", "startsAt": "2026-01-10T08:00:00+07:00", "endsAt": "2026-01-10T11:00:00+07:00", "capacity": 0 }""")]
    public async Task AddSession_Unusable_RefusedSessionInvalid(string payload)
    {
        var bench = HearingBench.Create();
        Assert.Equal(PublicHearingCodes.SessionInvalid, await HearingBench.RefusalCodeAsync(bench, "add-session", payload));
    }

    [Fact]
    public async Task AddSession_WithoutCapacityAnywhere_RefusedSessionInvalid()
    {
        var bench = HearingBench.Create("{}");
        Assert.Equal(PublicHearingCodes.SessionInvalid, await HearingBench.RefusalCodeAsync(bench, "add-session", HearingBench.Session(capacity: null)));
    }

    [Fact]
    public async Task AddSession_Twice_RefusedSessionExists()
    {
        var bench = await HearingBench.WithSessionAsync();
        Assert.Equal(PublicHearingCodes.SessionExists, await HearingBench.RefusalCodeAsync(bench, "add-session", HearingBench.Session()));
    }

    [Fact]
    public async Task AddSession_BeyondThePlannedSessions_RefusedTooManySessions()
    {
        var bench = HearingBench.Create("""{ "sessions": 1, "capacity": 50 }""");
        await bench.ExecuteAsync("add-session", HearingBench.Session("hai-chau"));
        Assert.Equal(PublicHearingCodes.TooManySessions, await HearingBench.RefusalCodeAsync(bench, "add-session", HearingBench.Session("son-tra")));
    }

    [Fact]
    public async Task AddSession_ByThePublic_RefusedNotAllowed()
    {
        var bench = HearingBench.Create();
        Assert.Equal(ToolCodes.NotAllowed, await HearingBench.RefusalCodeAsync(bench, "add-session", HearingBench.Session(), actor: null));
    }

    [Fact]
    public async Task UpdateSession_Unknown_RefusedSessionUnknown()
    {
        var bench = HearingBench.Create();
        Assert.Equal(PublicHearingCodes.SessionUnknown, await HearingBench.RefusalCodeAsync(bench, "update-session", HearingBench.Session()));
    }

    [Fact]
    public async Task UpdateSession_BelowTheSeatsTaken_RefusedCapacityBelowRegistered()
    {
        var bench = await HearingBench.WithSessionAsync(capacity: 3);
        await HearingBench.RegisterAsync(bench, "Nguyễn Văn An");
        await HearingBench.RegisterAsync(bench, "Trần Thị Bình");
        Assert.Equal(PublicHearingCodes.CapacityBelowRegistered, await HearingBench.RefusalCodeAsync(bench, "update-session", HearingBench.Session(capacity: 1)));
    }

    [Fact]
    public async Task UpdateSession_WithMoreSeats_SeatsTheWaitingListInOrder()
    {
        var bench = await HearingBench.WithSessionAsync(capacity: 1);
        await HearingBench.RegisterAsync(bench, "Nguyễn Văn An");
        var second = await HearingBench.RegisterAsync(bench, "Trần Thị Bình");
        var third = await HearingBench.RegisterAsync(bench, "Lê Văn Cường");
        var fourth = await HearingBench.RegisterAsync(bench, "Phạm Thị Dung");
        Assert.Equal(3, fourth.GetProperty("waitingPosition").GetInt32());

        var updated = (await bench.ExecuteAsync("update-session", HearingBench.Session(capacity: 3)))!.Value;

        Assert.Equal(
            [second.GetProperty("registrationId").GetString(), third.GetProperty("registrationId").GetString()],
            updated.GetProperty("promoted").EnumerateArray().Select(p => p.GetString()));
        var roster = await HearingBench.RosterAsync(bench);
        Assert.Equal([fourth.GetProperty("registrationId").GetString()], roster.GetProperty("waitingList").EnumerateArray().Select(p => p.GetString()));
    }
}
