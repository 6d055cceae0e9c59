using System.Net;
using System.Text.Json;
using ConsultEngine.Hosting.Privacy;
using ConsultEngine.Reporting;
using ConsultEngine.Runtime;
using ConsultEngine.Runtime.Journal;
using ConsultEngine.Runtime.Queries;
using ConsultEngine.Web.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultEngine.Web.Tests.Privacy;

/// <summary>
/// A person deletes their inputs over HTTP with the one-time code of their receipt: the right code removes
/// them from the counts, a wrong code and a second use are one refusal (CE8242), and once the results are
/// kept as aggregates the answer says so.
/// </summary>
public sealed class DeletionRequestTests
{
    [Fact]
    public async Task TheRightCode_RemovesThatPersonsInput_AndTheCountsChange_Journaled()
    {
        await using var host = await TestWebHost.StartAsync();
        using var client = host.CreateClient();
        var id = await ErasureSite.OpenAsync(host);
        var (inputId, code) = await ErasureSite.SubmitAsync(client, id, "3");
        await ErasureSite.SubmitAsync(client, id, "4", probes: false);
        var reports = host.Services.GetRequiredService<IConsultationReports>();
        Assert.Equal(2, (await reports.AnalyseAsync(id)).Total.Opinions);

        using var response = await ErasureSite.DeleteAsync(client, id, inputId.ToString(), code.ToLowerInvariant());

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        using var json = JsonDocument.Parse(body);
        Assert.Equal(1, json.RootElement.GetProperty("inputs").GetInt32());
        Assert.False(json.RootElement.GetProperty("keptAggregate").GetBoolean());
        Assert.Equal(1, (await reports.AnalyseAsync(id)).Total.Opinions);
        Assert.False(ErasureSite.Contains(ErasureSite.DatabaseBytes(host), ErasureSite.ProbeText));
        Assert.Contains(await host.Services.GetRequiredService<IConsultationQueries>().JournalAsync(id), e => e.Event == PrivacyJournalEvents.InputsDeletedOnRequest);
    }

    [Fact]
    public async Task AWrongCode_AndASecondUse_AreRefusedAlike_CE8242()
    {
        await using var host = await TestWebHost.StartAsync();
        using var client = host.CreateClient();
        var id = await ErasureSite.OpenAsync(host);
        var (inputId, code) = await ErasureSite.SubmitAsync(client, id);
        var (_, otherCode) = await ErasureSite.SubmitAsync(client, id);

        using var wrong = await ErasureSite.DeleteAsync(client, id, inputId.ToString(), otherCode);
        using var unknown = await ErasureSite.DeleteAsync(client, id, Guid.NewGuid().ToString(), "AAAA-BBBB-CCCC-DDDD");
        using var first = await ErasureSite.DeleteAsync(client, id, inputId.ToString(), code);
        using var second = await ErasureSite.DeleteAsync(client, id, inputId.ToString(), code);

        await ProblemJson.AssertAsync(wrong, HttpStatusCode.Forbidden, ErasureCodes.DeletionRefused);
        await ProblemJson.AssertAsync(unknown, HttpStatusCode.Forbidden, ErasureCodes.DeletionRefused);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        await ProblemJson.AssertAsync(second, HttpStatusCode.Forbidden, ErasureCodes.DeletionRefused);
        Assert.Equal(1, (await host.Services.GetRequiredService<IConsultationReports>().AnalyseAsync(id)).Total.Opinions);
    }

    [Fact]
    public async Task AfterErasure_TheAnswerSaysTheResultsAreKeptAsAggregates()
    {
        await using var host = await TestWebHost.StartAsync();
        using var client = host.CreateClient();
        var id = await ErasureSite.OpenAsync(host);
        var (inputId, code) = await ErasureSite.SubmitAsync(client, id);
        await host.Services.GetRequiredService<ProcessEngine>().CancelAsync(id, "seed", "closed for the test");
        Assert.Single(await host.Services.GetRequiredService<IPersonalData>().EraseDueAsync(DateTimeOffset.UtcNow.AddYears(3)));

        using var response = await ErasureSite.DeleteAsync(client, id, inputId.ToString(), code);

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        using var json = JsonDocument.Parse(body);
        Assert.True(json.RootElement.GetProperty("keptAggregate").GetBoolean());
        Assert.Equal(JsonValueKind.String, json.RootElement.GetProperty("erasedAt").ValueKind);
    }

    [Fact]
    public async Task ThePortalPage_DeletesWithoutJavaScript_AndRefusesAWrongCode()
    {
        await using var host = await TestWebHost.StartAsync();
        using var client = host.CreateClient();
        var id = await ErasureSite.OpenAsync(host);
        var (inputId, code) = await ErasureSite.SubmitAsync(client, id);
        using var browser = new BrowserLikeClient(host);
        var page = $"/privacy/delete?consultation={id}";

        using var refused = await browser.SubmitFormAsync(page, new Dictionary<string, string> { ["consultation"] = id.ToString(), ["identifier"] = inputId.ToString(), ["code"] = "AAAA-BBBB-CCCC-DDDD" });
        var refusedPage = await refused.Content.ReadAsStringAsync();
        using var deleted = await browser.SubmitFormAsync(page, new Dictionary<string, string> { ["consultation"] = id.ToString(), ["identifier"] = inputId.ToString(), ["code"] = code });
        var deletedPage = await deleted.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("error-summary", refusedPage, StringComparison.Ordinal);
        Assert.True(deleted.StatusCode == HttpStatusCode.OK, deletedPage);
        Assert.Contains("id=\"deleted\"", deletedPage, StringComparison.Ordinal);
        Assert.Equal(0, (await host.Services.GetRequiredService<IConsultationReports>().AnalyseAsync(id)).Total.Opinions);
    }
}
