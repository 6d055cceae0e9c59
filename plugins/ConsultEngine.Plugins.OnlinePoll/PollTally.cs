using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.OnlinePoll;

/// <summary>
/// The live result of the poll, as the public `tally` action returns it. People and opinions are
/// counted apart: <see cref="People"/> is the number of distinct voters, an opinion is one option
/// chosen, so a multiple-choice question gathers more opinions than people.
/// </summary>
internal sealed record PollTally(string Status, DateTimeOffset OpensAt, DateTimeOffset ClosesAt, int People, int Opinions, int ChangedVotes, IReadOnlyList<QuestionTally> Questions)
{
    /// <summary>The tally from the step's aggregate counts (<see cref="IToolInputs.TallyAsync"/>): the same work for ten votes as for a million.</summary>
    public static PollTally Of(PollDefinition poll, InputTally tally, DateTimeOffset now)
    {
        var analysis = InputAnalyzer.Analyse(OnlinePollTool.ToolId, "tally", tally, poll.Specs(), new AnalysisOptions { CrossTabBy = [] });
        var questions = analysis.Questions
            .Select(result =>
            {
                var question = poll.Question(result.Id)!;
                var opinions = result.Options.Sum(o => o.Count);
                var options = result.Options
                    .Select(o => new OptionTally(o.Value, o.Label, o.Count, o.Share, o.Ci95, opinions == 0 ? 0 : (double)o.Count / opinions))
                    .ToList();
                return new QuestionTally(question.Id, question.Title, question.Choice, question.MaxChoices, result.Answered, opinions, options);
            })
            .ToList();
        return new PollTally(poll.StatusAt(now), poll.OpensAt, poll.ClosesAt, analysis.Basis.People, questions.Sum(q => q.Opinions), ChangedVotesIn(tally), questions);
    }

    /// <summary>Votes replaced by a later vote of the same person (withdrawn inputs that carry a voter's key).</summary>
    public static int ChangedVotesIn(InputTally tally) => (int)tally.WithdrawnKeyed;

    /// <summary>The step's tally of the poll's questions.</summary>
    public static ValueTask<InputTally> ReadAsync(ToolContext context, PollDefinition? poll, CancellationToken cancellationToken) =>
        context.Inputs.TallyAsync(poll?.Specs() ?? [], cancellationToken);
}

/// <summary>One question's tally: <see cref="People"/> who answered it, <see cref="Opinions"/> (options chosen) and each option's count.</summary>
internal sealed record QuestionTally(string Id, LocalText Title, string Choice, int MaxChoices, int People, int Opinions, IReadOnlyList<OptionTally> Options);

/// <summary>
/// One option's count, its share of the people who answered the question (with its 95% Wilson
/// interval) and its share of the question's opinions.
/// </summary>
internal sealed record OptionTally(string Value, LocalText? Label, int Count, double ShareOfPeople, Interval Ci95, double ShareOfOpinions);

/// <summary>What the poll kept when its step closed (the record <c>poll/closing</c>).</summary>
internal sealed record PollClosing(DateTimeOffset ClosedAt, int People, int Opinions, int ChangedVotes)
{
    public const string Key = "closing";
}
