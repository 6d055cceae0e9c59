namespace ConsultEngine.Benchmarks.Measurement;

/// <summary>The samples of several rounds of one measure: the median is the figure we report, the best shows what an idle machine gives.</summary>
internal sealed class Rounds
{
    private readonly List<double> _samples = [];

    public void Add(double sample) => _samples.Add(sample);

    public int Count => _samples.Count;

    public double Median
    {
        get
        {
            var sorted = _samples.Order().ToArray();
            var middle = sorted.Length / 2;
            return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        }
    }

    /// <summary>The highest sample: the best round of a "per second" measure.</summary>
    public double Max => _samples.Max();

    /// <summary>The lowest sample: the best round of a "time per operation" measure.</summary>
    public double Min => _samples.Min();

    /// <summary>Collects garbage left by the previous round so that it is not charged to the next one.</summary>
    public static void Settle()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }
}
