using System.Globalization;
using System.Net;
using ConsultEngine.Abstractions;
using ConsultEngine.Hosting.Tools;
using ConsultEngine.Reporting;
using ConsultEngine.Web.Security;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultEngine.Web.Tests.Console;

/// <summary>
/// The console shows the analysis's statistics, rendered on the server for a signed-in member of the
/// Working Group: χ² under each cross-tab, the Student-t interval of each mean, the coders' kappa per
/// theme and overall with its Landis–Koch reading and the disagreements, the consultation-wide people
/// and opinions, and the analysis report's form starting filled.
/// </summary>
[Collection(AnalysisReportGroup.Name)]
public sealed class AnalysisStatisticsPageTests(AnalysisReportSite site)
{
    [Fact]
    public async Task SurveyPage_ShowsAChiSquareTestUnderEachCrossTab_AndTheStudentTIntervalOfEachMean()
    {
        var analysis = await AnalyseAsync(AnalysisReportSite.SurveyStep);
        var tested = analysis.CrossTabs.Where(t => t.ChiSquare is not null).ToList();
        Assert.NotEmpty(tested);
        using var browser = await site.BrowserAsync(Roles.WorkingGroup);

        var html = WebUtility.HtmlDecode(await browser.GetPageAsync($"/console/consultations/{site.InstanceId}/tools/{AnalysisReportSite.SurveyStep}"));

        Assert.Equal(analysis.CrossTabs.Count, Count(html, "data-crosstab=\""));
        Assert.Equal(tested.Count, Count(html, "data-testid=\"chi-square\""));
        Assert.Equal(analysis.CrossTabs.Count - tested.Count, Count(html, "data-testid=\"no-chi-square\""));
        foreach (var test in tested.Select(t => t.ChiSquare!))
        {
            Assert.Contains($"data-statistic=\"{Invariant(test.Statistic)}\" data-df=\"{test.DegreesOfFreedom}\" data-p=\"{Invariant(test.PValue)}\" data-cramers-v=\"{Invariant(test.CramersV)}\"", html, StringComparison.Ordinal);
        }

        Assert.Contains("Kiểm định χ²: χ² = ", html, StringComparison.Ordinal);
        Assert.Equal(tested.Count(t => t.ChiSquare!.SmallCellWarning), Count(html, "data-testid=\"small-cells\""));
        var numeric = analysis.Questions.Where(q => q.Numeric is not null).Select(q => q.Numeric!).ToList();
        Assert.NotEmpty(numeric);
        Assert.Contains("Khoảng tin cậy 95% (Student t)", html, StringComparison.Ordinal);
        foreach (var summary in numeric)
        {
            Assert.Contains($"data-ci-low=\"{Invariant(summary.Ci95.Low)}\" data-ci-high=\"{Invariant(summary.Ci95.High)}\"", html, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("vi")]
    [InlineData("en")]
    public async Task FocusGroupPage_ShowsKappaPerThemeAndOverall_WithItsReading_AndEveryDisagreement(string language)
    {
        var agreement = (await AnalyseAsync(AnalysisReportSite.FocusGroupStep)).CoderAgreement;
        Assert.NotNull(agreement);
        Assert.NotNull(agreement.Overall.Reading);
        using var browser = await site.BrowserAsync(Roles.WorkingGroup, language);

        var html = WebUtility.HtmlDecode(await browser.GetPageAsync($"/console/consultations/{site.InstanceId}/tools/{AnalysisReportSite.FocusGroupStep}"));

        Assert.Contains($"data-testid=\"coder-agreement\" data-kappa=\"{Invariant(agreement.Overall.Kappa!.Value)}\" data-reading=\"{agreement.Overall.Reading!.Value.Code()}\"", html, StringComparison.Ordinal);
        Assert.Contains(agreement.Overall.Reading!.Value.Label().In(language), html, StringComparison.Ordinal);
        foreach (var theme in agreement.Themes)
        {
            Assert.Contains($"data-agreement-theme=\"{theme.Theme}\"", html, StringComparison.Ordinal);
        }

        Assert.Equal(agreement.Disagreements.Count, Count(html, "data-disagreement=\""));
        Assert.Contains(language == "en" ? "Reading (Landis–Koch)" : "Mức độ (Landis–Koch)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConsultationPage_ShowsPeopleAndOpinionsApart_InAllAndByToolStep()
    {
        var analysis = await site.Host.Services.GetRequiredService<IConsultationReports>().AnalyseAsync(site.InstanceId);
        using var browser = await site.BrowserAsync(Roles.WorkingGroup);

        var html = await browser.GetPageAsync($"/console/consultations/{site.InstanceId}");

        Assert.Contains($"data-testid=\"consultation-analysis\" data-people=\"{analysis.Total.People}\" data-opinions=\"{analysis.Total.Opinions}\"", html, StringComparison.Ordinal);
        foreach (var step in analysis.BySteps)
        {
            Assert.Contains($"data-wide-step=\"{step.StepId}\" data-people=\"{step.People}\" data-opinions=\"{step.Opinions}\"", html, StringComparison.Ordinal);
        }

        Assert.Contains("data-wide-attribute=\"gender\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnalysisReportTask_StartsFilledFromTheAnalysis()
    {
        using var browser = await site.BrowserAsync(Roles.WorkingGroup);

        var html = WebUtility.HtmlDecode(await browser.GetPageAsync($"/console/consultations/{site.InstanceId}/tasks/{AnalysisReportSite.ReportStep}"));

        Assert.Contains("data-testid=\"prefill-notice\" data-source=\"consultation-analysis\"", html, StringComparison.Ordinal);
        Assert.Contains("Số người tham gia (toàn cuộc tham vấn)", html, StringComparison.Ordinal);
    }

    private Task<ToolAnalysis> AnalyseAsync(string step) => site.Host.Services.GetRequiredService<IToolSteps>().AnalyseAsync(site.InstanceId, step);

    private static string Invariant(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static int Count(string html, string text)
    {
        var count = 0;
        for (var at = html.IndexOf(text, StringComparison.Ordinal); at >= 0; at = html.IndexOf(text, at + text.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
