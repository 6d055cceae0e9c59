using System.Text.RegularExpressions;
using ConsultEngine.Definitions.Model;
using ConsultEngine.Reporting.Reports;
using ConsultEngine.Reporting.Rendering;

namespace ConsultEngine.Reporting.Tests;

/// <summary>
/// The report of a small consultation of the standard process (v1) whose figures are worked out by
/// hand: counts, shares, labels, languages and the data basis. The acceptance on a realistic
/// consultation (validator, headings, participation, charts, HTML, register) runs on the example: see Demo/.
/// </summary>
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
    public async Task TheAnalysis_CountsKeyedVotersOnce_AndEachUnkeyedInputAsAPerson()
    {
        var analysis = await consultation.Reports.AnalyseAsync(consultation.InstanceId);

        var poll = analysis.BySteps.Single(s => s.StepId == "run-online-poll");
        Assert.Equal((8, 8), (poll.People, poll.Opinions));
        var survey = analysis.BySteps.Single(s => s.StepId == "run-survey");
        Assert.Equal((9, 9), (survey.People, survey.Opinions));
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

    [GeneratedRegex(@"^[IVXLC\d.]+\. ")]
    private static partial Regex NumberPart();
}
