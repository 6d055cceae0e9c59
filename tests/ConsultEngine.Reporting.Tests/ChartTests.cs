using ConsultEngine.Reporting.Charts;
using ConsultEngine.Reporting.Documents;
using SkiaSharp;

namespace ConsultEngine.Reporting.Tests;

public sealed class ChartTests
{
    private static readonly BarChart Chart = new("Gia đình có phân loại rác tại nguồn không? (Việt Nam)",
    [
        new Bar("Có", 0.55) { Interval = new BarInterval(0.31, 0.77) },
        new Bar("Không", 0.45) { Interval = new BarInterval(0.23, 0.69) },
    ])
    {
        Percent = true,
        Note = "Thanh đen: khoảng tin cậy 95%.",
    };

    [Fact]
    public void ABarChart_RendersToAPngThatDecodesOnThisMachine_AtItsSize()
    {
        var png = BarChartPainter.Png(Chart);

        using var bitmap = SKBitmap.Decode(png);
        Assert.NotNull(bitmap);
        Assert.Equal(BarChartPainter.Width, bitmap.Width);
        Assert.Equal(BarChartPainter.HeightOf(Chart), bitmap.Height);
    }

    [Fact]
    public void ABarChart_DrawsItsBarsInTheBarColour_NotABlankPicture()
    {
        using var bitmap = SKBitmap.Decode(BarChartPainter.Png(Chart));

        var coloured = 0;
        for (var y = 0; y < bitmap.Height; y += 2)
        {
            for (var x = 0; x < bitmap.Width; x += 2)
            {
                var pixel = bitmap.GetPixel(x, y);
                coloured += pixel.Blue > 0x70 && pixel.Red < 0x50 ? 1 : 0;
            }
        }

        Assert.True(coloured > 1000, $"only {coloured} bar-coloured pixels");
    }

    [Fact]
    public void MoreBars_MakeATallerPicture()
    {
        var longer = Chart with { Bars = [.. Chart.Bars, new Bar("Không trả lời", 0.1)] };

        Assert.True(BarChartPainter.HeightOf(longer) > BarChartPainter.HeightOf(Chart));
    }
}
