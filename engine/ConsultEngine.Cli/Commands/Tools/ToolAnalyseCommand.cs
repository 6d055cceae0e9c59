using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Cli.Commands.Tools;

/// <summary><c>consult tools analyse &lt;id&gt; &lt;step&gt;</c>: the tool's analysis of the step, as text or (<c>--json</c>) whole.</summary>
internal static class ToolAnalyseCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var id = CommandArguments.InstanceId();
        var step = new Argument<string>("step") { Description = "The id of the tool step." };
        var json = new Option<bool>("--json") { Description = "Print the whole analysis as JSON (cross-tabs, themes, passages included)." };
        var pilot = new Option<bool>("--include-pilot") { Description = "Count inputs collected during the pilot test." };
        var engine = new EngineOptions();
        var command = new Command("analyse", "Print a tool step's analysis: counts, shares with 95% intervals, figures.") { id, step, json, pilot };
        engine.AddTo(command);
        command.SetAction((result, cancellationToken) => ToolSession.RunAsync(result, engine, stderr, async tools =>
        {
            var options = new AnalysisOptions { IncludePilot = result.GetValue(pilot) };
            var analysis = await tools.AnalyseAsync(result.GetValue(id), result.GetValue(step)!, options, cancellationToken).ConfigureAwait(false);
            if (result.GetValue(json))
            {
                stdout.WriteLine(JsonSerializer.Serialize(analysis, ToolSession.Json));
            }
            else
            {
                Write(analysis, stdout);
            }

            return ConsultCli.Ok;
        }));
        return command;
    }

    private static void Write(ToolAnalysis analysis, TextWriter stdout)
    {
        var basis = analysis.Basis;
        stdout.WriteLine($"{analysis.Tool} on {analysis.StepId}: {basis.Counted} of {basis.Stored} input(s) counted, {basis.People} people (left out: {basis.ExcludedPilot} pilot, {basis.ExcludedDuplicate} duplicate, {basis.ExcludedWithdrawn} withdrawn)");
        foreach (var question in analysis.Questions)
        {
            stdout.WriteLine($"{question.Id} ({question.Answered} answered)");
            var table = new TextTable("  ");
            foreach (var option in question.Options)
            {
                table.Add(option.Value, option.Count.ToString(CultureInfo.InvariantCulture), Percent(option.Share), $"[{Percent(option.Ci95.Low)}, {Percent(option.Ci95.High)}]");
            }

            if (question.Numeric is { } numeric)
            {
                table.Add("mean", numeric.Mean.ToString(CultureInfo.InvariantCulture), $"[{numeric.Ci95.Low.ToString(CultureInfo.InvariantCulture)}, {numeric.Ci95.High.ToString(CultureInfo.InvariantCulture)}]");
            }

            table.Write(stdout);
        }

        foreach (var figure in analysis.Figures)
        {
            stdout.WriteLine($"{figure.Name}: {figure.Value?.ToString(CultureInfo.InvariantCulture) ?? "—"}");
        }

        foreach (var theme in analysis.Themes)
        {
            stdout.WriteLine($"theme {theme.Theme}: {theme.Count}");
        }
    }

    private static string Percent(double share) => share.ToString("P1", CultureInfo.InvariantCulture);
}
