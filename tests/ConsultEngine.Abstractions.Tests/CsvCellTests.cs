namespace ConsultEngine.Abstractions.Tests;

/// <summary>The one formula guard of every CSV writer (OWASP CSV injection).</summary>
public sealed class CsvCellTests
{
    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+1+1", "'+1+1")]
    [InlineData("-1+1", "'-1+1")]
    [InlineData("@SUM(A1:A9)", "'@SUM(A1:A9)")]
    [InlineData("\t=1+1", "'\t=1+1")]
    [InlineData("\r=1+1", "'\r=1+1")]
    [InlineData("\u0001x", "'\u0001x")]
    public void ACellASpreadsheetWouldRun_GetsASingleQuote(string cell, string written) => Assert.Equal(written, CsvCell.Neutralise(cell));

    [Theory]
    [InlineData("-5")]
    [InlineData("+3.25")]
    [InlineData("1e3")]
    [InlineData("Ý kiến = đồng ý")]
    [InlineData("")]
    public void NumbersAndText_AreLeftAlone(string cell) => Assert.Equal(cell, CsvCell.Neutralise(cell));

    [Fact]
    public void AField_IsNeutralisedThenQuoted() =>
        Assert.Equal("\"'=HYPERLINK(\"\"http://x\"\",\"\"a,b\"\")\"", CsvCell.Field("=HYPERLINK(\"http://x\",\"a,b\")"));
}
