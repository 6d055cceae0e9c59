using System.Text.RegularExpressions;
using ConsultEngine.Cli;

namespace ConsultEngine.Cli.Tests;

/// <summary>What one run of <c>consult</c> printed and returned.</summary>
internal sealed record CliOutput(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>The compiler-style diagnostic lines of <paramref name="text"/>.</summary>
    public static IReadOnlyList<DiagnosticLine> Diagnostics(string text) =>
        [.. text.Split('\n').Select(DiagnosticLine.TryParse).OfType<DiagnosticLine>()];
}

/// <summary>One <c>file:line:col: severity CODE: message [/pointer]</c> line.</summary>
internal sealed partial record DiagnosticLine(string File, int Line, int Column, string Severity, string Code, string Path)
{
    public static DiagnosticLine? TryParse(string text)
    {
        var match = Pattern().Match(text.TrimEnd('\r'));
        return match.Success
            ? new DiagnosticLine(
                match.Groups["file"].Value,
                int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(match.Groups["column"].Value, System.Globalization.CultureInfo.InvariantCulture),
                match.Groups["severity"].Value,
                match.Groups["code"].Value,
                match.Groups["path"].Value)
            : null;
    }

    [GeneratedRegex(@"^(?<file>.+):(?<line>\d+):(?<column>\d+): (?<severity>error|warning|info) (?<code>CE\d{4}): .* \[(?<path>[^\]]*)\]$")]
    private static partial Regex Pattern();
}

/// <summary>Runs the CLI in-process, as <c>Program.cs</c> does, with captured output.</summary>
internal static class CliRun
{
    public static CliOutput Invoke(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = ConsultCli.Run(args, stdout, stderr);
        return new CliOutput(exitCode, stdout.ToString(), stderr.ToString());
    }
}
