using System.Runtime.InteropServices;

namespace ConsultEngine.Benchmarks.Durable;

/// <summary>
/// The calling thread's own CPU time (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>): unlike the wall clock, it does
/// not count the time the thread waits for a core, so on the shared machine it still shows what a piece of
/// work costs. Elsewhere it reads zero and the profile prints wall-clock figures only.
/// </summary>
internal static class ThreadCpu
{
    private const int ThreadCpuTimeClock = 3;

    public static bool Available { get; } = OperatingSystem.IsLinux() && Probe();

    /// <summary>Nanoseconds of CPU this thread has used.</summary>
    public static long Nanoseconds()
    {
        if (!Available)
        {
            return 0;
        }

        _ = ClockGetTime(ThreadCpuTimeClock, out var time);
        return (time.Seconds * 1_000_000_000) + time.Nanoseconds;
    }

    private static bool Probe()
    {
        try
        {
            return ClockGetTime(ThreadCpuTimeClock, out _) == 0;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
