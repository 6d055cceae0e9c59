using ConsultEngine.Abstractions;
using ConsultEngine.Hosting.Demo.Data;
using ConsultEngine.Hosting.Tools;
using static ConsultEngine.Hosting.Demo.DemoTexts;

namespace ConsultEngine.Hosting.Demo.Stages;

/// <summary>
/// The household survey run by the contracted university: the questionnaire is set, twenty pilot
/// interviews are held and left out, the pilot ends, and the responses come in over 25 days of
/// fieldwork — interviews, paper forms and the web — many at a time through the group-commit writer.
/// </summary>
internal sealed class SurveyStage
{
    private const string Step = "run-survey";
    private const int PilotResponses = 20;
    public const int FieldworkDays = 25;

    private List<Submission> _responses = [];

    /// <summary>The questionnaire, the pilot interviews (stored, not counted) and the end of the pilot; then every response is drawn.</summary>
    public async Task SetUpAsync(DemoRun run)
    {
        await run.ActAsync(Step, "set-questionnaire", SurveyQuestionnaire.Json, Actors.Contractor);
        var pilot = Enumerable.Range(0, PilotResponses).Select(_ => Draw(run.Random, InputChannel.Enumerator)).ToList();
        await run.SubmitAllAsync(Step, pilot, ToolCaller.Staff(Actors.Enumerator));
        await run.ActAsync(Step, "end-pilot", "{}", Actors.Contractor);

        // Drawn in one sequence first, so the data do not depend on the order the writer commits them in.
        _responses = new List<Submission>(run.Options.SurveyResponses);
        for (var i = 0; i < run.Options.SurveyResponses; i++)
        {
            _responses.Add(Draw(run.Random, Channel(run.Random)));
        }
    }

    /// <summary>One day of fieldwork's responses.</summary>
    public Task DayAsync(DemoRun run, int day)
    {
        var perDay = (int)Math.Ceiling(_responses.Count / (double)FieldworkDays);
        var batch = _responses.Skip(day * perDay).Take(perDay).ToList();
        return batch.Count == 0 ? Task.CompletedTask : run.SubmitAllAsync(Step, batch, ToolCaller.Staff(Actors.Enumerator));
    }

    public static Task CloseAsync(DemoRun run) => run.CloseAsync(Step, Actors.Office);

    private static Submission Draw(Random random, InputChannel channel)
    {
        var person = Population.Draw(random);
        return SurveyAnswers.Draw(random, person, channel) with { Collector = channel == InputChannel.Web ? null : Actors.Enumerator };
    }

    private static InputChannel Channel(Random random) => Population.Pick(random, [(InputChannel.Enumerator, 0.68), (InputChannel.Paper, 0.17), (InputChannel.Web, 0.15)]);
}
