using System.Text.Json;
using ConsultEngine.Abstractions;
using ConsultEngine.Testing.Tools;

namespace ConsultEngine.Plugins.PublicHearing.Tests;

public class SurfaceTests
{
    private static IToolSurfaces Surfaces(ToolTestBench bench) => Assert.IsAssignableFrom<IToolSurfaces>(bench.Tool);

    private static async Task<PublicSurface?> PublicAsync(ToolTestBench bench) =>
        await Surfaces(bench).DescribePublicAsync(bench.Context(actor: null), CancellationToken.None);

    [Fact]
    public async Task PublicSurface_ListsTheSessionsWithVenueTimeAndFreeSeats()
    {
        var bench = await HearingBench.WithSessionAsync(capacity: 2);
        await bench.ExecuteAsync("add-session", HearingBench.Session("son-tra", capacity: 40, starts: "2026-01-10T14:00:00+07:00", ends: "2026-01-10T17:00:00+07:00"));
        await HearingBench.RegisterAsync(bench, "Nguyễn Văn An", "0905111222");
        await HearingBench.RegisterAsync(bench, "Trần Thị Bình");
        await HearingBench.RegisterAsync(bench, "Lê Văn Cường");

        var surface = Assert.IsType<PublicSurface>(await PublicAsync(bench));
        Assert.Equal(SurfaceStatus.Open, surface.Status);
        var table = Assert.IsType<TableView>(Assert.Single(surface.Reads));
        Assert.Equal(["Session", "Venue", "Address", "Time", "Seats", "Free seats", "Waiting"], table.Columns.Select(c => c.En));
        Assert.Equal(["Hearing session at hai-chau", "Hội trường UBND phường Hải Châu", "15 Quang Trung, phường Hải Châu, Đà Nẵng", "08:00–11:30 10/01/2026", "2", "0", "1"], table.Rows[0].Select(c => c.En));
        Assert.Equal(["40", "40", "0"], table.Rows[1].Skip(4).Select(c => c.Vi));
    }

    [Fact]
    public async Task PublicSurface_CarriesNoRegistrationData()
    {
        var bench = await HearingBench.WithSessionAsync();
        await HearingBench.RegisterAsync(bench, "Nguyễn Văn An", "0905111222");
        var json = JsonSerializer.Serialize(await PublicAsync(bench));
        Assert.DoesNotContain("V. An", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Nguy", json, StringComparison.Ordinal);
        Assert.DoesNotContain("0905111222", json, StringComparison.Ordinal);
        Assert.DoesNotContain("hai-chau-001", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublicSurface_RegisterForm_PostsTheRegisterActionWithASessionChoiceNameAndOptionalPhone()
    {
        var bench = await HearingBench.WithSessionAsync(capacity: 1);
        await HearingBench.RegisterAsync(bench, "Nguyễn Văn An");

        var form = Assert.Single((await PublicAsync(bench))!.Forms);
        Assert.Equal("register", form.Id);
        Assert.Equal(FormTarget.Action, form.Target);
        Assert.Equal("register", form.Action);
        Assert.Equal(["/sessionId", "/fullName", "/phone"], form.Fields.Select(f => f.Path));

        var session = form.Fields[0];
        Assert.Equal(FieldWidget.Radio, session.Widget);
        Assert.True(session.Required);
        var choice = Assert.Single(session.Choices);
        Assert.Equal("hai-chau", choice.Value);
        Assert.Contains("08:00–11:30 10/01/2026", choice.Label.En, StringComparison.Ordinal);
        Assert.Contains("Hội trường UBND phường Hải Châu", choice.Label.En, StringComparison.Ordinal);
        Assert.Contains("waiting list", choice.Label.En, StringComparison.Ordinal);

        Assert.True(form.Fields[1].Required);
        Assert.Equal("name", form.Fields[1].Autocomplete);
        Assert.False(form.Fields[2].Required);
        Assert.True(form.Fields[2].Personal);
        Assert.Equal("tel", form.Fields[2].Autocomplete);
    }

    [Fact]
    public async Task PublicSurface_IsNullWhenTheConfigTurnsPublicRegistrationOff()
    {
        var bench = await HearingBench.WithSessionAsync(configJson: """{ "registration": false }""");
        Assert.Null(await PublicAsync(bench));
    }

    [Fact]
    public async Task PublicSurface_OnceEverySessionStarted_IsClosedWithoutForm_AndWithoutSessionsNotYetOpen()
    {
        var empty = HearingBench.Create();
        Assert.Equal(SurfaceStatus.NotYetOpen, (await PublicAsync(empty))!.Status);

        var bench = await HearingBench.WithSessionAsync();
        bench.Clock.AdvanceTo(HearingBench.MorningStart);
        var surface = (await PublicAsync(bench))!;
        Assert.Equal(SurfaceStatus.Closed, surface.Status);
        Assert.Empty(surface.Forms);
        Assert.Single(surface.Reads);
    }

    [Fact]
    public void Manifest_RegisterStaysAPublicAction()
    {
        var register = Assert.Single(new PublicHearingTool().Manifest.Actions, a => a.Name == "register");
        Assert.Equal(ToolAudience.Public, register.Audience);
    }

    [Theory]
    [InlineData("""{ "sessionId": "hai-chau", "fullName": " " }""", PublicHearingCodes.NameMissing, "/fullName")]
    [InlineData("""{ "sessionId": "hai-chau" }""", PublicHearingCodes.NameMissing, "/fullName")]
    [InlineData("""{ "sessionId": "hai-chau", "fullName": "Nguyễn Văn An", "phone": "12345" }""", PublicHearingCodes.PhoneInvalid, "/phone")]
    [InlineData("""{ "fullName": "Nguyễn Văn An" }""", PublicHearingCodes.SessionUnknown, "/sessionId")]
    [InlineData("""{ "sessionId": "ngu-hanh-son", "fullName": "Nguyễn Văn An" }""", PublicHearingCodes.SessionUnknown, "/sessionId")]
    public async Task Evaluate_PutsEachProblemOfTheRegistrationAtItsField(string body, string code, string path)
    {
        var bench = await HearingBench.WithSessionAsync();
        var evaluation = await EvaluateAsync(bench, body);
        Assert.Equal([(code, path)], evaluation.Problems.Select(p => (p.Code, p.Path)));
        Assert.Equal(["/sessionId", "/fullName", "/phone"], evaluation.Show);
    }

    [Fact]
    public async Task Evaluate_AGoodRegistration_HasNoProblem_ButAStartedSessionIsClosedToThePublic()
    {
        var bench = await HearingBench.WithSessionAsync();
        Assert.Empty((await EvaluateAsync(bench, """{ "sessionId": "hai-chau", "fullName": "Nguyễn Văn An", "phone": "0905 111 222" }""")).Problems);

        bench.Clock.AdvanceTo(HearingBench.MorningStart);
        var late = await EvaluateAsync(bench, """{ "sessionId": "hai-chau", "fullName": "Nguyễn Văn An" }""");
        Assert.Equal([(PublicHearingCodes.RegistrationClosed, "/sessionId")], late.Problems.Select(p => (p.Code, p.Path)));
    }

    [Fact]
    public async Task Evaluate_AnUnknownForm_IsRefusedUnknownForm()
    {
        var bench = await HearingBench.WithSessionAsync();
        var refusal = await Assert.ThrowsAsync<ToolException>(() => EvaluateAsync(bench, "{}", "main"));
        Assert.Equal(ToolCodes.UnknownForm, refusal.Code);
    }

    [Fact]
    public async Task StaffSurface_CarriesTheHearingsFiguresAndEachSessionsCounts()
    {
        var bench = await HearingBench.WithSessionAsync();
        var first = await HearingBench.RegisterAsync(bench, "Nguyễn Văn An");
        await HearingBench.RegisterAsync(bench, "Trần Thị Bình");
        await bench.ExecuteAsync("check-in", $$"""{ "sessionId": "hai-chau", "registrationId": "{{first.GetProperty("registrationId").GetString()}}" }""");

        var staff = await Surfaces(bench).DescribeStaffAsync(bench.Context(), CancellationToken.None);
        var basis = Assert.IsType<FiguresView>(staff.Results.Single(r => r.Id == "basis"));
        Assert.Equal(2, basis.Figures.Single(f => f.Name == "registered").Value);
        Assert.Equal(1, basis.Figures.Single(f => f.Name == "attended").Value);
        Assert.Equal(1, basis.Figures.Single(f => f.Name == "sessions").Value);
        var sessions = Assert.IsType<TableView>(staff.Results.Single(r => r.Id == "session-counts"));
        Assert.Equal(["3", "2", "0", "0", "1"], sessions.Rows[0].Skip(2).Take(5).Select(c => c.En));
        Assert.Empty(staff.Forms);
    }

    private static async Task<FormEvaluation> EvaluateAsync(ToolTestBench bench, string body, string form = "register") =>
        await Surfaces(bench).EvaluateAsync(bench.Context(actor: null), form, ToolTestBench.Parse(body), CancellationToken.None);
}
