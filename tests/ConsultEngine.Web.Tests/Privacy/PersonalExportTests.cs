using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ConsultEngine.Web.Portal.Privacy;
using ConsultEngine.Web.Security;
using ConsultEngine.Web.Testing.Portal;

namespace ConsultEngine.Web.Tests.Privacy;

/// <summary>
/// Exports without personal data by default (Decree 13/2023/NĐ-CP): the survey's export leaves the respondent's
/// attributes and free text out; asking for them (<c>"personal": true</c>) is for Administrators and the
/// Standing Committee only (403, CE8222), and each such export is journaled on the consultation.
/// </summary>
[Collection(WebHostGroup.Name)]
public sealed class PersonalExportTests(WebHostFixture fixture)
{
    private const string Ethnicity = "Mường";

    [Fact]
    public async Task TheDefaultExport_HoldsNoAttributeOrFreeText_AndIsNotJournaled()
    {
        var id = await ConsultationWithAResponseAsync();
        using var office = await fixture.ClientAsync(Roles.CouncilOffice);

        using var response = await office.PostAsJsonAsync(Export(id), new { format = "csv" });

        var csv = await CsvAsync(response);
        Assert.DoesNotContain("_ethnicity", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(Ethnicity, csv, StringComparison.Ordinal);
        Assert.Empty(await ExportEntriesAsync(office, id));
    }

    [Theory]
    [InlineData(Roles.CouncilOffice)]
    [InlineData(Roles.WorkingGroup)]
    public async Task AskingForPersonalData_WithoutTheRole_Is403_CE8222(string role)
    {
        var id = await ConsultationWithAResponseAsync();
        using var client = await fixture.ClientAsync(role);

        using var response = await client.PostAsJsonAsync(Export(id), new { format = "csv", personal = true });

        await ProblemJson.AssertAsync(response, HttpStatusCode.Forbidden, PrivacyCodes.PersonalExportForbidden);
    }

    [Theory]
    [InlineData(Roles.Administrator)]
    [InlineData(Roles.StandingCommittee)]
    public async Task APersonalExport_ByTheRightRole_HoldsTheAttributes_AndIsJournaled(string role)
    {
        var id = await ConsultationWithAResponseAsync();
        using var client = await fixture.ClientAsync(role);

        using var response = await client.PostAsJsonAsync(Export(id), new { format = "csv", personal = true });

        Assert.Contains(Ethnicity, await CsvAsync(response), StringComparison.Ordinal);
        var entry = Assert.Single(await ExportEntriesAsync(client, id));
        Assert.Equal(PortalSeed.SurveyStep, entry.GetProperty("stepId").GetString());
        Assert.Equal(TestUsersName(role), entry.GetProperty("actor").GetString());
        Assert.Equal("export", entry.GetProperty("data").GetProperty("what").GetString());
        Assert.True(entry.GetProperty("data").GetProperty("rows").GetInt32() >= 1);
    }

    private static string TestUsersName(string role) => ConsultEngine.Web.Testing.TestUsers.UserName(role);

    private static Uri Export(Guid id) => new($"api/instances/{id}/tool-steps/{PortalSeed.SurveyStep}/actions/export", UriKind.Relative);

    private async Task<Guid> ConsultationWithAResponseAsync()
    {
        var id = await PortalSeed.OpenConsultationAsync(fixture.Host.Services, "Personal export test");
        using var anonymous = fixture.Host.CreateClient();
        using var sent = await anonymous.PostAsJsonAsync($"api/consultations/{id}/steps/{PortalSeed.SurveyStep}/submissions", new
        {
            answers = new { collected = "yes", frequency = 2, satisfaction = "3" },
            respondent = new { ethnicity = Ethnicity },
            consent = new { privacy = true, sensitive = true },
        });
        Assert.True(sent.StatusCode == HttpStatusCode.Created, await sent.Content.ReadAsStringAsync());
        return id;
    }

    private static async Task<string> CsvAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        using var json = JsonDocument.Parse(body);
        return Encoding.UTF8.GetString(Convert.FromBase64String(json.RootElement.GetProperty("result").GetProperty("contentBase64").GetString()!));
    }

    private static async Task<List<JsonElement>> ExportEntriesAsync(HttpClient client, Guid id)
    {
        using var journal = JsonDocument.Parse(await client.GetStringAsync(new Uri($"api/instances/{id}/journal", UriKind.Relative)));
        return [.. journal.RootElement.EnumerateArray().Where(e => e.GetProperty("event").GetString() == "personal-data-exported").Select(e => e.Clone())];
    }
}
