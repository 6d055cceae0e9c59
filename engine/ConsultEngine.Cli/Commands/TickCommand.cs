using System.CommandLine;
using ConsultEngine.Hosting;
using ConsultEngine.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ConsultEngine.Cli.Commands;

/// <summary><c>consult instances tick</c>: fires the timers that are due (due dates raise escalations, waits end), for installs that run no web host.</summary>
internal static class TickCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var engine = new EngineOptions();
        var command = new Command("tick", "Fire the timers that are due and print how many fired (run it from cron where no web host runs the timer service).");
        engine.AddTo(command);
        command.SetAction((result, cancellationToken) => EngineSession.RunAsync(result, engine, DatabaseUse.Existing, stderr, async services =>
        {
            var processes = services.GetRequiredService<ProcessEngine>();
            var batch = services.GetRequiredService<IOptions<ConsultEngineOptions>>().Value.BatchSize;
            var total = 0;
            int fired;

            // As the timer service does: a round that fills its batch is followed at once by another.
            do
            {
                fired = await processes.FireDueTimersAsync(batch, cancellationToken).ConfigureAwait(false);
                total += fired;
            }
            while (fired == batch);

            stdout.WriteLine($"fired {total} due timer(s)");
            return ConsultCli.Ok;
        }));
        return command;
    }
}
