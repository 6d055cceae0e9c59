using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.PublicHearing.Tests;

public class RegistrationTests
{
    [Fact]
    public async Task Register_BeyondCapacity_GoesOnTheWaitingListInOrder()
    {
        var bench = await HearingBench.WithSessionAsync(capacity: 2);
        var statuses = new List<(string? Status, int? Position)>();
        foreach (var name in new[] { "Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung" })
        {
            var result = await HearingBench.RegisterAsync(bench, name);
            statuses.Add((result.GetProperty("status").GetString(), result.TryGetProperty("waitingPosition", out var p) ? p.GetInt32() : null));
        }

        Assert.Equal([("registered", null), ("registered", null), ("waiting", 1), ("waiting", 2)], statuses);
        var roster = await HearingBench.RosterAsync(bench);
        Assert.Equal(["hai-chau-003", "hai-chau-004"], roster.GetProperty("waitingList").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("L. V. Cường", roster.GetProperty("registrations")[2].GetProperty("displayName").GetString());
    }

    [Fact]
    public async Task Register_SamePhoneSameSession_RefusedAlreadyRegistered_EvenWrittenOtherwise()
    {
        var bench = HearingBench.Create();
        await bench.ExecuteAsync("add-session", HearingBench.Session("hai-chau"));
        await bench.ExecuteAsync("add-session", HearingBench.Session("son-tra", starts: "2026-01-10T14:00:00+07:00", ends: "2026-01-10T17:00:00+07:00"));
        await HearingBench.RegisterAsync(bench, "Nguyễn Văn An", "0905 111 222");

        Assert.Equal(PublicHearingCodes.AlreadyRegistered, await HearingBench.RefusalCodeAsync(bench, "register", """{ "sessionId": "hai-chau", "fullName": "Nguyễn V. An", "phone": "+84905111222" }""", actor: null));
        Assert.Equal("registered", (await HearingBench.RegisterAsync(bench, "Nguyễn Văn An", "0905111222", session: "son-tra")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Register_AgainAfterCancelling_IsAccepted()
    {
        var bench = await HearingBench.WithSessionAsync();
        var first = await HearingBench.RegisterAsync(bench, "Nguyễn Văn An", "0905111222");
        await bench.ExecuteAsync("cancel-registration", $$"""{ "sessionId": "hai-chau", "registrationId": "{{first.GetProperty("registrationId").GetString()}}", "phone": "0905111222" }""", actor: null);
        Assert.Equal("registered", (await HearingBench.RegisterAsync(bench, "Nguyễn Văn An", "0905111222")).GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("""{ "sessionId": "hai-chau", "fullName": "  " }""", PublicHearingCodes.NameMissing)]
    [InlineData("""{ "sessionId": "hai-chau" }""", PublicHearingCodes.NameMissing)]
    [InlineData("""{ "sessionId": "hai-chau", "fullName": "Nguyễn Văn An", "phone": "0236 3822 222" }""", PublicHearingCodes.PhoneInvalid)]
    [InlineData("""{ "sessionId": "hai-chau", "fullName": "Nguyễn Văn An", "phone": "12345" }""", PublicHearingCodes.PhoneInvalid)]
    [InlineData("""{ "sessionId": "ngu-hanh-son", "fullName": "Nguyễn Văn An" }""", PublicHearingCodes.SessionUnknown)]
    [InlineData("""{ "sessionId": "hai-chau", "fullName": "Nguyễn Văn An", "respondent": { "religion": "x" } }""", ToolCodes.PayloadInvalid)]
    [InlineData("""{ "sessionId": "hai-chau", "fullName": 12 }""", ToolCodes.PayloadInvalid)]
    public async Task Register_Unusable_RefusedWithItsCode(string payload, string code)
    {
        var bench = await HearingBench.WithSessionAsync();
        Assert.Equal(code, await HearingBench.RefusalCodeAsync(bench, "register", payload, actor: null));
    }

    [Fact]
    public async Task Register_ByThePublicOnceTheSessionStarted_RefusedRegistrationClosed_StaffStillRegisterWalkIns()
    {
        var bench = await HearingBench.WithSessionAsync();
        bench.Clock.AdvanceTo(HearingBench.MorningStart);
        Assert.Equal(PublicHearingCodes.RegistrationClosed, await HearingBench.RefusalCodeAsync(bench, "register", """{ "sessionId": "hai-chau", "fullName": "Nguyễn Văn An" }""", actor: null));
        Assert.Equal("registered", (await HearingBench.RegisterAsync(bench, "Nguyễn Văn An", actor: "can-bo-le-tan")).GetProperty("status").GetString());

        bench.Clock.AdvanceTo(HearingBench.MorningStart.AddHours(4));
        Assert.Equal(PublicHearingCodes.RegistrationClosed, await HearingBench.RefusalCodeAsync(bench, "register", """{ "sessionId": "hai-chau", "fullName": "Trần Thị Bình" }"""));
    }

    [Fact]
    public async Task Register_ByThePublicWithoutAdvanceRegistration_RefusedRegistrationClosed()
    {
        var bench = await HearingBench.WithSessionAsync(configJson: """{ "registration": false, "capacity": 20 }""");
        Assert.Equal(PublicHearingCodes.RegistrationClosed, await HearingBench.RefusalCodeAsync(bench, "register", """{ "sessionId": "hai-chau", "fullName": "Nguyễn Văn An" }""", actor: null));
        Assert.Equal("registered", (await HearingBench.RegisterAsync(bench, "Nguyễn Văn An", actor: "staff")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Cancel_ASeat_PromotesTheFirstOnTheWaitingList()
    {
        var bench = await HearingBench.WithSessionAsync(capacity: 1);
        await HearingBench.RegisterAsync(bench, "Nguyễn Văn An", "0905000001");
        await HearingBench.RegisterAsync(bench, "Trần Thị Bình", "0905000002");
        await HearingBench.RegisterAsync(bench, "Lê Văn Cường", "0905000003");

        var cancelled = (await bench.ExecuteAsync("cancel-registration", """{ "sessionId": "hai-chau", "registrationId": "hai-chau-001", "phone": "0905000001" }""", actor: null))!.Value;

        Assert.Equal(["hai-chau-002"], cancelled.GetProperty("promoted").EnumerateArray().Select(e => e.GetString()));
        var roster = await HearingBench.RosterAsync(bench);
        Assert.Equal(["cancelled", "registered", "waiting"], roster.GetProperty("registrations").EnumerateArray().Select(r => r.GetProperty("status").GetString()));
        Assert.Equal(["hai-chau-003"], roster.GetProperty("waitingList").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Cancel_FromTheWaitingList_PromotesNobody()
    {
        var bench = await HearingBench.WithSessionAsync(capacity: 1);
        await HearingBench.RegisterAsync(bench, "Nguyễn Văn An");
        await HearingBench.RegisterAsync(bench, "Trần Thị Bình");
        await HearingBench.RegisterAsync(bench, "Lê Văn Cường");
        var cancelled = (await bench.ExecuteAsync("cancel-registration", """{ "sessionId": "hai-chau", "registrationId": "hai-chau-002" }"""))!.Value;
        Assert.Empty(cancelled.GetProperty("promoted").EnumerateArray());
        Assert.Equal(["hai-chau-003"], (await HearingBench.RosterAsync(bench)).GetProperty("waitingList").EnumerateArray().Select(e => e.GetString()));
    }

    [Theory]
    [InlineData("""{ "sessionId": "hai-chau", "registrationId": "hai-chau-001" }""", PublicHearingCodes.CancelNotVerified)]
    [InlineData("""{ "sessionId": "hai-chau", "registrationId": "hai-chau-001", "phone": "0905999999" }""", PublicHearingCodes.CancelNotVerified)]
    [InlineData("""{ "sessionId": "hai-chau", "registrationId": "hai-chau-002", "phone": "0905000001" }""", PublicHearingCodes.CancelNotVerified)]
    [InlineData("""{ "sessionId": "hai-chau", "registrationId": "hai-chau-009", "phone": "0905000001" }""", PublicHearingCodes.RegistrationUnknown)]
    [InlineData("""{ "sessionId": "son-tra", "registrationId": "hai-chau-001", "phone": "0905000001" }""", PublicHearingCodes.SessionUnknown)]
    public async Task Cancel_ByThePublic_NeedsTheRegistrationsPhone(string payload, string code)
    {
        var bench = await HearingBench.WithSessionAsync();
        await HearingBench.RegisterAsync(bench, "Nguyễn Văn An", "0905000001");
        await HearingBench.RegisterAsync(bench, "Trần Thị Bình");
        Assert.Equal(code, await HearingBench.RefusalCodeAsync(bench, "cancel-registration", payload, actor: null));
    }

    [Fact]
    public async Task Cancel_Twice_RefusedRegistrationCancelled()
    {
        var bench = await HearingBench.WithSessionAsync();
        await HearingBench.RegisterAsync(bench, "Nguyễn Văn An");
        await bench.ExecuteAsync("cancel-registration", """{ "sessionId": "hai-chau", "registrationId": "hai-chau-001" }""");
        Assert.Equal(PublicHearingCodes.RegistrationCancelled, await HearingBench.RefusalCodeAsync(bench, "cancel-registration", """{ "sessionId": "hai-chau", "registrationId": "hai-chau-001" }"""));
    }
}
