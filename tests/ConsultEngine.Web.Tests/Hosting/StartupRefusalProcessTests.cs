using System.Diagnostics;
using System.Reflection;
using ConsultEngine.Web.Testing;

namespace ConsultEngine.Web.Tests.Hosting;

/// <summary>
/// The built web host run as a child process, the way an operator starts it, with a setting it must refuse:
/// it exits with 1 before serving anything and says on standard error, led by the code, what to fix, with
/// no stack trace. The in-process tests check which exception each setting raises; these check what the
/// operator reads.
/// </summary>
public sealed class StartupRefusalProcessTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task AnUnknownDatabaseProvider_ExitsOne_WithCE8320()
    {
        var run = await StartAsync(("ConsultEngine__Database__Provider", "Oracle"));

        AssertRefused(run, "CE8320");
    }

    [Fact]
    public async Task PostgreSqlWithoutTheIdentifierHashKey_ExitsOne_WithCE8380_NamingTheSetting()
    {
        var run = await StartAsync(
            ("ConsultEngine__Database__Provider", "PostgreSql"),
            ("ConsultEngine__Database__ConnectionString", "Host=127.0.0.1;Port=1;Database=never_opened;Username=consult"),
            ("ConsultEngine__IdentifierHashKey", string.Empty));

        var line = AssertRefused(run, "CE8380");
        Assert.Contains("ConsultEngine:IdentifierHashKey", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AClaimLeaseOutOfRange_RefusedOnceTheHostStarts_ExitsOne_WithCE8461()
    {
        var run = await StartAsync(("ConsultEngine__Cluster__TimerClaimLeaseSeconds", "0"));

        AssertRefused(run, "CE8461");
    }

    [Fact]
    public async Task ABatchSizeOutOfRange_ExitsOne_WithCE8121_NamingTheSetting()
    {
        var run = await StartAsync(("ConsultEngine__BatchSize", "0"));

        var line = AssertRefused(run, "CE8121");
        Assert.Contains("ConsultEngine:BatchSize", line, StringComparison.Ordinal);
    }

    /// <summary>Asserts the exit code, the absence of a stack trace, and that a line of standard error begins with the code; returns that line.</summary>
    private static string AssertRefused(HostRun run, string code)
    {
        Assert.True(run.ExitCode == 1, $"exit code {run.ExitCode}; stderr: {run.Stderr}");
        foreach (var text in new[] { run.Stdout, run.Stderr })
        {
            Assert.DoesNotContain("Unhandled exception", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotMatch(@"(?m)^\s+at \S+\(", text);
        }

        var lines = run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return Assert.Single(lines, l => l.StartsWith(code + ":", StringComparison.Ordinal));
    }

    /// <summary>Starts the built host on a folder of its own with <paramref name="settings"/> (environment variables) and waits for it to end.</summary>
    private static async Task<HostRun> StartAsync(params (string Name, string Value)[] settings)
    {
        using var folder = TestFolder.Create();
        var dll = WebHostDll();
        var start = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ConsultEngine__DatabasePath"] = Path.Combine(folder.Path, "consult.db");
        start.Environment["ConsultEngine__DefinitionsPath"] = RepositoryPaths.Definitions;
        start.Environment["ConsultEngine__IdentifierKeyPath"] = Path.Combine(folder.Path, "identifier.key");
        start.Environment["ConsultEngine__JournalKeyPath"] = Path.Combine(folder.Path, "journal.key");
        foreach (var (name, value) in settings)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("The web host did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // It started serving instead of refusing: stopped, and the test fails with what it printed.
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Assert.Fail($"the host did not exit within {Timeout}; stdout: {await stdout}; stderr: {await stderr}");
        }

        return new HostRun(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>The web host's own build output, in the configuration and framework of this test assembly.</summary>
    private static string WebHostDll()
    {
        var configuration = typeof(StartupRefusalProcessTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Name;
        var dll = Path.Combine(RepositoryPaths.Root, "designer", "ConsultEngine.Web", "bin", configuration, framework, "ConsultEngine.Web.dll");
        Assert.True(File.Exists(Path.ChangeExtension(dll, ".runtimeconfig.json")), $"{dll} is not built with its runtime config.");
        return dll;
    }

    /// <summary>The dotnet host running the tests (the SDK exports it), else the one on the PATH.</summary>
    private static string DotnetHost()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
        {
            return host;
        }

        return Environment.ProcessPath is { } current && Path.GetFileNameWithoutExtension(current) == "dotnet" ? current : "dotnet";
    }

    private sealed record HostRun(int ExitCode, string Stdout, string Stderr);
}
