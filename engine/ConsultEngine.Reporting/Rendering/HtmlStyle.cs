namespace ConsultEngine.Reporting.Rendering;

/// <summary>The HTML report's style sheet: Times New Roman 14 pt, the header's two columns, and A4 pages with Decree 30's margins in print.</summary>
internal static class HtmlStyle
{
    public const string Css = """
        @page { size: A4; margin: 20mm 15mm 20mm 30mm; }
        html { background: #eee; }
        body { margin: 0; font-family: "Times New Roman", Times, "Liberation Serif", "DejaVu Serif", serif; font-size: 14pt; line-height: 1.4; color: #000; }
        .page { background: #fff; max-width: 165mm; margin: 12px auto; padding: 20mm 15mm 20mm 30mm; box-shadow: 0 0 4px #999; }
        .decree-header { display: grid; grid-template-columns: 38% 62%; text-align: center; font-size: 13pt; }
        .decree-header p, .doc-type, h1 { margin: 0; text-indent: 0; text-align: center; }
        .number { white-space: pre; }
        .decree-header hr { width: 40%; margin: 2pt auto 6pt; border: 0; border-top: 1px solid #000; }
        .issuing, .national-title, .motto { font-weight: bold; }
        .national-title { font-size: 12pt; }
        .place-date { font-style: italic; font-size: 14pt; }
        .doc-type { font-weight: bold; margin-top: 18pt !important; }
        h1 { font-size: 14pt; margin-bottom: 12pt !important; }
        h2, h3, h4, h5, h6 { font-size: 14pt; margin: 12pt 0 6pt; break-after: avoid; }
        h4, h5, h6 { font-style: italic; }
        p { margin: 0 0 6pt; text-align: justify; text-indent: 1cm; }
        p.label { font-weight: bold; }
        p.note { font-style: italic; }
        table { border-collapse: collapse; width: 100%; margin: 6pt 0 10pt; font-size: 13pt; break-inside: auto; }
        caption { font-weight: bold; margin-bottom: 3pt; }
        th, td { border: 1px solid #000; padding: 2pt 4pt; vertical-align: top; text-align: left; }
        th { text-align: center; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; }
        td.num { text-align: right; }
        td.mid { text-align: center; }
        figure.chart { margin: 6pt 0; text-align: center; break-inside: avoid; }
        figure.chart img { max-width: 100%; height: auto; }
        .signature { display: grid; grid-template-columns: 45% 55%; margin-top: 18pt; break-inside: avoid; }
        .signature p { text-indent: 0; text-align: center; margin: 0; }
        .recipients p, .recipients ul { text-align: left; font-size: 11pt; }
        .recipients-heading { font-weight: bold; font-style: italic; font-size: 12pt !important; }
        .recipients ul { margin: 0; padding-left: 1em; list-style: "- "; }
        .authority, .position, .name { font-weight: bold; }
        .name { margin-top: 60pt !important; }
        @media print { html { background: none; } .page { margin: 0; padding: 0; box-shadow: none; max-width: none; } }

        """;
}
