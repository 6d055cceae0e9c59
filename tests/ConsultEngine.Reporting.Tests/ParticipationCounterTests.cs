using ConsultEngine.Abstractions;
using ConsultEngine.Reporting.Analysis;

namespace ConsultEngine.Reporting.Tests;

public sealed class ParticipationCounterTests
{
    private static readonly Guid Instance = Guid.NewGuid();

    [Fact]
    public void APersonWhoVotesAndComments_IsOnePersonAndTwoOpinions()
    {
        var analysis = ParticipationCounter.Analyse(Instance,
        [
            ("poll", "online-poll", [Input("poll", "online-poll", key: "k1")]),
            ("survey", "survey", [Input("survey", "survey", key: "k1")]),
        ]);

        Assert.Equal(new Participation(1, 2), analysis.Total);
    }

    [Fact]
    public void InputsWithoutAKey_EachCountAsOnePerson()
    {
        var analysis = ParticipationCounter.Analyse(Instance,
        [
            ("survey", "survey", [Input("survey", "survey"), Input("survey", "survey"), Input("survey", "survey", key: "a"), Input("survey", "survey", key: "a")]),
        ]);

        Assert.Equal(new Participation(3, 4), analysis.Total);
    }

    [Fact]
    public void Breakdowns_CountPeopleAndOpinionsByStepChannelAndAttribute()
    {
        var analysis = ParticipationCounter.Analyse(Instance,
        [
            ("poll", "online-poll", [Input("poll", "online-poll", "k1", InputChannel.Web, "nữ"), Input("poll", "online-poll", "k2", InputChannel.Web, "nam")]),
            ("survey", "survey", [Input("survey", "survey", "k1", InputChannel.Paper, "nữ"), Input("survey", "survey", null, InputChannel.Web, null)]),
        ]);

        Assert.Equal(new Participation(3, 4), analysis.Total);
        Assert.Equal([new StepParticipation("poll", "online-poll", 2, 2), new StepParticipation("survey", "survey", 2, 2)], analysis.BySteps);
        Assert.Equal(new Participation(3, 3), analysis.ByChannel[InputChannel.Web]);
        Assert.Equal(new Participation(1, 1), analysis.ByChannel[InputChannel.Paper]);
        Assert.Equal(new Participation(0, 0), analysis.ByChannel[InputChannel.Import]);
        var gender = analysis.ByAttribute.Single(a => a.Attribute == "gender");
        Assert.Equal(new Participation(1, 2), gender.Values["nữ"]);
        Assert.Equal(new Participation(1, 1), gender.Values["nam"]);
        Assert.Equal(new Participation(1, 1), gender.Unknown);
    }

    private static ConsultationInput Input(string step, string tool, string? key = null, InputChannel channel = InputChannel.Web, string? gender = null) => new()
    {
        Id = Guid.NewGuid(),
        InstanceId = Instance,
        StepId = step,
        Tool = tool,
        Channel = channel,
        UniqueKey = key,
        Respondent = new RespondentAttributes { Gender = gender },
        SubmittedAt = DateTimeOffset.UnixEpoch,
    };
}
