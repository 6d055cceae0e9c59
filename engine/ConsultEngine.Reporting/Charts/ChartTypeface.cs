using SkiaSharp;

namespace ConsultEngine.Reporting.Charts;

/// <summary>
/// The typeface charts are drawn with: one that has Vietnamese glyphs (asked of the system's font
/// manager by a character only Vietnamese uses), else DejaVu Sans by name, else Skia's default.
/// Found once per process.
/// </summary>
internal static class ChartTypeface
{
    private static readonly Lazy<SKTypeface> Found = new(Find);

    public static SKTypeface Default => Found.Value;

    private static SKTypeface Find()
    {
        var manager = SKFontManager.Default;
        return manager.MatchCharacter('ệ') ?? manager.MatchFamily("DejaVu Sans") ?? SKTypeface.Default;
    }
}
