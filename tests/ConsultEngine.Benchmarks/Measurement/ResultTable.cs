using System.Globalization;
using System.Text;

namespace ConsultEngine.Benchmarks.Measurement;

/// <summary>Prints the rows of every suite that ran as one small Markdown table.</summary>
internal static class ResultTable
{
    public static string Format(IReadOnlyList<ResultRow> rows)
    {
        var text = new StringBuilder();
        text.AppendLine("| suite | measure | ConsultEngine | peer/other | ratio | bar | pass |");
        text.AppendLine("|---|---|---:|---:|---:|---|---|");
        foreach (var row in rows)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {row.Suite} | {row.Measure} | {row.ConsultEngine} | {row.Other} | {row.Ratio} | {row.Bar} | {row.Pass switch { true => "yes", false => "**NO**", null => "n/a" }} |");
        }

        return text.ToString();
    }
}
