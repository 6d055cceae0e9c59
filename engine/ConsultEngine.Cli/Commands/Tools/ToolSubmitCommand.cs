using System.CommandLine;
using System.Text.Json;
using ConsultEngine.Abstractions;
using ConsultEngine.Hosting.Tools;

namespace ConsultEngine.Cli.Commands.Tools;

/// <summary>
/// <c>consult tools submit &lt;id&gt; &lt;step&gt; --answers JSON</c>: one submission to a tool step, entered by
/// staff (the actor) through a channel. Accepted: prints what was stored; refused: prints each
/// problem, stores nothing and exits 1.
/// </summary>
internal static class ToolSubmitCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var id = CommandArguments.InstanceId();
        var step = new Argument<string>("step") { Description = "The id of the tool step." };
        var answers = CommandArguments.Json("--answers", "The structured answers: a JSON object from question id to value.");
        var text = new Option<string?>("--text") { Description = "Free text (a comment, an opinion given orally).", HelpName = "text" };
        var channel = new Option<InputChannel>("--channel")
        {
            Description = "How the submission arrived: web, enumerator, paper or import.",
            DefaultValueFactory = _ => InputChannel.Enumerator,
        };
        channel.AcceptOnlyFromAmong("web", "enumerator", "paper", "import");
        var identifier = new Option<string?>("--identifier") { Description = "A personal identifier offered for verification (hashed by the tool, never stored).", HelpName = "phone-or-id" };
        var subject = new Option<string?>("--subject") { Description = "What the submission is about within the tool (a session, a poll).", HelpName = "subject" };
        var actor = EngineOptions.Actor();
        var engine = new EngineOptions();
        var command = new Command("submit", "Hand one submission to a tool step; a refusal prints each problem, stores nothing and exits 1.") { id, step, answers, text, channel, identifier, subject, actor };
        engine.AddTo(command);
        command.SetAction((result, cancellationToken) => ToolSession.RunAsync(result, engine, stderr, async tools =>
        {
            var who = result.GetValue(actor)!;
            var submission = new Submission
            {
                Channel = result.GetValue(channel),
                Answers = result.GetValue(answers) is { } node ? JsonSerializer.SerializeToElement(node) : null,
                Text = result.GetValue(text),
                Identifier = result.GetValue(identifier),
                Subject = result.GetValue(subject),
                Collector = who,
            };
            var outcome = await tools.SubmitAsync(result.GetValue(id), result.GetValue(step)!, submission, ToolCaller.Staff(who), cancellationToken).ConfigureAwait(false);
            if (!outcome.Accepted)
            {
                stderr.WriteLine($"refused: {(outcome.Stored.Count == 0 ? "nothing was stored" : $"{outcome.Stored.Count} input(s) stored, the others refused")}");
                ToolSession.WriteProblems(outcome.Problems, stderr);
                return ConsultCli.ProblemsFound;
            }

            stdout.WriteLine($"accepted: {outcome.Stored.Count} input(s) stored");
            foreach (var input in outcome.Stored)
            {
                stdout.WriteLine($"  {input}");
            }

            ToolSession.WriteProblems(outcome.Problems, stdout);
            return ConsultCli.Ok;
        }));
        return command;
    }
}
