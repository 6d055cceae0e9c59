namespace ConsultEngine.Reporting.Documents;

/// <summary>An interval around a bar's value (a 95% confidence interval), drawn as a whisker.</summary>
public readonly record struct BarInterval(double Low, double High);

/// <summary>One bar: its label, its value and, optionally, the interval around the value.</summary>
public sealed record Bar(string Label, double Value)
{
    public BarInterval? Interval { get; init; }

    /// <summary>The value as printed at the end of the bar; the value itself when absent.</summary>
    public string? ValueText { get; init; }
}

/// <summary>
/// A horizontal bar chart. With <see cref="Percent"/> values are shares (0–1) on a 0–100% axis;
/// otherwise counts on an axis from 0 to the largest value or interval end.
/// </summary>
public sealed record BarChart(string Title, IReadOnlyList<Bar> Bars)
{
    public bool Percent { get; init; }

    /// <summary>A line under the chart saying what the whiskers are (<c>Khoảng tin cậy 95%</c>).</summary>
    public string? Note { get; init; }
}
