using System.Globalization;

namespace ConsultEngine.Benchmarks.Measurement;

/// <summary>The load average of the machine, read from <c>/proc/loadavg</c> where it exists: the shared machine's noise, stated beside each figure.</summary>
internal static class MachineLoad
{
    public static string Describe()
    {
        const string path = "/proc/loadavg";
        var cores = Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture);
        if (!File.Exists(path))
        {
            return $"load average unknown ({cores} cores)";
        }

        var fields = File.ReadAllText(path).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return $"load average {fields[0]} {fields[1]} {fields[2]} on {cores} cores";
    }
}
