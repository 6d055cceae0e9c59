using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace ConsultEngine.Benchmarks.Http;

/// <summary>
/// The real web host (the Release build output of <c>designer/ConsultEngine.Web</c>) run as a process of its
/// own on a free loopback port, on the given data folder, with the rate limits and the host's concurrency
/// limiter raised by configuration so that they do not cap what is measured. Its CPU time and resident
/// memory are read from <c>/proc</c>, so they are the host's alone, not the load generator's.
/// </summary>
internal sealed class WebHostProcess : IAsyncDisposable
{
    /// <summary>USER_HZ: the unit of the CPU times in <c>/proc/PID/stat</c>, 100 on every Linux the product runs on.</summary>
    private const double TicksPerSecond = 100;

    private readonly Process _process;

    private WebHostProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public int Id => _process.Id;

    /// <summary>The variable naming another build of the host to measure (an older commit's, for a before/after pair).</summary>
    public const string BuildVariable = "CONSULT_BENCH_WEB_DLL";

    /// <summary>
    /// The variable naming a file for a CPU profile of the host (EventPipe's sample profiler, turned on by the
    /// runtime's own <c>DOTNET_</c> variables, no tool installed); the host is then stopped gracefully so that
    /// the trace is complete. Read it with TraceEvent or PerfView.
    /// </summary>
    public const string TraceVariable = "CONSULT_BENCH_HOST_TRACE";

    private bool Traced { get; init; }

    /// <summary>The web host's build output (or the one <see cref="BuildVariable"/> names), or null when it was not built in Release.</summary>
    public static string? FindBuild() =>
        (Environment.GetEnvironmentVariable(BuildVariable) is { Length: > 0 } named ? Path.GetFullPath(named)
            : Path.Combine(BenchPaths.Root, "designer", "ConsultEngine.Web", "bin", "Release", "net10.0", "ConsultEngine.Web.dll")) is var dll && File.Exists(dll) ? dll : null;

    public static async Task<WebHostProcess> StartAsync(string dll, IHostData data, CancellationToken cancellationToken)
    {
        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        // On the command line: it wins over the host's appsettings.json, which names a fixed port.
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(address.ToString().TrimEnd('/'));
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__Microsoft.AspNetCore"] = "Warning",
            ["ConsultEngine__DatabasePath"] = data.DatabasePath,
            ["ConsultEngine__DefinitionsPath"] = data.Definitions,
            ["ConsultEngine__IdentifierKeyPath"] = data.IdentifierKeyPath,
            ["ConsultEngine__JournalKeyPath"] = data.JournalKeyPath,
            // Raised so that the limits do not cap the measure (one client address sends everything).
            ["ConsultWeb__RateLimits__PublicSubmissionPerMinute"] = "1000000000",
            ["ConsultWeb__RateLimits__PublicReadPerMinute"] = "1000000000",
            ["ConsultWeb__RateLimits__ConcurrentRequests"] = "100000",
            ["ConsultWeb__RateLimits__ConcurrentQueue"] = "100000",
        };
        if (Environment.GetEnvironmentVariable(TraceVariable) is { Length: > 0 } trace)
        {
            environment["DOTNET_EnableEventPipe"] = "1";
            environment["DOTNET_EventPipeOutputPath"] = Path.GetFullPath(trace);
            environment["DOTNET_EventPipeConfig"] = "Microsoft-DotNETCore-SampleProfiler:0:5,Microsoft-Windows-DotNETRuntime:0x18:5";
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The web host did not start.");
        // Drained so that a full pipe never blocks the host; kept for the error message of a failed start.
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.OutputDataReceived += (_, e) => Keep(output, e.Data);
        process.ErrorDataReceived += (_, e) => Keep(output, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var host = new WebHostProcess(process, address) { Traced = environment.ContainsKey("DOTNET_EnableEventPipe") };
        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromMinutes(3))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The web host exited ({process.ExitCode}):{Environment.NewLine}{string.Join(Environment.NewLine, output.TakeLast(40))}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("api/health", UriKind.Relative), cancellationToken).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    return host;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Busy starting.
            }

            await Task.Delay(200, cancellationToken).ConfigureAwait(false);
        }

        await host.DisposeAsync().ConfigureAwait(false);
        throw new TimeoutException($"The web host did not answer /api/health:{Environment.NewLine}{string.Join(Environment.NewLine, output.TakeLast(40))}");
    }

    /// <summary>User and system CPU time of the host process so far (utime and stime of <c>/proc/PID/stat</c>).</summary>
    public TimeSpan CpuTime()
    {
        var stat = File.ReadAllText($"/proc/{Id.ToString(CultureInfo.InvariantCulture)}/stat");
        // The command name may hold spaces: the fields are counted from after its closing parenthesis (field 3 first).
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }

    /// <summary>The host's resident memory in MB (<c>VmRSS</c> of <c>/proc/PID/status</c>).</summary>
    public double ResidentMegabytes()
    {
        foreach (var line in File.ReadLines($"/proc/{Id.ToString(CultureInfo.InvariantCulture)}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                var kilobytes = long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                return kilobytes / 1024.0;
            }
        }

        return double.NaN;
    }

    public async ValueTask DisposeAsync()
    {
        if (Traced && !_process.HasExited)
        {
            // SIGTERM: the host shuts down and the runtime writes the end of the trace (method names included).
            using var term = Process.Start("kill", ["-TERM", Id.ToString(CultureInfo.InvariantCulture)]);
            await term.WaitForExitAsync().ConfigureAwait(false);
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            try
            {
                await _process.WaitForExitAsync(wait.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Not stopped in time: killed below.
            }
        }

        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().ConfigureAwait(false);
        }

        _process.Dispose();
    }

    private static void Keep(System.Collections.Concurrent.ConcurrentQueue<string> output, string? line)
    {
        if (line is null)
        {
            return;
        }

        output.Enqueue(line);
        while (output.Count > 200 && output.TryDequeue(out _))
        {
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
