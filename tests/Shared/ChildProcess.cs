using System.Diagnostics;

namespace ConsultEngine.TestSupport;

/// <summary>
/// A built program run as a child process of the test, the way a user or a script runs it: through the
/// dotnet host, its output read whole, and ended (with its children) if it outlives the timeout. One source,
/// compiled into each test project that runs a program (the CLI's and the web host's process tests).
/// </summary>
public static class ChildProcess
{
    /// <summary>Runs <c>dotnet <paramref name="dll"/> <paramref name="arguments"/></c> with <paramref name="environment"/> added to this process's.</summary>
    /// <exception cref="TimeoutException">It did not exit within <paramref name="timeout"/> (it is stopped; the message holds what it printed).</exception>
    public static async Task<ChildRun> RunDotnetAsync(string dll, IEnumerable<string> arguments, TimeSpan timeout,
        IReadOnlyDictionary<string, string>? environment = null, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
            WorkingDirectory = workingDirectory ?? string.Empty,
        };
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{dll} did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync().ConfigureAwait(false);
            throw new TimeoutException($"{Path.GetFileName(dll)} {string.Join(' ', start.ArgumentList.Skip(1))} did not exit within {timeout}; stdout: {await stdout.ConfigureAwait(false)}; stderr: {await stderr.ConfigureAwait(false)}");
        }

        return new ChildRun(process.ExitCode, await stdout.ConfigureAwait(false), await stderr.ConfigureAwait(false));
    }

    /// <summary>The dotnet host running the tests (the SDK exports it), else the one on the PATH.</summary>
    public static string DotnetHost()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
        {
            return host;
        }

        return Environment.ProcessPath is { } current && Path.GetFileNameWithoutExtension(current) == "dotnet" ? current : "dotnet";
    }
}

/// <summary>How a child process ended: its exit code and everything it printed.</summary>
public sealed record ChildRun(int ExitCode, string Stdout, string Stderr);
