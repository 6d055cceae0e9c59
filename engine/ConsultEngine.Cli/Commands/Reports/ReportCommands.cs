using System.CommandLine;
using ConsultEngine.Reporting;

namespace ConsultEngine.Cli.Commands.Reports;

/// <summary>
/// <c>consult report</c> and <c>consult results</c>: what comes out of a consultation, written to a
/// file. A format or language the command does not write is a coded refusal (CE8901, CE8902) and bad
/// usage (exit 2); an unknown instance is the engine's CE8002 (exit 1).
/// </summary>
internal static class ReportCommands
{
    public static IEnumerable<Command> Create(TextWriter stdout, TextWriter stderr) =>
        [ReportCommand.Create(stdout, stderr), ResultsCommand.Create(stdout, stderr)];

    public static Option<string> Out() => new("--out")
    {
        Description = "The file to write.",
        HelpName = "file",
        Required = true,
    };

    /// <summary>Writes a refusal compiler-style and returns its exit code: bad usage for a format or language, problems found otherwise.</summary>
    public static int Refused(ReportException error, TextWriter stderr)
    {
        stderr.WriteLine($"error {error.Code}: {error.Message}");
        return error.Code is ReportCodes.UnknownFormat or ReportCodes.UnknownLanguage or ReportCodes.UnknownKind ? ConsultCli.BadUsage : ConsultCli.ProblemsFound;
    }

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/>, creating its folder.</summary>
    public static async Task WriteAsync(string path, byte[] bytes, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        await File.WriteAllBytesAsync(full, bytes, cancellationToken).ConfigureAwait(false);
    }
}
