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
    private static string AssertRefused(ChildRun run, string code)
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
    private static async Task<ChildRun> StartAsync(params (string Name, string Value)[] settings)
    {
        using var folder = TestFolder.Create();
        var dll = WebHostDll();
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ConsultEngine__DatabasePath"] = Path.Combine(folder.Path, "consult.db"),
            ["ConsultEngine__DefinitionsPath"] = RepositoryPaths.Definitions,
            ["ConsultEngine__IdentifierKeyPath"] = Path.Combine(folder.Path, "identifier.key"),
            ["ConsultEngine__JournalKeyPath"] = Path.Combine(folder.Path, "journal.key"),
        };
        foreach (var (name, value) in settings)
        {
            environment[name] = value;
        }

        // A host that serves instead of refusing is stopped at the timeout, and the test fails with what it printed.
        return await ChildProcess.RunDotnetAsync(dll, ["--urls", "http://127.0.0.1:0"], Timeout, environment, Path.GetDirectoryName(dll));
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
}
