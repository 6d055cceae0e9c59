using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using ConsultEngine.Benchmarks.Measurement;
using ConsultEngine.Persistence.Tools;

namespace ConsultEngine.Benchmarks.Http;

/// <summary>
/// The <c>http</c> suite's memory measures. The web host, started afresh on a fresh file, is read idle
/// (resident memory and what it is made of: anonymous, files mapped, shared) and again after a burst of
/// survey submissions, 60 s long (10 s in quick mode), with its peak sampled every half second; and the
/// writer's unique-key table is filled with a million keys shaped as the product's (64 hex characters)
/// beside the same keys as strings in a dictionary, the form it had before.
/// </summary>
internal static class MemoryBurst
{
    private const double IdleBar = 200;
    private const double BurstBar = 600;
    private const double KeysBar = 64;
    private const int BurstConnections = 64;
    private const int Keys = 1_000_000;
    private const double Megabyte = 1024.0 * 1024.0;

    public static async Task<IReadOnlyList<ResultRow>> RunAsync(string dll, bool quick, CancellationToken cancellationToken)
    {
        var c = CultureInfo.InvariantCulture;
        var burst = TimeSpan.FromSeconds(quick ? 10 : 60);
        Console.WriteLine($"http memory{(quick ? " (quick: a 10 s burst, not 60 s)" : string.Empty)}: a fresh host, idle after start, then {burst.TotalSeconds:0} s of submissions on {BurstConnections} connections");
        Console.WriteLine($"  {MachineLoad.Describe()}");
        using var data = await HttpData.CreateAsync(cancellationToken).ConfigureAwait(false);
        Memory idle, after;
        double peak;
        LoadResult submitted;
        var host = await WebHostProcess.StartAsync(dll, data, cancellationToken).ConfigureAwait(false);
        await using (host.ConfigureAwait(false))
        {
            // Settled: the host has given back what its start-up dropped (StartupMemoryTrim, 2 s after start).
            await Task.Delay(TimeSpan.FromSeconds(quick ? 5 : 10), cancellationToken).ConfigureAwait(false);
            idle = Memory.Of(host.Id);
            Console.WriteLine($"  idle after start: {idle}");
            using var load = new LoadGenerator(host.Address, BurstConnections);
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var sampling = SamplePeakAsync(host.Id, stop.Token);
            submitted = await load.SubmitAsync(data.InstanceId, HttpData.SurveyStep, burst).ConfigureAwait(false);
            await stop.CancelAsync().ConfigureAwait(false);
            peak = await sampling.ConfigureAwait(false);
            after = Memory.Of(host.Id);
            Console.WriteLine(string.Format(c, "  after the burst: {0}   peak {1:0} MB   {2:N0} submissions committed ({3:N0}/s)   {4}",
                after, Math.Max(peak, after.Resident), submitted.Count(HttpStatusCode.Created), submitted.PerSecond(HttpStatusCode.Created), MachineLoad.Describe()));
        }

        var (compact, strings) = MeasureKeys();
        Console.WriteLine(string.Format(c, "  unique-key table, {0:N0} keys of 64 hex characters: {1:0.0} MB (the table) against {2:0.0} MB as strings in a Dictionary<string, long>", Keys, compact, strings));
        var memoryOk = idle.Resident < IdleBar && after.Resident < BurstBar;
        return
        [
            new ResultRow("http", $"host resident memory MB: idle after start; other: after a {burst.TotalSeconds:0} s submission burst ({submitted.Count(HttpStatusCode.Created):N0} committed)",
                idle.Resident.ToString("0", c), after.Resident.ToString("0", c), "—", $"< {IdleBar:0} and < {BurstBar:0}", memoryOk),
            new ResultRow("http", "unique-key registry MB per million keys; other: the keys as strings in a dictionary",
                compact.ToString("0.0", c), strings.ToString("0.0", c), (compact / strings).ToString("0.0%", c), $"< {KeysBar:0}", compact < KeysBar),
        ];
    }

    /// <summary>The largest resident memory seen until cancelled.</summary>
    private static async Task<double> SamplePeakAsync(int pid, CancellationToken cancellationToken)
    {
        var peak = 0.0;
        try
        {
            while (true)
            {
                peak = Math.Max(peak, Memory.Of(pid).Resident);
                await Task.Delay(500, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            return peak;
        }
    }

    /// <summary>MB a million keys take in the writer's table (its slots, as grown by adding the keys) and as strings in a dictionary.</summary>
    private static (double Compact, double Strings) MeasureKeys()
    {
        var keys = new string[Keys];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = Convert.ToHexStringLower(SHA256.HashData(BitConverter.GetBytes(i)));
        }

        var set = new UniqueKeySet();
        for (var i = 0; i < keys.Length; i++)
        {
            set.Hold(keys[i], i + 1);
        }

        // What the dictionary held: a string read back from the file per key, and its entries. Sized up
        // front and filled on this thread, so the bytes allocated are the bytes it keeps.
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var dictionary = new Dictionary<string, long>(Keys, StringComparer.Ordinal);
        for (var i = 0; i < keys.Length; i++)
        {
            dictionary[new string(keys[i].AsSpan())] = i + 1;
        }

        var strings = GC.GetAllocatedBytesForCurrentThread() - allocated;
        GC.KeepAlive(dictionary);
        return (set.Bytes / Megabyte, strings / Megabyte);
    }

    /// <summary>A process's resident memory in MB and its parts (<c>/proc/PID/status</c>).</summary>
    private sealed record Memory(double Resident, double Anonymous, double Files, double Shared)
    {
        public static Memory Of(int pid)
        {
            var fields = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (var line in File.ReadLines($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/status"))
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                if (colon > 0 && line.EndsWith(" kB", StringComparison.Ordinal))
                {
                    fields[line[..colon]] = long.Parse(line[(colon + 1)..^3].Trim(), CultureInfo.InvariantCulture) / 1024.0;
                }
            }

            return new Memory(fields.GetValueOrDefault("VmRSS"), fields.GetValueOrDefault("RssAnon"), fields.GetValueOrDefault("RssFile"), fields.GetValueOrDefault("RssShmem"));
        }

        public override string ToString() => string.Format(CultureInfo.InvariantCulture,
            "resident {0:0} MB (anonymous {1:0}, files mapped {2:0}, shared {3:0})", Resident, Anonymous, Files, Shared);
    }
}
