namespace ConsultEngine.Hosting.Demo.Stages;

/// <summary>
/// The four tools run side by side, day by day: the survey's 25 days of fieldwork and the poll's four
/// weeks, with the two hearing sessions and the two focus groups held on their days among them; then
/// each tool closes into the engine.
/// </summary>
internal sealed class FieldworkStage : IDemoStage
{
    public async Task RunAsync(DemoRun run)
    {
        var survey = new SurveyStage();
        var poll = new PollStage();
        var hearing = new HearingStage();
        await survey.SetUpAsync(run);
        await poll.SetUpAsync(run);
        await hearing.SetUpAsync(run);
        await FocusGroupStage.SetUpAsync(run);

        var days = Math.Max(SurveyStage.FieldworkDays, PollStage.VotingDays);
        for (var day = 0; day < days; day++)
        {
            await survey.DayAsync(run, day);
            await poll.DayAsync(run, day);
            for (var i = 0; i < HearingStage.SessionDays.Count; i++)
            {
                if (HearingStage.SessionDays[i] == day)
                {
                    await hearing.HoldAsync(run, i);
                }
            }

            for (var i = 0; i < FocusGroupStage.MeetingDays.Count; i++)
            {
                if (FocusGroupStage.MeetingDays[i] == day)
                {
                    await FocusGroupStage.HoldAsync(run, i);
                }
            }

            run.AdvanceDays(1);
        }

        await HearingStage.CloseAsync(run);
        await FocusGroupStage.CloseAsync(run);
        await SurveyStage.CloseAsync(run);
        await PollStage.CloseAsync(run);
    }
}
