using System.Globalization;
using System.Text.RegularExpressions;
using ConsultEngine.Definitions.Model;
using ConsultEngine.Reporting.Reports;
using ConsultEngine.Reporting.Rendering;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace ConsultEngine.Reporting.Tests;

/// <summary>The report of a finished consultation of the standard process, in DOCX and HTML.</summary>
public sealed partial class StandardReportTests(StandardConsultation consultation) : IClassFixture<StandardConsultation>
{
    private ReportStructure Structure => consultation.Host.Definitions.Find("hdnd.standard", 1)!.Report!;

    [Fact]
    public void TheScenarioRan_AndEveryToolStepClosed()
    {
        Assert.True(consultation.Run.Passed, string.Join("\n", consultation.Run.Scenario.Failures));
        Assert.Equal(5, consultation.Run.Closed.Count);
    }

    [Fact]
    public async Task TheDocx_PassesTheOpenXmlValidator_WithNoError()
    {
        var docx = DocxRenderer.Render((await BuildAsync()).Document);

        using var stream = new MemoryStream(docx);
        using var document = WordprocessingDocument.Open(stream, false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.Empty(errors);
    }

    [Fact]
    public async Task TheDocx_HasAHeadingForEverySectionOfTheReportStructure_InOrder()
    {
        var sections = DocxReading.Sections(DocxRenderer.Render((await BuildAsync()).Document));

        Assert.Equal(Titles(Structure.Sections, "vi"), sections.Select(s => Unnumbered(s.Heading)));
        Assert.Equal(["I. ", "II. ", "III. ", "1. ", "2. ", "IV. ", "1. ", "2. ", "V. ", "VI. "], sections.Select(s => NumberPart().Match(s.Heading).Value));
    }

    [Fact]
    public async Task TheParticipationFigures_EqualTheConsultationWideAnalysis()
    {
        var analysis = await consultation.Reports.AnalyseAsync(consultation.InstanceId);
        var participation = DocxReading.Sections(DocxRenderer.Render((await BuildAsync()).Document)).Single(s => s.Heading.EndsWith("Đối tượng và mức độ tham gia", StringComparison.Ordinal));

        var total = participation.TableRows.First(r => r[0] == "Tổng cộng");
        Assert.Equal([Count(analysis.Total.People), Count(analysis.Total.Opinions)], total.Skip(1));
        foreach (var tool in analysis.Tools)
        {
            var step = analysis.BySteps.Single(s => s.StepId == tool.StepId);
            Assert.Equal(tool.Basis.Counted, step.Opinions);
            Assert.Equal(tool.Basis.People, step.People);
        }

        Assert.Equal(analysis.Tools.Sum(t => t.Basis.Counted), analysis.Total.Opinions);
    }

    [Fact]
    public async Task TheAnalysis_CountsKeyedVotersOnce_AndEachUnkeyedInputAsAPerson()
    {
        var analysis = await consultation.Reports.AnalyseAsync(consultation.InstanceId);

        var poll = analysis.BySteps.Single(s => s.StepId == "run-online-poll");
        Assert.Equal((8, 8), (poll.People, poll.Opinions));
        var survey = analysis.BySteps.Single(s => s.StepId == "run-survey");
        Assert.Equal((9, 9), (survey.People, survey.Opinions));
    }

    [Fact]
    public async Task EveryQuantitativeSection_CarriesAChart()
    {
        var sections = DocxReading.Sections(DocxRenderer.Render((await BuildAsync()).Document));

        foreach (var heading in new[] { "Đối tượng và mức độ tham gia", "Kết quả phân tích định lượng", "Kết quả phân tích định tính" })
        {
            var section = sections.Single(s => s.Heading.EndsWith(heading, StringComparison.Ordinal));
            Assert.True(section.Pictures > 0, $"the section '{heading}' has no chart");
        }
    }

    [Fact]
    public async Task AToolSectionTable_ListsEachOptionWithCountShareAndInterval()
    {
        var sections = DocxReading.Sections(DocxRenderer.Render((await BuildAsync()).Document));

        var quantitative = sections.Single(s => s.Heading.EndsWith("Kết quả phân tích định lượng", StringComparison.Ordinal));
        Assert.Contains(quantitative.TableRows, r => r.Count == 5 && r.SequenceEqual(["Anh/Chị chọn phương án giá nào? (n = 8)", "Phương án 1: 20.000 đồng/hộ/tháng", "5", "62,5%", r[4]]));
        Assert.Contains(quantitative.TableRows, r => r.Count == 5 && r[1] == "Phương án 2: theo khối lượng" && r[2] == "3" && r[3] == "37,5%");
    }

    [Fact]
    public async Task AHumanStepsData_IsLabelledFromItsFormSchema()
    {
        var sections = DocxReading.Sections(DocxRenderer.Render((await BuildAsync()).Document));

        var context = sections.Single(s => s.Heading.EndsWith("Bối cảnh và các vấn đề tham vấn", StringComparison.Ordinal));
        Assert.Contains(context.Paragraphs, p => p == "Các vấn đề được chọn");
        Assert.DoesNotContain(context.Paragraphs, p => p == "selectedIssues");
    }

    [Fact]
    public async Task TheHtml_HasTheSameHeadingsAsTheDocx_AndInlinePictures()
    {
        var report = await BuildAsync();
        var docx = DocxReading.Sections(DocxRenderer.Render(report.Document)).Select(s => s.Heading);

        var html = HtmlRenderer.Render(report.Document);
        var headings = HtmlHeading().Matches(html).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value));
        Assert.Equal(docx, headings);
        Assert.Equal(DocxReading.Sections(DocxRenderer.Render(report.Document)).Sum(s => s.Pictures), Regex.Count(html, "<img src=\"data:image/png;base64,"));
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", html, StringComparison.Ordinal);
        Assert.Contains("@page { size: A4", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InEnglish_TheHeadingsAreTheStructuresEnglishTitles()
    {
        var report = await consultation.Reports.BuildReportAsync(consultation.InstanceId, new ReportOptions { Language = "en" });

        var sections = DocxReading.Sections(DocxRenderer.Render(report.Document));
        Assert.Equal(Titles(Structure.Sections, "en"), sections.Select(s => Unnumbered(s.Heading)));
        Assert.Equal("SOCIALIST REPUBLIC OF VIET NAM", report.Document.Header.NationalTitle);
    }

    [Fact]
    public async Task TheReport_CarriesItsDataBasis()
    {
        var report = await BuildAsync();

        Assert.Equal(report.Analysis.Total.Opinions, report.Basis.InputsCounted);

        Assert.Equal(report.Analysis.Total.People, report.Basis.People);
        Assert.True(report.Basis.InputsStored > report.Basis.InputsCounted, "the survey's pilot response is stored but not counted");
        Assert.Equal(consultation.Host.Clock.GetUtcNow(), report.Basis.GeneratedAt);
    }

    private Task<ConsultationReport> BuildAsync() => consultation.Reports.BuildReportAsync(consultation.InstanceId);

    private static IEnumerable<string> Titles(IEnumerable<ReportSection> sections, string language) =>
        sections.SelectMany(s => Titles(s.Sections, language).Prepend(s.Title!.Get(language)));

    private static string Unnumbered(string heading) => NumberPart().Replace(heading, string.Empty);

    private static string Count(int value) => value.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"));

    [GeneratedRegex(@"^[IVXLC\d.]+\. ")]
    private static partial Regex NumberPart();

    [GeneratedRegex(@"<h[2-6]>(.*?)</h[2-6]>")]
    private static partial Regex HtmlHeading();
}
