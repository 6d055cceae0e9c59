using ConsultEngine.Abstractions;

namespace ConsultEngine.Hosting.Privacy;

/// <summary>A tool analysis as it may be kept after erasure: figures, shares, cross-tabs and theme counts, without quoted passages (text and attributes of one person).</summary>
public static class KeptAnalysis
{
    public static ToolAnalysis Strip(ToolAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return analysis with
        {
            Themes = [.. analysis.Themes.Select(t => t with { Passages = [] })],
            Uncoded = [],
        };
    }
}
