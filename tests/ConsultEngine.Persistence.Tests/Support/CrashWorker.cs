using System.Diagnostics;
using System.Reflection;
using ConsultEngine.Persistence.Providers;

namespace ConsultEngine.Persistence.Tests.Support;

/// <summary>
/// The crash tests' child process (<c>tests/ConsultEngine.CrashWorker</c>): where it is built, and one
/// run of it on a database, killed with SIGKILL once the test has read enough of its outcomes.
/// </summary>
internal static class CrashWorker
{
    /// <summary>The worker's dll, as the build recorded it.</summary>
    public static string Path()
    {
        var path = typeof(CrashWorker).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "CrashWorkerPath").Value!;
        path = System.IO.Path.GetFullPath(path);
        Assert.True(File.Exists(path), $"The crash worker is not built at {path}.");
        return path;
    }

    // dotnet test runs under the SDK's host and names it; outside it, the one on PATH.
    public static string DotnetHost() => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    /// <summary>
    /// Runs the worker with <paramref name="arguments"/> on <paramref name="database"/>, hands each line
    /// it prints to <paramref name="onLine"/> (which says whether the line was an outcome), and kills it
    /// once <paramref name="killAfter"/> outcomes were read (never, when null).
    /// </summary>
    public static async Task<CrashWorkerRun> RunAsync(DatabaseSelection database, IEnumerable<string> arguments, Func<string, bool> onLine, int? killAfter, TimeSpan limit)
    {
        var start = new ProcessStartInfo(DotnetHost(), [Path(), .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        // The product's setting names (the worker's WorkerDatabase); each set or removed, so none leaks in from the test's own environment.
        SetOrRemove(start, "ConsultEngine__Database__Provider", database.Provider.ToString());
        SetOrRemove(start, "ConsultEngine__Database__ConnectionString", database.ConnectionString);
        SetOrRemove(start, "ConsultEngine__DatabasePath", database.SqlitePath);

        using var process = Process.Start(start) ?? throw new InvalidOperationException("The worker did not start.");
        using var timeout = new CancellationTokenSource(limit);
        var errors = process.StandardError.ReadToEndAsync(timeout.Token);
        var (count, killed, last) = (0, false, string.Empty);
        try
        {
            // Lines read after the kill were written before it: they were acknowledged too.
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                last = line;
                if (onLine(line) && ++count >= killAfter && !killed)
                {
                    process.Kill();
                    killed = true;
                }
            }

            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill();
            throw new TimeoutException($"The worker ran longer than {limit}.");
        }

        return new CrashWorkerRun(count, killed, process.ExitCode, last, await errors);
    }

    private static void SetOrRemove(ProcessStartInfo start, string name, string? value)
    {
        if (value is null)
        {
            start.Environment.Remove(name);
        }
        else
        {
            start.Environment[name] = value;
        }
    }
}

/// <summary>What one run of the worker did: the outcomes read, whether the test killed it, its exit code, its last line and what it wrote to stderr.</summary>
internal sealed record CrashWorkerRun(int Outcomes, bool Killed, int ExitCode, string LastLine, string Errors);
