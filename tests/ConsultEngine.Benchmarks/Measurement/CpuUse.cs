using System.Globalization;
using Npgsql;

namespace ConsultEngine.Benchmarks.Measurement;

/// <summary>
/// CPU used during a measured stretch, as a share of the whole machine (all its cores): this process
/// (<see cref="Environment.CpuUsage"/>), the PostgreSQL server's processes that serve the run, and the machine
/// as a whole (<c>/proc/stat</c>, everything running on it, the other users of a shared machine included).
/// The server's processes counted are those <c>pg_stat_activity</c> lists for the run's database (its client
/// backends: the writers' connections) and every process of the server that is not a client backend (WAL
/// writer, checkpointer, background writer, autovacuum, WAL sender...), whatever the database; their CPU is
/// <c>utime + stime</c> of <c>/proc/PID/stat</c>. Not counted: backends of other databases (other users of a
/// shared test server), the postmaster itself (it only forks), and a process that started and ended in between.
/// Linux only; elsewhere the server and the machine are reported as unknown.
/// </summary>
internal sealed class CpuUse
{
    // USER_HZ, the unit of /proc's CPU times: 100 on every Linux this runs on (sysconf(_SC_CLK_TCK)).
    private const double TicksPerSecond = 100;

    private readonly string _connectionString;
    private readonly TimeSpan _process;
    private readonly Dictionary<int, long> _server;
    private readonly (long Busy, long All)? _machine;
    private readonly long _started;

    private CpuUse(string connectionString, Dictionary<int, long> server)
    {
        _connectionString = connectionString;
        _server = server;
        _machine = MachineTicks();
        _process = Environment.CpuUsage.TotalTime;
        _started = System.Diagnostics.Stopwatch.GetTimestamp();
    }

    /// <summary>Starts counting, for the server that <paramref name="connectionString"/> reaches and its database.</summary>
    public static async Task<CpuUse> StartAsync(string connectionString) =>
        new(connectionString, await ServerTicksAsync(connectionString).ConfigureAwait(false));

    /// <summary>What was used since the start, as percentages of the machine's cores.</summary>
    public async Task<string> DescribeAsync()
    {
        var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(_started).TotalSeconds;
        var capacity = elapsed * Environment.ProcessorCount;
        var process = (Environment.CpuUsage.TotalTime - _process).TotalSeconds / capacity;
        var now = await ServerTicksAsync(_connectionString).ConfigureAwait(false);
        var serverTicks = now.Sum(p => p.Value - _server.GetValueOrDefault(p.Key));
        var c = CultureInfo.InvariantCulture;
        var server = now.Count == 0 ? "unknown" : string.Format(c, "{0:0}% ({1} processes)", 100 * serverTicks / TicksPerSecond / capacity, now.Count);
        var machine = "unknown";
        if (_machine is { } before && MachineTicks() is { } after && after.All > before.All)
        {
            machine = string.Format(c, "{0:0}%", 100.0 * (after.Busy - before.Busy) / (after.All - before.All));
        }

        return string.Format(c, "CPU of the machine's {0} cores: benchmark process {1:0}%, PostgreSQL {2}, the machine as a whole {3}",
            Environment.ProcessorCount, 100 * process, server, machine);
    }

    private static async Task<Dictionary<int, long>> ServerTicksAsync(string connectionString)
    {
        var ticks = new Dictionary<int, long>();
        if (!OperatingSystem.IsLinux())
        {
            return ticks;
        }

        var connection = new NpgsqlConnection(connectionString);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync().ConfigureAwait(false);
            var command = new NpgsqlCommand("SELECT pid FROM pg_stat_activity WHERE (datname = current_database() OR backend_type <> 'client backend') AND pid <> pg_backend_pid()", connection);
            await using (command.ConfigureAwait(false))
            {
                await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
                while (await reader.ReadAsync().ConfigureAwait(false))
                {
                    var pid = reader.GetInt32(0);
                    if (ProcessTicks(pid) is { } used)
                    {
                        ticks[pid] = used;
                    }
                }
            }
        }

        return ticks;
    }

    /// <summary>utime + stime of one process (fields 14 and 15 of /proc/PID/stat, counted after the command name's closing parenthesis).</summary>
    private static long? ProcessTicks(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return null; // ended meanwhile, or another machine's server
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The machine's busy and total CPU ticks since boot (the first line of /proc/stat: user nice system idle iowait irq softirq steal).</summary>
    private static (long Busy, long All)? MachineTicks()
    {
        const string path = "/proc/stat";
        if (!File.Exists(path))
        {
            return null;
        }

        var fields = File.ReadLines(path).First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Take(8)
            .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
        var all = fields.Sum();
        return (all - fields[3] - fields[4], all);
    }
}
