namespace ConsultEngine.Reporting.Documents;

/// <summary>
/// An administrative document, independent of how it is rendered: a header in the format of Decree
/// 30/2020/NĐ-CP, numbered sections that hold paragraphs, tables and charts, and a signature block.
/// A report, an explanation register or any other document of the People's Council Office is one
/// of these; the renderers (<see cref="Rendering.DocxRenderer"/>, <see cref="Rendering.HtmlRenderer"/>)
/// know nothing about where its content came from.
/// </summary>
public sealed record Document
{
    public required DocumentHeader Header { get; init; }

    /// <summary>The document's language (<c>vi</c> or <c>en</c>), written into the files it renders to.</summary>
    public string Language { get; init; } = "vi";

    /// <summary>Blocks before the first section (a lead paragraph, the basis of the document).</summary>
    public IReadOnlyList<DocumentBlock> Preamble { get; init; } = [];

    public IReadOnlyList<DocumentSection> Sections { get; init; } = [];

    public SignatureBlock? Signature { get; init; }

    /// <summary>Every section, depth first, in document order.</summary>
    public IEnumerable<DocumentSection> AllSections() => Sections.SelectMany(s => s.SelfAndDescendants());
}

/// <summary>A numbered section: its number as printed (<c>I</c>, <c>2.1</c>), its heading, its blocks, then its subsections.</summary>
public sealed record DocumentSection
{
    /// <summary>A stable id (the report structure's section id), for tests and links; not printed.</summary>
    public string Id { get; init; } = string.Empty;

    public required string Number { get; init; }

    public required string Heading { get; init; }

    /// <summary>1 for a top-level section, 2 for its subsections, and so on.</summary>
    public int Level { get; init; } = 1;

    public IReadOnlyList<DocumentBlock> Blocks { get; init; } = [];

    public IReadOnlyList<DocumentSection> Sections { get; init; } = [];

    /// <summary>The heading as printed: number and heading.</summary>
    public string NumberedHeading => string.IsNullOrEmpty(Number) ? Heading : $"{Number}. {Heading}";

    public IEnumerable<DocumentSection> SelfAndDescendants() => Sections.SelectMany(s => s.SelfAndDescendants()).Prepend(this);
}
