using System.Net;
using System.Text.Json;
using ConsultEngine.Reporting;
using ConsultEngine.Web.Security;
using ConsultEngine.Web.StaffConsole.Prefill;
using ConsultEngine.Web.Testing;
using Json.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultEngine.Web.Tests.Console;

/// <summary>
/// <c>GET /api/instances/{id}/steps/{stepId}/prefill</c> on the example consultation waiting at its
/// analysis report: the form's fields proposed from the consultation-wide analysis, passing the form's
/// schema, with the analysis's own figures; conclusions and recommendations left to the Working Group.
/// </summary>
[Collection(AnalysisReportGroup.Name)]
public sealed class StepPrefillApiTests(AnalysisReportSite site)
{
    [Fact]
    public async Task Prefill_OfTheAnalysisReport_PassesItsFormSchema_WithTheAnalysisFigures()
    {
        using var json = await PrefillAsync(Roles.WorkingGroup, AnalysisReportSite.ReportStep, "vi");
        var root = json.RootElement;
        Assert.True(root.GetProperty("valid").GetBoolean(), root.GetProperty("problems").GetRawText());
        Assert.Equal(PrefillConfig.ConsultationAnalysis, root.GetProperty("source").GetString());
        Assert.Equal("analysis-report", root.GetProperty("form").GetString());

        // Checked here on its own against the form as published, not only by the server's word.
        var data = root.GetProperty("data");
        var evaluation = FormSchema("analysis-report").Evaluate(data, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(evaluation.IsValid, data.GetRawText());

        var analysis = await site.Host.Services.GetRequiredService<IConsultationReports>().AnalyseAsync(site.InstanceId);
        Assert.True(analysis.Total.People > 0);
        var quantitative = data.GetProperty("quantitative").EnumerateArray().ToList();
        Assert.Equal(analysis.Total.People, quantitative[0].GetProperty("value").GetInt32());
        Assert.Equal(analysis.Total.Opinions, quantitative[1].GetProperty("value").GetInt32());
        Assert.Equal(2 + (2 * analysis.BySteps.Count), quantitative.Count(q => q.GetProperty("indicator").GetString()!.StartsWith("Số ", StringComparison.Ordinal)));
        Assert.Contains(quantitative, q => q.GetProperty("indicator").GetString()!.Contains("khoảng tin cậy 95%:", StringComparison.Ordinal));
        Assert.Contains(quantitative, q => q.GetProperty("indicator").GetString()!.Contains("theo Student t", StringComparison.Ordinal));
        Assert.Contains(quantitative, q => q.TryGetProperty("breakdown", out var b) && b.GetString()!.Contains("χ² p", StringComparison.Ordinal));

        var themes = analysis.Tools.SelectMany(t => t.Themes).ToList();
        Assert.NotEmpty(themes);
        var qualitative = data.GetProperty("qualitative").EnumerateArray().ToList();
        Assert.Equal(themes.Select(t => t.Theme).Distinct(StringComparer.Ordinal).Count(), qualitative.Count);
        Assert.Equal(themes.Sum(t => t.Count), qualitative.Sum(q => q.GetProperty("mentions").GetInt32()));

        var findings = data.GetProperty("findingsByIssue")[0].GetProperty("findings").EnumerateArray().Select(f => f.GetString()!).ToList();
        Assert.Contains(findings, f => f.Contains("(khoảng tin cậy 95%:", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Contains("kappa chung κ = ", StringComparison.Ordinal));
        Assert.StartsWith("Tổng cộng ", data.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.Empty(data.GetProperty("recommendations").EnumerateArray());
    }

    [Fact]
    public async Task Prefill_AskedInEnglish_IsWrittenInEnglish()
    {
        using var json = await PrefillAsync(Roles.WorkingGroup, AnalysisReportSite.ReportStep, "en");
        var data = json.RootElement.GetProperty("data");
        Assert.StartsWith("In all, ", data.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.Equal("People who took part (whole consultation)", data.GetProperty("quantitative")[0].GetProperty("indicator").GetString());
        Assert.Contains(data.GetProperty("findingsByIssue")[0].GetProperty("findings").EnumerateArray(), f => f.GetString()!.Contains("(95% interval ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Prefill_OfAStepThatDeclaresNone_Is404_CE8030()
    {
        using var client = await ApiSignIn.AsRoleAsync(site.Host, Roles.StandingCommittee);
        using var response = await client.GetAsync(Address("review-analysis-report"));
        await ProblemJson.AssertAsync(response, HttpStatusCode.NotFound, PrefillCodes.NoPrefill);
    }

    [Fact]
    public async Task Prefill_ForSomeoneOutsideTheStepsRole_Is403_CE9941()
    {
        using var client = await ApiSignIn.AsRoleAsync(site.Host, Roles.StandingCommittee);
        using var response = await client.GetAsync(Address(AnalysisReportSite.ReportStep));
        await ProblemJson.AssertAsync(response, HttpStatusCode.Forbidden, StaffConsole.ConsoleCodes.RoleMismatch);
    }

    private Uri Address(string step) => new($"/api/instances/{site.InstanceId}/steps/{step}/prefill", UriKind.Relative);

    private async Task<JsonDocument> PrefillAsync(string role, string step, string language)
    {
        using var client = await ApiSignIn.AsRoleAsync(site.Host, role);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        using var response = await client.GetAsync(Address(step));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body);
    }

    private static JsonSchema FormSchema(string form)
    {
        using var definition = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "definitions", "standard", "hdnd.standard.v2.json")));
        var schema = definition.RootElement.GetProperty("forms").GetProperty(form).GetProperty("schema").GetRawText();
        return JsonSchema.FromText(schema, new BuildOptions { SchemaRegistry = new SchemaRegistry() });
    }
}
