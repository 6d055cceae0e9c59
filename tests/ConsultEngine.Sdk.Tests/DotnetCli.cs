using System.Diagnostics;
using System.Text;
using Xunit.Abstractions;

namespace ConsultEngine.Sdk.Tests;

/// <summary>
/// Runs the <c>dotnet</c> command line (or a script) as a plugin author would, in a clean
/// environment: none of the MSBuild settings of the test run leak in, no build server outlives the
/// command (it would hold the output pipes open), and a command that runs too long is killed.
/// </summary>
internal sealed class DotnetCli(ITestOutputHelper output)
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(20);

    /// <summary>Runs <paramref name="fileName"/> with <paramref name="arguments"/>; fails the test with the command's output when it does not exit with 0.</summary>
    public async Task<string> RunAsync(string workingDirectory, string fileName, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host may run inside `dotnet test`: its MSBuild settings must not steer the plugin's build.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";

        var text = new StringBuilder();
        var command = fileName + " " + string.Join(' ', arguments);
        var clock = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(text, e.Data);
        process.ErrorDataReceived += (_, e) => Append(text, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(Limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"`{command}` ran longer than {Limit.TotalMinutes} minutes:\n{Tail(text)}");
        }

        output.WriteLine($"    `{command}` exited with {process.ExitCode} after {clock.Elapsed.TotalSeconds:0} s");
        Assert.True(process.ExitCode == 0, $"`{command}` in {workingDirectory} exited with {process.ExitCode}:\n{Tail(text)}");
        return Tail(text);
    }

    private static void Append(StringBuilder text, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (text)
        {
            text.AppendLine(line);
        }
    }

    /// <summary>The end of the output, where a build prints its errors.</summary>
    private static string Tail(StringBuilder text)
    {
        lock (text)
        {
            const int Keep = 12_000;
            return text.Length <= Keep ? text.ToString() : "…" + text.ToString(text.Length - Keep, Keep);
        }
    }
}
