namespace ConsultEngine.Reporting.Versions;

/// <summary>How a section (or a table) differs between two versions.</summary>
public enum ChangeKind
{
    Unchanged,
    Added,
    Removed,
    Changed,
}

/// <summary>A paragraph that was rewritten in place: the old text and the new.</summary>
public sealed record ParagraphChange(string Old, string New);

/// <summary>One figure that differs: the cell at a row (its first cell) and a column (its header); <c>null</c> where the row is new or gone.</summary>
public sealed record FigureChange(string Row, string Column, string? Old, string? New);

/// <summary>A table or chart of a section that was added, removed or whose figures changed.</summary>
public sealed record TableChange(string Title, ChangeKind Change, IReadOnlyList<FigureChange> Figures);

/// <summary>One section of the comparison; unchanged sections are listed too, so a reader sees the whole outline.</summary>
public sealed record SectionChange(string Id, string Number, string Heading, ChangeKind Change)
{
    public IReadOnlyList<string> AddedParagraphs { get; init; } = [];

    public IReadOnlyList<string> RemovedParagraphs { get; init; } = [];

    public IReadOnlyList<ParagraphChange> ChangedParagraphs { get; init; } = [];

    public IReadOnlyList<TableChange> Tables { get; init; } = [];
}

/// <summary>A figure of the data basis that differs (<c>people</c>, <c>opinions</c>, <c>steps/{id}/opinions</c>…), as text.</summary>
public sealed record BasisChange(string Item, string? Old, string? New);

/// <summary>Two versions of one kind compared: per section, paragraphs and figures; and the data basis.</summary>
public sealed record ReportComparison(int From, int To, string Kind, IReadOnlyList<SectionChange> Sections, IReadOnlyList<BasisChange> Basis);
