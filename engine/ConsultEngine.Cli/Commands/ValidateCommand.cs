using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using ConsultEngine.Definitions.Overlays;
using ConsultEngine.Definitions.StepTypes;
using ConsultEngine.Definitions.Validation;

namespace ConsultEngine.Cli.Commands;

/// <summary><c>consult validate &lt;file|dir&gt;</c>: every problem of every document, compiler-style or as JSON.</summary>
internal static class ValidateCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var path = new Argument<string>("path") { Description = "A definition or overlay file, or a folder of them." };
        var format = new Option<string>("--format") { Description = "Output format: text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var definitions = new Option<string?>("--definitions") { Description = "Folder of the definitions overlays extend (default: the nearest 'definitions' folder)." };
        var timing = new Option<bool>("--timing") { Description = "Print how long start-up and each validation took." };
        var plugins = PluginsOption.Create();
        var command = new Command("validate", "Check definitions and overlays; exit 0 when all are valid, 1 when any is not.") { path, format, definitions, timing, plugins };
        command.SetAction(result => Run(result.GetValue(path)!, result.GetValue(format)!, result.GetValue(definitions), result.GetValue(timing), result.GetValue(plugins), stdout, stderr));
        return command;
    }

    private static int Run(string path, string format, string? definitionsRoot, bool timing, string? pluginsRoot, TextWriter stdout, TextWriter stderr)
    {
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            stderr.WriteLine($"consult: '{path}' is neither a file nor a folder.");
            return ConsultCli.BadUsage;
        }

        if (definitionsRoot is not null && !Directory.Exists(definitionsRoot))
        {
            stderr.WriteLine($"consult: the definitions folder '{definitionsRoot}' does not exist.");
            return ConsultCli.BadUsage;
        }

        if (!PluginsOption.Check(pluginsRoot, stderr))
        {
            return ConsultCli.BadUsage;
        }

        var startup = Stopwatch.StartNew();
        var catalog = DefinitionFiles.LoadCatalog(path, definitionsRoot);
        // The step types of the loaded plugins; a standard tool no plugin supplies keeps its built-in descriptor.
        var validator = new DefinitionValidator(PluginsOption.Load(pluginsRoot, stderr).CreateStepTypeRegistry(), catalog);
        if (timing)
        {
            // Pay JIT and schema set-up at start-up, as a host does, so each file's figure is the validation itself.
            validator.WarmUp();
        }

        startup.Stop();

        var results = new List<ValidationResult>();
        foreach (var file in DefinitionFiles.Expand(path))
        {
            var watch = Stopwatch.StartNew();
            var result = validator.ValidateFile(file);
            watch.Stop();
            results.Add(result);
            if (timing)
            {
                stderr.WriteLine($"timing: validated {file} in {watch.Elapsed.TotalMilliseconds:F1} ms");
            }
        }

        if (timing)
        {
            stderr.WriteLine($"timing: start-up (catalog, plugins and step types, validator warm-up) {startup.Elapsed.TotalMilliseconds:F1} ms");
        }

        if (format == "json")
        {
            WriteJson(results, stdout);
        }
        else
        {
            WriteText(results, stdout);
        }

        return results.All(r => r.IsValid) ? ConsultCli.Ok : ConsultCli.ProblemsFound;
    }

    private static void WriteText(List<ValidationResult> results, TextWriter stdout)
    {
        DiagnosticText.Write(results.SelectMany(r => r.Diagnostics), stdout);

        var invalid = results.Count(r => !r.IsValid);
        var errors = results.Sum(r => r.Diagnostics.Count(d => d.IsError));
        var warnings = results.Sum(r => r.Diagnostics.Count(d => d.Severity == Definitions.Diagnostics.DiagnosticSeverity.Warning));
        stdout.WriteLine($"{results.Count} document(s) checked: {results.Count - invalid} valid, {invalid} invalid; {errors} error(s), {warnings} warning(s).");
    }

    private static void WriteJson(List<ValidationResult> results, TextWriter stdout)
    {
        var payload = results.Select(r => new
        {
            file = r.File,
            valid = r.IsValid,
            diagnostics = r.Diagnostics.Select(d => new
            {
                code = d.Code,
                severity = d.Severity.ToString().ToLowerInvariant(),
                message = d.Message,
                path = d.Path,
                line = d.Line,
                column = d.Column,
            }),
        });
        stdout.WriteLine(JsonSerializer.Serialize(payload, CliJson.Options));
    }
}
