namespace ConsultEngine.Definitions.Model;

/// <summary>The draft structure of the consultation report, organised by main issue.</summary>
public sealed record ReportStructure
{
    public LocalizedText? Title { get; init; }

    public IReadOnlyList<ReportSection> Sections { get; init; } = [];
}

/// <summary>A section of the report; <see cref="Sources"/> names the steps whose results feed it.</summary>
public sealed record ReportSection
{
    public string Id { get; init; } = string.Empty;

    public LocalizedText? Title { get; init; }

    public IReadOnlyList<string> Sources { get; init; } = [];

    public IReadOnlyList<ReportSection> Sections { get; init; } = [];
}
