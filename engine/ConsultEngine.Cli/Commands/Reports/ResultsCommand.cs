using System.CommandLine;
using ConsultEngine.Reporting;
using ConsultEngine.Reporting.Results;

namespace ConsultEngine.Cli.Commands.Reports;

/// <summary><c>consult results &lt;id&gt; --format csv|json --out FILE</c>: the consultation's aggregated open data (no personal data, no free text).</summary>
internal static class ResultsCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var id = CommandArguments.InstanceId();
        var format = new Option<string>("--format") { Description = "csv or json.", HelpName = "csv|json", DefaultValueFactory = _ => "csv" };
        var output = ReportCommands.Out();
        var engine = new EngineOptions();
        var command = new Command("results", "Write a consultation's aggregated open data: participation and per-question option counts and shares.") { id, format, output };
        engine.AddTo(command);
        command.SetAction((result, cancellationToken) =>
        {
            var kind = result.GetValue(format)!.ToLowerInvariant();
            if (!OpenResultsWriter.Formats.Contains(kind))
            {
                return Task.FromResult(ReportCommands.Refused(new ReportException(ReportCodes.UnknownFormat, $"The results are written as csv or json, not '{kind}'."), stderr));
            }

            return EngineSession.RunAsync(result, engine, DatabaseUse.Existing, stderr, async services =>
            {
                try
                {
                    var results = await ConsultationReporting.Create(services).ResultsAsync(result.GetValue(id), cancellationToken).ConfigureAwait(false);
                    await ReportCommands.WriteAsync(result.GetValue(output)!, OpenResultsWriter.Write(results, kind), cancellationToken).ConfigureAwait(false);
                    stdout.WriteLine($"wrote {result.GetValue(output)} ({kind}): {results.Total.People} people, {results.Total.Opinions} opinions, {results.Steps.Count} tool step(s)");
                    return ConsultCli.Ok;
                }
                catch (ReportException error)
                {
                    return ReportCommands.Refused(error, stderr);
                }
            });
        });
        return command;
    }
}
