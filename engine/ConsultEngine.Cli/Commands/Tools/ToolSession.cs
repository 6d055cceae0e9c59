using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ConsultEngine.Abstractions;
using ConsultEngine.Hosting.Tools;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultEngine.Cli.Commands.Tools;

/// <summary>
/// The engine session of a <c>consult tools</c> command: the tool steps service of the host, and a
/// tool's refusal printed compiler-style (<c>error CE9108: message</c>, then each problem with its
/// place) with exit code 1.
/// </summary>
internal static class ToolSession
{
    /// <summary>Tool results as JSON: indented, camelCase, enums as words, readable Vietnamese.</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static Task<int> RunAsync(ParseResult parse, EngineOptions options, TextWriter stderr, Func<IToolSteps, Task<int>> body) =>
        EngineSession.RunAsync(parse, options, DatabaseUse.Existing, stderr, async services =>
        {
            try
            {
                return await body(services.GetRequiredService<IToolSteps>()).ConfigureAwait(false);
            }
            catch (ToolException error)
            {
                stderr.WriteLine($"error {error.Code}: {error.Message}");
                WriteProblems(error.Problems, stderr);
                return ConsultCli.ProblemsFound;
            }
        });

    public static void WriteProblems(IEnumerable<ToolProblem> problems, TextWriter writer)
    {
        foreach (var problem in problems)
        {
            var severity = problem.Severity == ProblemSeverity.Error ? "error" : "warning";
            writer.WriteLine($"  {severity} {problem.Code}: {(problem.Path.Length > 0 ? problem.Path + ": " : string.Empty)}{problem.Message}");
        }
    }
}
