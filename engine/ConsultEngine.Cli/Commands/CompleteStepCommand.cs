using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConsultEngine.Definitions.Overlays;
using ConsultEngine.Runtime;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultEngine.Cli.Commands;

/// <summary>
/// <c>consult instances complete &lt;id&gt; &lt;step&gt;</c>: completes a waiting step with an outcome and an
/// output. A refusal (a wrong outcome, an output the form or the checks refuse) stores nothing and
/// prints its code and every problem.
/// </summary>
internal static class CompleteStepCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var id = CommandArguments.InstanceId();
        var step = new Argument<string>("step") { Description = "The id of the waiting step." };
        var outcome = new Option<string?>("--outcome") { Description = "The outcome the step completes with (required when the step has outcomes).", HelpName = "id" };
        var output = CommandArguments.Json("--output", "The step's output (its form's data) as JSON.");
        var outputFile = new Option<string?>("--output-file") { Description = "A file holding the step's output as JSON.", HelpName = "file" };
        var actor = EngineOptions.Actor();
        var engine = new EngineOptions();
        var command = new Command("complete", "Complete a waiting step; on a refusal print its code and problems, store nothing and exit 1.") { id, step, outcome, output, outputFile, actor };
        engine.AddTo(command);
        command.Validators.Add(result =>
        {
            if (result.GetResult(output) is not null && result.GetResult(outputFile) is not null)
            {
                result.AddError("Give the output with --output or with --output-file, not both.");
            }
        });
        command.SetAction((result, cancellationToken) =>
        {
            var data = result.GetValue(output);
            if (result.GetValue(outputFile) is { } file && !TryReadOutput(file, stderr, out data))
            {
                return Task.FromResult(ConsultCli.BadUsage);
            }

            return EngineSession.RunAsync(result, engine, DatabaseUse.Existing, stderr, async services =>
            {
                var processes = services.GetRequiredService<ProcessEngine>();
                var stepId = result.GetValue(step)!;
                var completion = new StepCompletion(result.GetValue(actor)!, result.GetValue(outcome), data);
                var instance = await processes.CompleteStepAsync(result.GetValue(id), stepId, completion, cancellationToken: cancellationToken).ConfigureAwait(false);
                stdout.WriteLine($"completed {stepId}" + (completion.Outcome is null ? string.Empty : $" with outcome {completion.Outcome}"));
                var view = await InstanceView.LoadAsync(processes.Store, services.GetRequiredService<IDefinitionCatalog>(), instance, cancellationToken).ConfigureAwait(false);
                InstanceText.WriteSummary(view, stdout);
                return ConsultCli.Ok;
            });
        });
        return command;
    }

    private static bool TryReadOutput(string file, TextWriter stderr, out JsonNode? output)
    {
        try
        {
            output = JsonNode.Parse(File.ReadAllText(file));
            return true;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or JsonException)
        {
            stderr.WriteLine($"consult: the output file '{file}' cannot be read as JSON: {error.Message}");
            output = null;
            return false;
        }
    }
}
