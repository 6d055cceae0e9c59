using System.Globalization;
using ConsultEngine.Reporting.Documents;
using SkiaSharp;

namespace ConsultEngine.Reporting.Charts;

/// <summary>
/// Draws a <see cref="BarChart"/> as a PNG: a title, one horizontal bar per item with its label on
/// the left and its value at the end, the 95% interval as a whisker, and an axis with gridlines.
/// Drawn by hand on Skia so that the charts need no chart library and look the same in DOCX and HTML.
/// </summary>
public static class BarChartPainter
{
    /// <summary>The width of a chart picture, in pixels (drawn at 2× the size it is shown at).</summary>
    public const int Width = 1200;

    private const float Scale = 2f;
    private const float Margin = 16 * Scale;
    private const float TitleSize = 15 * Scale;
    private const float LabelSize = 12 * Scale;
    private const float BarHeight = 18 * Scale;
    private const float BarGap = 10 * Scale;
    private const float AxisHeight = 22 * Scale;
    private const float ValueRoom = 64 * Scale;

    private static readonly double[] NiceSteps = [1, 2, 5, 10];

    private static readonly SKColor BarColour = new(0x2E, 0x5C, 0x8A);
    private static readonly SKColor GridColour = new(0xD9, 0xD9, 0xD9);
    private static readonly SKColor TextColour = new(0x20, 0x20, 0x20);

    /// <summary>The height of the picture of <paramref name="chart"/>, in pixels.</summary>
    public static int HeightOf(BarChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var bars = Math.Max(1, chart.Bars.Count);
        var note = chart.Note is null ? 0 : LabelSize * 1.6f;
        return (int)Math.Ceiling(Margin * 2 + TitleSize * 1.8f + bars * (BarHeight + BarGap) + AxisHeight + note);
    }

    /// <summary>The chart as PNG bytes, <see cref="Width"/> × <see cref="HeightOf"/> pixels.</summary>
    public static byte[] Png(BarChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var height = HeightOf(chart);
        using var surface = SKSurface.Create(new SKImageInfo(Width, height, SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException("Skia could not create a drawing surface.");
        Paint(surface.Canvas, chart, height);
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private static void Paint(SKCanvas canvas, BarChart chart, int height)
    {
        canvas.Clear(SKColors.White);
        var typeface = ChartTypeface.Default;
        using var titleFont = new SKFont(typeface, TitleSize) { Embolden = true, Subpixel = true };
        using var labelFont = new SKFont(typeface, LabelSize) { Subpixel = true };
        using var text = new SKPaint { Color = TextColour, IsAntialias = true };
        using var bar = new SKPaint { Color = BarColour, IsAntialias = true, Style = SKPaintStyle.Fill };
        using var grid = new SKPaint { Color = GridColour, IsAntialias = true, StrokeWidth = 1 * Scale, Style = SKPaintStyle.Stroke };
        using var whisker = new SKPaint { Color = TextColour, IsAntialias = true, StrokeWidth = 1.5f * Scale, Style = SKPaintStyle.Stroke };

        var top = Margin + TitleSize;
        canvas.DrawText(Fit(chart.Title, titleFont, Width - 2 * Margin), Margin, top, SKTextAlign.Left, titleFont, text);
        top += TitleSize * 0.8f;

        var labelWidth = Math.Min(Width * 0.38f, chart.Bars.Select(b => labelFont.MeasureText(b.Label)).DefaultIfEmpty(0).Max() + 8 * Scale);
        var left = Margin + labelWidth;
        var right = Width - Margin - ValueRoom;
        var max = AxisMax(chart);
        float X(double value) => left + (float)(Math.Clamp(value / max, 0, 1) * (right - left));

        var plotBottom = top + Math.Max(1, chart.Bars.Count) * (BarHeight + BarGap);
        for (var tick = 0; tick <= 4; tick++)
        {
            var value = max * tick / 4;
            var x = X(value);
            canvas.DrawLine(x, top, x, plotBottom, grid);
            canvas.DrawText(Tick(value, chart.Percent), x, plotBottom + LabelSize * 1.3f, SKTextAlign.Center, labelFont, text);
        }

        var y = top + BarGap / 2;
        foreach (var item in chart.Bars)
        {
            var middle = y + BarHeight / 2;
            var baseline = middle + LabelSize * 0.35f;
            canvas.DrawText(Fit(item.Label, labelFont, labelWidth - 8 * Scale), left - 8 * Scale, baseline, SKTextAlign.Right, labelFont, text);
            canvas.DrawRect(left, y, Math.Max(0, X(item.Value) - left), BarHeight, bar);
            var end = X(item.Value);
            if (item.Interval is { } interval)
            {
                var low = X(interval.Low);
                var high = X(interval.High);
                canvas.DrawLine(low, middle, high, middle, whisker);
                canvas.DrawLine(low, middle - BarHeight / 3, low, middle + BarHeight / 3, whisker);
                canvas.DrawLine(high, middle - BarHeight / 3, high, middle + BarHeight / 3, whisker);
                end = Math.Max(end, high);
            }

            canvas.DrawText(item.ValueText ?? Tick(item.Value, chart.Percent), end + 6 * Scale, baseline, SKTextAlign.Left, labelFont, text);
            y += BarHeight + BarGap;
        }

        if (chart.Note is { } note)
        {
            canvas.DrawText(Fit(note, labelFont, Width - 2 * Margin), Margin, height - Margin, SKTextAlign.Left, labelFont, text);
        }
    }

    private static double AxisMax(BarChart chart)
    {
        if (chart.Percent)
        {
            return 1;
        }

        var largest = chart.Bars.Select(b => Math.Max(b.Value, b.Interval?.High ?? 0)).DefaultIfEmpty(0).Max();
        return largest <= 0 ? 1 : NiceCeiling(largest);
    }

    /// <summary>Four times the smallest whole step of 1, 2 or 5 × 10ⁿ that reaches <paramref name="value"/> in four ticks, so the ticks are round counts.</summary>
    private static double NiceCeiling(double value)
    {
        var quarter = value / 4;
        var power = Math.Pow(10, Math.Floor(Math.Log10(quarter)));
        var step = NiceSteps.Select(s => s * power).First(s => s >= quarter);
        return 4 * Math.Max(1, step);
    }

    private static string Tick(double value, bool percent) => percent
        ? value.ToString("P0", CultureInfo.InvariantCulture).Replace(" ", string.Empty, StringComparison.Ordinal)
        : value.ToString("#,0.##", CultureInfo.InvariantCulture);

    /// <summary>The text cut with an ellipsis to fit <paramref name="width"/> pixels.</summary>
    private static string Fit(string value, SKFont font, float width)
    {
        if (font.MeasureText(value) <= width)
        {
            return value;
        }

        var length = value.Length;
        while (length > 1 && font.MeasureText(string.Concat(value.AsSpan(0, length), "…")) > width)
        {
            length--;
        }

        return string.Concat(value.AsSpan(0, length), "…");
    }
}
