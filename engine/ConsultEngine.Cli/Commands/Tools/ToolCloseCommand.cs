using System.CommandLine;

namespace ConsultEngine.Cli.Commands.Tools;

/// <summary><c>consult tools close &lt;id&gt; &lt;step&gt;</c>: ends collection, completes the engine's step with the tool's results and prints them.</summary>
internal static class ToolCloseCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var id = CommandArguments.InstanceId();
        var step = new Argument<string>("step") { Description = "The id of the tool step." };
        var outcome = new Option<string?>("--outcome") { Description = "The outcome the step completes with (when it has outcomes).", HelpName = "id" };
        var actor = EngineOptions.Actor();
        var engine = new EngineOptions();
        var command = new Command("close", "Close a tool step: the tool closes and analyses it, and the step completes with the summary rules read as tools['step'].") { id, step, outcome, actor };
        engine.AddTo(command);
        command.SetAction((result, cancellationToken) => ToolSession.RunAsync(result, engine, stderr, async tools =>
        {
            var stepId = result.GetValue(step)!;
            var closed = await tools.CloseAsync(result.GetValue(id), stepId, result.GetValue(actor)!, result.GetValue(outcome), cancellationToken).ConfigureAwait(false);
            stdout.WriteLine($"closed {stepId}: {closed.Analysis.Basis.Counted} input(s) counted, {closed.Analysis.Basis.People} people");
            stdout.WriteLine(closed.Output.ToJsonString(ToolSession.Json));
            return ConsultCli.Ok;
        }));
        return command;
    }
}
