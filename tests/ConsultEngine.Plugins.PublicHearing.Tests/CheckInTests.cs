namespace ConsultEngine.Plugins.PublicHearing.Tests;

public class CheckInTests
{
    [Fact]
    public async Task CheckIn_ARegisteredPerson_CountsAttendance()
    {
        var bench = await HearingBench.WithSessionAsync();
        await HearingBench.RegisterAsync(bench, "Nguyễn Văn An");
        bench.Clock.AdvanceTo(HearingBench.MorningStart.AddMinutes(-20));

        var result = (await bench.ExecuteAsync("check-in", """{ "sessionId": "hai-chau", "registrationId": "hai-chau-001" }"""))!.Value;

        Assert.Equal("checked-in", result.GetProperty("status").GetString());
        Assert.Equal(1, result.GetProperty("attended").GetInt32());
        Assert.Equal(1, (await HearingBench.RosterAsync(bench)).GetProperty("counts").GetProperty("attended").GetInt32());
    }

    [Theory]
    [InlineData("""{ "sessionId": "hai-chau", "registrationId": "hai-chau-042" }""", PublicHearingCodes.RegistrationUnknown)]
    [InlineData("""{ "sessionId": "hai-chau" }""", PublicHearingCodes.RegistrationUnknown)]
    [InlineData("""{ "sessionId": "son-tra", "registrationId": "hai-chau-001" }""", PublicHearingCodes.SessionUnknown)]
    public async Task CheckIn_Unknown_Refused(string payload, string code)
    {
        var bench = await HearingBench.WithSessionAsync();
        await HearingBench.RegisterAsync(bench, "Nguyễn Văn An");
        Assert.Equal(code, await HearingBench.RefusalCodeAsync(bench, "check-in", payload));
    }

    [Fact]
    public async Task CheckIn_Twice_RefusedAlreadyCheckedIn_AndTheRegistrationCannotBeCancelled()
    {
        var bench = await HearingBench.WithSessionAsync();
        await HearingBench.RegisterAsync(bench, "Nguyễn Văn An");
        await bench.ExecuteAsync("check-in", """{ "sessionId": "hai-chau", "registrationId": "hai-chau-001" }""");
        Assert.Equal(PublicHearingCodes.AlreadyCheckedIn, await HearingBench.RefusalCodeAsync(bench, "check-in", """{ "sessionId": "hai-chau", "registrationId": "hai-chau-001" }"""));
        Assert.Equal(PublicHearingCodes.AlreadyCheckedIn, await HearingBench.RefusalCodeAsync(bench, "cancel-registration", """{ "sessionId": "hai-chau", "registrationId": "hai-chau-001" }"""));
    }

    [Fact]
    public async Task CheckIn_ACancelledRegistration_RefusedRegistrationCancelled()
    {
        var bench = await HearingBench.WithSessionAsync();
        await HearingBench.RegisterAsync(bench, "Nguyễn Văn An");
        await bench.ExecuteAsync("cancel-registration", """{ "sessionId": "hai-chau", "registrationId": "hai-chau-001" }""");
        Assert.Equal(PublicHearingCodes.RegistrationCancelled, await HearingBench.RefusalCodeAsync(bench, "check-in", """{ "sessionId": "hai-chau", "registrationId": "hai-chau-001" }"""));
    }

    [Fact]
    public async Task CheckIn_FromTheWaitingList_OnlyIntoAFreeSeat()
    {
        var bench = await HearingBench.WithSessionAsync(capacity: 2);
        await HearingBench.RegisterAsync(bench, "Nguyễn Văn An");
        await HearingBench.RegisterAsync(bench, "Trần Thị Bình");
        await HearingBench.RegisterAsync(bench, "Lê Văn Cường");
        const string waiting = """{ "sessionId": "hai-chau", "registrationId": "hai-chau-003" }""";

        // Before the start the seats of registered people who have not arrived are theirs.
        bench.Clock.AdvanceTo(HearingBench.MorningStart.AddMinutes(-30));
        await bench.ExecuteAsync("check-in", """{ "sessionId": "hai-chau", "registrationId": "hai-chau-001" }""");
        Assert.Equal(PublicHearingCodes.NoSeatFree, await HearingBench.RefusalCodeAsync(bench, "check-in", waiting));

        // From the start a no-show's seat goes to the waiting list.
        bench.Clock.AdvanceTo(HearingBench.MorningStart.AddMinutes(10));
        var result = (await bench.ExecuteAsync("check-in", waiting))!.Value;
        Assert.Equal(2, result.GetProperty("attended").GetInt32());

        // Both seats are now occupied: the latecomer with a registration still gets in, nobody else from the list.
        await HearingBench.RegisterAsync(bench, "Phạm Thị Dung", actor: "staff");
        Assert.Equal(PublicHearingCodes.NoSeatFree, await HearingBench.RefusalCodeAsync(bench, "check-in", """{ "sessionId": "hai-chau", "registrationId": "hai-chau-004" }"""));
        await bench.ExecuteAsync("check-in", """{ "sessionId": "hai-chau", "registrationId": "hai-chau-002" }""");
    }
}
