using System.CommandLine;
using System.Text.Json;
using ConsultEngine.Hosting.Tools;

namespace ConsultEngine.Cli.Commands.Tools;

/// <summary><c>consult tools action &lt;id&gt; &lt;step&gt; &lt;action&gt; --payload JSON</c>: runs one of the tool's actions as staff and prints its result.</summary>
internal static class ToolActionCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var id = CommandArguments.InstanceId();
        var step = new Argument<string>("step") { Description = "The id of the tool step." };
        var action = new Argument<string>("action") { Description = "The name of the tool's action." };
        var payload = CommandArguments.Json("--payload", "The action's payload as JSON (an empty object when not given).");
        var actor = EngineOptions.Actor();
        var engine = new EngineOptions();
        var command = new Command("action", "Run one of a tool's actions; a refused payload prints each problem at its JSON Pointer and exits 1.") { id, step, action, payload, actor };
        engine.AddTo(command);
        command.SetAction((result, cancellationToken) => ToolSession.RunAsync(result, engine, stderr, async tools =>
        {
            var body = JsonSerializer.SerializeToElement(result.GetValue(payload) ?? new System.Text.Json.Nodes.JsonObject());
            var answer = await tools.ExecuteAsync(result.GetValue(id), result.GetValue(step)!, result.GetValue(action)!, body, ToolCaller.Staff(result.GetValue(actor)!), cancellationToken).ConfigureAwait(false);
            stdout.WriteLine(answer is { } value ? JsonSerializer.Serialize(value, ToolSession.Json) : "done");
            return ConsultCli.Ok;
        }));
        return command;
    }
}
