using ConsultEngine.Abstractions;
using ConsultEngine.Testing.Tools;

namespace ConsultEngine.Plugins.OnlinePoll.Tests;

/// <summary>
/// <c>"confirmBy": "sms-code"</c>: the poll declares the check the host proves (a phone number by an SMS code)
/// and its ballot asks for the code; a poll that proves nothing says in its results that they are indicative only.
/// </summary>
public class ConfirmByCodeTests
{
    private const string Confirmed = """{ "verification": "phone", "confirmBy": "sms-code" }""";

    private static IToolSurfaces Surfaces(ToolTestBench bench) => Assert.IsAssignableFrom<IToolSurfaces>(bench.Tool);

    [Theory]
    [InlineData(Confirmed, true)]
    [InlineData("""{ "confirmBy": "sms-code" }""", true)]
    [InlineData("""{ "verification": "phone" }""", false)]
    [InlineData("""{ "verification": "phone", "confirmBy": "none" }""", false)]
    [InlineData("""{ "verification": "none" }""", false)]
    public async Task APoll_DeclaresAPhoneCheckedBySmsCode_OnlyWhenItsConfigConfirmsByCode(string config, bool declared)
    {
        var bench = await PollBench.OpenAsync(config);
        var check = Assert.IsAssignableFrom<IVerifiesPersons>(bench.Tool).PersonCheckFor(bench.Context(actor: null));
        Assert.Equal(declared, check is not null);
        if (check is not null)
        {
            Assert.Equal(PersonCheck.Phone, check.Kind);
            Assert.Equal(PersonCheck.SmsCode, check.ConfirmBy);
            Assert.Equal("/identifier", check.IdentifierPath);
            Assert.Equal("/verificationCode", check.CodePath);
        }
    }

    [Fact]
    public async Task TheBallotOfAConfirmedPoll_AsksForTheCodeOfTheNumber_AndTheStaffEntryDoesNot()
    {
        var bench = await PollBench.OpenAsync("""{ "verification": "phone", "confirmBy": "sms-code", "channels": ["web", "sms"] }""");
        var surface = Assert.IsType<PublicSurface>(await Surfaces(bench).DescribePublicAsync(bench.Context(actor: null), CancellationToken.None));
        var ballot = Assert.Single(surface.Forms);
        Assert.Equal(["/answers/thu-phi", "/answers/uu-tien", "/identifier", "/verificationCode"], ballot.Fields.Select(f => f.Path));
        var code = ballot.Fields[3];
        Assert.Equal("/identifier", code.CodeFor);
        Assert.True(code.Required);
        Assert.True(code.Personal);
        Assert.Equal("one-time-code", code.Autocomplete);
        Assert.Contains("Gửi mã", surface.Instructions!.Vi, StringComparison.Ordinal);

        var staff = await Surfaces(bench).DescribeStaffAsync(bench.Context(), CancellationToken.None);
        Assert.DoesNotContain(Assert.Single(staff.Forms).Fields, f => f.CodeFor is not null);
        Assert.DoesNotContain(staff.Results, r => r.Id == "poll-unverified");
    }

    [Fact]
    public async Task AnUnconfirmedPoll_SaysItsResultsAreIndicative_InTheStaffResultsThePublicTalliesAndTheAnalysis()
    {
        var bench = await PollBench.OpenAsync("""{ "verification": "phone", "publishTallies": true }""");
        await bench.SubmitAsync(PollBench.Vote("0905123456", """{ "thu-phi": "dong-y" }"""));

        var staff = await Surfaces(bench).DescribeStaffAsync(bench.Context(), CancellationToken.None);
        var notice = Assert.IsType<TextView>(staff.Results.Single(r => r.Id == "poll-unverified"));
        Assert.Equal("Kết quả tham khảo: người bỏ phiếu chưa được xác minh", notice.Title!.Vi);

        var surface = await Surfaces(bench).DescribePublicAsync(bench.Context(actor: null), CancellationToken.None);
        Assert.Equal("poll-unverified", surface!.Reads[0].Id);

        var analysis = await bench.AnalyseAsync();
        var figure = analysis.Figures.Single(f => f.Name == "unverifiedVotes");
        Assert.Equal(1, figure.Value);
        Assert.StartsWith("Kết quả tham khảo: người bỏ phiếu chưa được xác minh", figure.Label.Vi, StringComparison.Ordinal);

        var confirmed = await PollBench.OpenAsync(Confirmed);
        Assert.DoesNotContain((await confirmed.AnalyseAsync()).Figures, f => f.Name == "unverifiedVotes");
    }
}
