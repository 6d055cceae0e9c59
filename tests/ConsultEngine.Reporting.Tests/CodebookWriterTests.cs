using ConsultEngine.Abstractions;
using ConsultEngine.Hosting.Codebooks;
using ConsultEngine.Persistence.Codebooks;
using ConsultEngine.Reporting.Analysis;
using ConsultEngine.Reporting.Documents;
using ConsultEngine.Reporting.Reports;

namespace ConsultEngine.Reporting.Tests;

/// <summary>The codebook in the report: a themes table with a column per source, quotes, and the kappa table with its reading.</summary>
public sealed class CodebookWriterTests
{
    private static readonly Guid Instance = Guid.Parse("0190a000-0000-7000-8000-0000000000c3");

    [Fact]
    public void NoCodebook_WritesNothing()
    {
        Assert.Empty(new CodebookWriter(new ReportText("vi"), id => id).Write(null));
    }

    [Fact]
    public void TheThemesTable_HasAColumnPerSource_AndTheKappaTable_ReadsEachThemeAndThePooledFigure()
    {
        var blocks = new CodebookWriter(new ReportText("en"), id => id == "hearing" ? "Public hearing" : "Focus groups").Write(Codebook()).ToList();

        var tables = blocks.OfType<TableBlock>().ToList();
        Assert.Equal(3, tables.Count);
        Assert.Equal(["Theme", "Public hearing", "Focus groups", "Total"], tables[0].Columns.Select(c => c.Header));
        Assert.Equal(["Fees", "2", "1", "3"], tables[0].Rows[0]);
        Assert.Contains("“Phí cao.”", tables[1].Rows[0][1], StringComparison.Ordinal);
        Assert.Equal(["Fees", "0.25", "Fair"], tables[2].Rows[0]);
        Assert.Equal(["Overall (pooled kappa)", "0.4", "Fair"], tables[2].Rows[^1]);
    }

    private static CodebookAnalysis Codebook()
    {
        var fees = new CodebookTheme("fees", new LocalText("Phí", "Fees"));
        var table = new CodebookThemeTable(Instance,
            [new CodingSource("hearing", "public-hearing", new LocalText("Hội nghị", "Hearing"), 4, 3), new CodingSource("groups", "focus-group", new LocalText("Nhóm", "Groups"), 2, 1)],
            [new ThemeSummary(fees, 3, new Dictionary<string, int> { ["hearing"] = 2, ["groups"] = 1 }, [new ThemeQuote("o1", "hearing", "Phí cao.", new LocalText("Người dân", "Citizen"))])]);
        var result = new CoderAgreementResult(
            [new ThemeAgreement("fees", 3, 1, 1, 1, new KappaResult(6, 0.6667, 0.5556, 0.25))],
            new KappaResult(12, 0.75, 0.5833, 0.4),
            [new CodingDisagreement("o5", "fees", WhichCoder.First)])
        {
            Passages = 6,
        };
        var agreement = new CodebookAgreement(Instance, 6, result, new Dictionary<string, LocalText> { ["fees"] = fees.Label }, []);
        return new CodebookAnalysis(table, agreement);
    }
}
