namespace ConsultEngine.Definitions.Documents;

/// <summary>A 1-based line and column in a document's text.</summary>
public readonly record struct SourcePosition(int Line, int Column)
{
    public static SourcePosition Start { get; } = new(1, 1);
}
