using System.CommandLine;
using System.Globalization;
using ConsultEngine.Hosting.Privacy;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultEngine.Cli.Commands.Privacy;

/// <summary><c>consult privacy erase</c>: one pass of the erasure job, for installs and tests that run no web host.</summary>
internal static class PrivacyCommands
{
    public static Command Create(TextWriter stdout, TextWriter stderr) => new("privacy", "Personal data kept as Decree 13/2023/ND-CP asks.")
    {
        Erase(stdout, stderr),
    };

    private static Command Erase(TextWriter stdout, TextWriter stderr)
    {
        var engine = new EngineOptions();
        var now = new Option<DateTimeOffset?>("--now")
        {
            Description = "The moment retention is measured at (ISO 8601; default: now).",
            HelpName = "time",
        };
        var command = new Command("erase", "Keep the aggregated results of every consultation past its retention period and erase its personal data; prints the counts (never content).") { now };
        engine.AddTo(command);
        command.SetAction((result, cancellationToken) => EngineSession.RunAsync(result, engine, DatabaseUse.Existing, stderr, async services =>
        {
            var at = result.GetValue(now) ?? services.GetRequiredService<TimeProvider>().GetUtcNow();
            var erased = await services.GetRequiredService<IPersonalData>().EraseDueAsync(at, cancellationToken).ConfigureAwait(false);
            foreach (var one in erased)
            {
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{one.InstanceId}: erased inputs={one.Inputs} contacts={one.Contacts} deletion-codes={one.DeletionCodes} tool-records={one.ToolRecords}; aggregate kept"));
            }

            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"erased the personal data of {erased.Count} consultation(s)"));
            return ConsultCli.Ok;
        }, services => services.AddConsultKeptAnalysis()));
        return command;
    }
}
