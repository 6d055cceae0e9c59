using System.Text.Json.Serialization;

namespace ConsultEngine.Abstractions;

/// <summary>
/// A piece of content or of a result, as data the host renders without knowing the tool: text
/// (a draft's article), a table, shares with their intervals, themes with quotes, key figures.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(TextView), "text")]
[JsonDerivedType(typeof(TableView), "table")]
[JsonDerivedType(typeof(SharesView), "shares")]
[JsonDerivedType(typeof(ThemesView), "themes")]
[JsonDerivedType(typeof(FiguresView), "figures")]
public abstract record SurfaceView
{
    /// <summary>An id unique within the surface (an anchor on the page: <c>article-3</c>).</summary>
    public required string Id { get; init; }

    public LocalText? Title { get; init; }

    /// <summary>A note under the view (how it was counted, a small-sample warning).</summary>
    public LocalText? Note { get; init; }
}

/// <summary>Paragraphs of text.</summary>
public sealed record TextView : SurfaceView
{
    public IReadOnlyList<LocalText> Paragraphs { get; init; } = [];
}

/// <summary>A table: column headings and rows of cells (already formatted for reading).</summary>
public sealed record TableView : SurfaceView
{
    public IReadOnlyList<LocalText> Columns { get; init; } = [];

    public IReadOnlyList<IReadOnlyList<LocalText>> Rows { get; init; } = [];
}

/// <summary>One option's count, its share of <see cref="SharesView.Answered"/> and the share's 95% interval.</summary>
public sealed record ShareItem(string Value, LocalText Label, int Count, double Share, Interval Ci95);

/// <summary>Shares of a question's options (a bar each), with intervals.</summary>
public sealed record SharesView : SurfaceView
{
    /// <summary>How many answered: the base of the shares.</summary>
    public int Answered { get; init; }

    public IReadOnlyList<ShareItem> Items { get; init; } = [];
}

/// <summary>A theme with how many passages were coded to it and a few of them quoted.</summary>
public sealed record ThemeItem(string Theme, LocalText Label, int Count, IReadOnlyList<string> Quotes);

/// <summary>Themes of free text, largest first.</summary>
public sealed record ThemesView : SurfaceView
{
    public IReadOnlyList<ThemeItem> Themes { get; init; } = [];

    /// <summary>Passages not coded yet.</summary>
    public int Uncoded { get; init; }
}

/// <summary>Key figures (registered, attended, sessions held).</summary>
public sealed record FiguresView : SurfaceView
{
    public IReadOnlyList<AnalysisFigure> Figures { get; init; } = [];
}
