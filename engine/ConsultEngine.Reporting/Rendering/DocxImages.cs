using ConsultEngine.Reporting.Charts;
using ConsultEngine.Reporting.Documents;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace ConsultEngine.Reporting.Rendering;

/// <summary>Charts drawn to PNG and embedded in the DOCX as inline pictures, each with its own part and drawing id.</summary>
internal sealed class DocxImages(MainDocumentPart main)
{
    /// <summary>The shown width of a chart: 16 cm, in EMU.</summary>
    private const long WidthEmu = 5_760_000;

    private uint _next = 1;

    public Paragraph Chart(BarChart chart)
    {
        var png = BarChartPainter.Png(chart);
        var part = main.AddImagePart(ImagePartType.Png);
        using (var stream = new MemoryStream(png))
        {
            part.FeedData(stream);
        }

        var height = WidthEmu * BarChartPainter.HeightOf(chart) / BarChartPainter.Width;
        var id = _next++;
        var name = $"chart{id}.png";
        var picture = new PIC.Picture(
            new PIC.NonVisualPictureProperties(
                new PIC.NonVisualDrawingProperties { Id = 0U, Name = name },
                new PIC.NonVisualPictureDrawingProperties()),
            new PIC.BlipFill(
                new A.Blip { Embed = main.GetIdOfPart(part) },
                new A.Stretch(new A.FillRectangle())),
            new PIC.ShapeProperties(
                new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = WidthEmu, Cy = height }),
                new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }));
        var inline = new DW.Inline(
            new DW.Extent { Cx = WidthEmu, Cy = height },
            new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new DW.DocProperties { Id = id, Name = name, Description = chart.Title },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(picture) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0U,
            DistanceFromBottom = 0U,
            DistanceFromLeft = 0U,
            DistanceFromRight = 0U,
        };
        return Docx.Paragraph(JustificationValues.Center, 6, 6, new Run(new Drawing(inline)));
    }
}
