using DocumentFormat.OpenXml.Wordprocessing;

namespace ConsultEngine.Reporting.Rendering;

/// <summary>
/// The page of Decree 30/2020/NĐ-CP (Annex I): A4 portrait, margins top 20 mm, bottom 20 mm, left
/// 30 mm, right 15 mm (the Decree allows 20–25, 20–25, 30–35 and 15–20), and the styles the
/// renderer names: Normal in Times New Roman 14 pt and three heading levels.
/// </summary>
internal static class DocxPage
{
    public const int WidthTwips = 11906;
    public const int HeightTwips = 16838;
    public const int TopTwips = 1134;
    public const int BottomTwips = 1134;
    public const int LeftTwips = 1701;
    public const int RightTwips = 850;

    /// <summary>The width of the text between the margins, in twips.</summary>
    public const int TextWidthTwips = WidthTwips - LeftTwips - RightTwips;

    public static SectionProperties Section() => new(
        new PageSize { Width = WidthTwips, Height = HeightTwips },
        new PageMargin { Top = TopTwips, Bottom = BottomTwips, Left = LeftTwips, Right = RightTwips, Header = 567, Footer = 567, Gutter = 0 });

    public static Styles Styles()
    {
        var fonts = new RunFonts { Ascii = Docx.Font, HighAnsi = Docx.Font, ComplexScript = Docx.Font, EastAsia = Docx.Font };
        var defaults = new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle
            {
                RunFonts = fonts,
                FontSize = new FontSize { Val = Docx.HalfPoints(Docx.BodySize) },
                FontSizeComplexScript = new FontSizeComplexScript { Val = Docx.HalfPoints(Docx.BodySize) },
                Languages = new Languages { Val = "vi-VN" },
            }),
            new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle { SpacingBetweenLines = Docx.Spacing(0, 6) }));
        var styles = new Styles(defaults);
        styles.Append(new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });
        for (var level = 1; level <= 3; level++)
        {
            styles.Append(Heading(level));
        }

        return styles;
    }

    private static Style Heading(int level) => new(
        new StyleName { Val = $"heading {level}" },
        new BasedOn { Val = "Normal" },
        new NextParagraphStyle { Val = "Normal" },
        new PrimaryStyle(),
        new StyleParagraphProperties
        {
            KeepNext = new KeepNext(),
            SpacingBetweenLines = Docx.Spacing(level == 1 ? 12 : 6, 6),
            Justification = new Justification { Val = JustificationValues.Both },
            OutlineLevel = new OutlineLevel { Val = level - 1 },
        },
        new StyleRunProperties
        {
            Bold = new Bold(),
            FontSize = new FontSize { Val = Docx.HalfPoints(Docx.BodySize) },
        })
    {
        Type = StyleValues.Paragraph,
        StyleId = Docx.HeadingStyle(level),
    };
}
