using System.Diagnostics;
using System.Net;

namespace ConsultEngine.Benchmarks.Http;

/// <summary>
/// The CPU one answered request costs on each side of the socket during a load round: the web host's (its
/// process's user + system time) and this process's, which is the load generator's (the benchmark does
/// nothing else meanwhile). Both share the machine's cores, so when the cores are the limit the rates of two
/// kinds of request stand about in the inverse ratio of their totals.
/// </summary>
internal readonly record struct Costs(double HostMicros, double LoadMicros)
{
    public double TotalMicros => HostMicros + LoadMicros;

    public static async Task<(LoadResult Result, Costs Costs)> MeasureAsync(WebHostProcess host, Func<Task<LoadResult>> round, HttpStatusCode counted)
    {
        using var self = Process.GetCurrentProcess();
        var hostBefore = host.CpuTime();
        var loadBefore = self.TotalProcessorTime;
        var result = await round().ConfigureAwait(false);
        self.Refresh();
        var answers = Math.Max(1, result.Count(counted));
        var costs = new Costs((host.CpuTime() - hostBefore).TotalMicroseconds / answers, (self.TotalProcessorTime - loadBefore).TotalMicroseconds / answers);
        return (result, costs);
    }
}
