using System.Globalization;
using System.Text.RegularExpressions;
using ConsultEngine.Definitions.Model;
using ConsultEngine.Definitions.Overlays;
using ConsultEngine.Definitions.StepTypes;
using ConsultEngine.Hosting.Demo;
using ConsultEngine.Reporting.Rendering;
using ConsultEngine.Reporting.Reports;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultEngine.Reporting.Tests.Demo;

/// <summary>
/// The acceptance of the report on the example consultation: what <c>consult demo</c> then
/// <c>consult report --format docx|html</c> and <c>--kind explanation</c> write.
/// </summary>
[Collection(SharedDemo.Name)]
public sealed partial class DemoReportTests(DemoReport demo)
{
    private ProcessDefinition Definition => demo.Services.GetRequiredService<IDefinitionCatalog>().Find(DemoConsultation.DefinitionId, DemoConsultation.DefinitionVersion)!;

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

        Assert.Equal(Flatten(Definition.Report!.Sections).Select(s => s.Title!.Vi), sections.Select(s => Unnumbered(s.Heading)));
    }

    [Fact]
    public async Task TheParticipationFigures_EqualTheAnalysis_ByToolAndInAll()
    {
        var analysis = await demo.Reports.AnalyseAsync(demo.InstanceId);
        var participation = DocxReading.Sections(DocxRenderer.Render((await BuildAsync()).Document)).Single(s => s.Heading.EndsWith("Đối tượng và mức độ tham gia", StringComparison.Ordinal));

        var total = participation.TableRows.Select((row, index) => (row, index)).First(r => r.row[0] == "Tổng cộng");
        Assert.Equal([Count(analysis.Total.People), Count(analysis.Total.Opinions)], total.row.Skip(1));
        var bySteps = participation.TableRows.Skip(total.index - analysis.BySteps.Count).Take(analysis.BySteps.Count);
        Assert.Equal(analysis.BySteps.Select(s => (IEnumerable<string>)[Count(s.People), Count(s.Opinions)]), bySteps.Select(r => r.Skip(1)));
        Assert.True(analysis.Total.Opinions > 0);
    }

    [Fact]
    public async Task EverySectionFedByAToolStep_CarriesAtLeastOneChart()
    {
        var sections = DocxReading.Sections(DocxRenderer.Render((await BuildAsync()).Document));
        var tools = Definition.AllSteps().Where(s => StepTypeName.TryParse(s.Type, out var name, out _) && name.StartsWith(StepTypeName.ToolPrefix, StringComparison.Ordinal)).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var quantitative = Flatten(Definition.Report!.Sections).Where(s => s.Sources.Any(tools.Contains)).Select(s => s.Title!.Vi).ToList();

        Assert.Equal(3, quantitative.Count); // participation, quantitative and qualitative findings
        foreach (var title in quantitative)
        {
            var section = sections.Single(s => Unnumbered(s.Heading) == title);
            Assert.True(section.Pictures > 0, $"the section '{title}' has no chart");
        }
    }

    [Fact]
    public async Task TheHtml_HasTheSameHeadingsAndPicturesAsTheDocx()
    {
        var report = await BuildAsync();
        var docx = DocxReading.Sections(DocxRenderer.Render(report.Document));

        var html = HtmlRenderer.Render(report.Document);
        Assert.Equal(docx.Select(s => s.Heading), HtmlHeading().Matches(html).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)));
        Assert.Equal(docx.Sum(s => s.Pictures), Regex.Count(html, "<img src=\"data:image/png;base64,"));
    }

    [Fact]
    public async Task TheExplanationRegisterDocx_ListsEveryDispositionedOpinion_InTheRegistersOrder()
    {
        var entries = await demo.Registers.EntriesAsync(demo.InstanceId);
        // Each opinion as given, with its stance where its tool records one (the hearing's, the draft's comments).
        var dispositioned = entries.Where(e => e.Disposition is not null)
            .Select(e => e.Opinion.Stance is { } stance ? $"{e.Opinion.Text} (quan điểm: {stance.Vi})" : e.Opinion.Text).ToList();

        var docx = DocxRenderer.Render(await demo.Reports.BuildExplanationRegisterAsync(demo.InstanceId));
        var rows = DocxReading.Sections(docx).Single().TableRows.Where(r => r.Count == 4).Skip(1).ToList(); // the register's rows, after its header (the signature block is a table too)
        Assert.NotEmpty(dispositioned);
        Assert.Equal(entries.Count, dispositioned.Count); // the example dispositions every opinion
        Assert.Equal(dispositioned, rows.Select(r => GroupMark().Replace(r[1], string.Empty)));
        Assert.Equal(Enumerable.Range(1, dispositioned.Count).Select(n => n.ToString(CultureInfo.InvariantCulture)), rows.Select(r => r[0]));
        Assert.Contains(rows, r => GroupMark().IsMatch(r[1]));
        Assert.Contains(rows, r => r[1].Contains(" (quan điểm: ", StringComparison.Ordinal));
        Assert.DoesNotContain(rows, r => r[3].Length == 0);
    }

    private Task<ConsultationReport> BuildAsync() => demo.Reports.BuildReportAsync(demo.InstanceId);

    private static IEnumerable<ReportSection> Flatten(IEnumerable<ReportSection> sections) =>
        sections.SelectMany(s => Flatten(s.Sections).Prepend(s));

    private static string Unnumbered(string heading) => NumberPart().Replace(heading, string.Empty);

    private static string Count(int value) => value.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"));

    [GeneratedRegex(@"^[IVXLC\d.]+\. ")]
    private static partial Regex NumberPart();

    [GeneratedRegex(@"<h[2-6]>(.*?)</h[2-6]>")]
    private static partial Regex HtmlHeading();

    [GeneratedRegex(@" \[nhóm [^\]]+\]$")]
    private static partial Regex GroupMark();
}
