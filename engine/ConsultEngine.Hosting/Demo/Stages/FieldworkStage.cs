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
        var took = new Dictionary<string, (TimeSpan Wall, TimeSpan Cpu)>(StringComparer.Ordinal);
        await Timed(took, "survey", () => survey.SetUpAsync(run));
        await Timed(took, "poll", () => poll.SetUpAsync(run));
        await Timed(took, "hearing", () => hearing.SetUpAsync(run));
        await Timed(took, "focus-group", () => FocusGroupStage.SetUpAsync(run));

        var days = Math.Max(SurveyStage.FieldworkDays, PollStage.VotingDays);
        for (var day = 0; day < days; day++)
        {
            await Timed(took, "survey", () => survey.DayAsync(run, day));
            await Timed(took, "poll", () => poll.DayAsync(run, day));
            for (var i = 0; i < HearingStage.SessionDays.Count; i++)
            {
                if (HearingStage.SessionDays[i] == day)
                {
                    await Timed(took, "hearing", () => hearing.HoldAsync(run, i));
                }
            }

            for (var i = 0; i < FocusGroupStage.MeetingDays.Count; i++)
            {
                if (FocusGroupStage.MeetingDays[i] == day)
                {
                    await Timed(took, "focus-group", () => FocusGroupStage.HoldAsync(run, i));
                }
            }

            run.AdvanceDays(1);
        }

        await Timed(took, "close", async () =>
        {
            await HearingStage.CloseAsync(run);
            await FocusGroupStage.CloseAsync(run);
            await SurveyStage.CloseAsync(run);
            await PollStage.CloseAsync(run);
        });
        foreach (var (part, time) in took)
        {
            run.Report(new DemoPhase("fieldwork/" + part, time.Wall, time.Cpu));
        }
    }

    /// <summary>Adds the time <paramref name="part"/> takes to its tool's total: the tools' days interleave, so each is reported once, summed.</summary>
    private static async Task Timed(Dictionary<string, (TimeSpan Wall, TimeSpan Cpu)> took, string tool, Func<Task> part)
    {
        var cpu = DemoRun.ProcessCpu();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await part();
        var (wall, spent) = took.GetValueOrDefault(tool);
        took[tool] = (wall + clock.Elapsed, spent + DemoRun.ProcessCpu() - cpu);
    }
}
