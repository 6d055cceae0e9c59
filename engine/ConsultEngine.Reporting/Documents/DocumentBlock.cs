namespace ConsultEngine.Reporting.Documents;

/// <summary>A block of a section's content: <see cref="TextBlock"/>, <see cref="TableBlock"/> or <see cref="ChartBlock"/>.</summary>
public abstract record DocumentBlock;

/// <summary>How a paragraph reads.</summary>
public enum TextStyle
{
    Normal,

    /// <summary>A label over what follows (a field's name, a table's subject).</summary>
    Label,

    /// <summary>A remark about the data (not yet done, left out, a note): italic.</summary>
    Note,
}

/// <summary>A paragraph of text.</summary>
public sealed record TextBlock(string Text) : DocumentBlock
{
    public TextStyle Style { get; init; } = TextStyle.Normal;
}

/// <summary>How a column's cells are aligned.</summary>
public enum ColumnAlignment
{
    Left,
    Center,
    Right,
}

/// <summary>A column of a table: its header and its relative width (the widths of a table's columns are shares of its width).</summary>
public sealed record TableColumn(string Header, double Width = 1)
{
    public ColumnAlignment Alignment { get; init; } = ColumnAlignment.Left;
}

/// <summary>
/// A table with a header row and rows of text cells (one cell per column). Figures are formatted by
/// whoever builds the table, so every renderer prints the same text.
/// </summary>
public sealed record TableBlock(IReadOnlyList<TableColumn> Columns, IReadOnlyList<IReadOnlyList<string>> Rows) : DocumentBlock
{
    /// <summary>A caption printed above the table (<c>Bảng 1. ...</c>).</summary>
    public string? Caption { get; init; }
}

/// <summary>A chart, drawn by <see cref="Charts.BarChartPainter"/> as a picture in every format.</summary>
public sealed record ChartBlock(BarChart Chart) : DocumentBlock;
