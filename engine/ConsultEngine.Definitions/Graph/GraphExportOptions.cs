namespace ConsultEngine.Definitions.Graph;

/// <summary>How an exporter writes a graph.</summary>
public sealed record GraphExportOptions
{
    public static GraphExportOptions Default { get; } = new();

    /// <summary>The language of titles: <c>vi</c> (the default) or <c>en</c>; a missing English text falls back to Vietnamese.</summary>
    public string Language { get; init; } = "vi";
}
