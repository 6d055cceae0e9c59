using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ConsultEngine.Web.Security;
using ConsultEngine.Web.Testing;
using ConsultEngine.Web.Tests.Api;

namespace ConsultEngine.Web.Tests.Security;

/// <summary>
/// Hostile: a contracted organisation works the contractor tasks of the consultations given to it, and
/// of no other. Organisation B's user completing a contractor task of a consultation assigned to
/// organisation A gets 403 CE9990 over HTTP, and the step stays waiting; A's user completes it.
/// </summary>
public sealed class ContractorAccessTests : IAsyncLifetime
{
    private const string DefinitionId = "access.contractor-test";
    private const string Password = "Contractor-Org-Passw0rd-7";
    private TestWebHost? _host;

    private TestWebHost Host => _host!;

    public async Task InitializeAsync()
    {
        _host = await TestWebHost.StartAsync();
        await TestUsers.SeedAsync(_host);
        await _host.AddUserAsync("org-a", Roles.ContractedOrganisation, Password, "Organisation A");
        await _host.AddUserAsync("org-b", Roles.ContractedOrganisation, Password, "Organisation B");
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();

    [Fact]
    public async Task OrganisationB_CompletingOrganisationAsContractorTask_Is403WithCE9990_AndTheStepStaysWaiting()
    {
        var id = await StartAssignedToAsync("Organisation A");
        using var orgB = await ClientAsync("org-b");

        using var completed = await orgB.PostAsJsonAsync(new Uri($"api/instances/{id}/steps/report-methods/complete", UriKind.Relative), new { });
        await ProblemJson.AssertAsync(completed, HttpStatusCode.Forbidden, "CE9990");
        using var opened = await orgB.GetAsync(new Uri($"api/tasks/{id}/report-methods", UriKind.Relative));
        await ProblemJson.AssertAsync(opened, HttpStatusCode.Forbidden, "CE9990");
        using var inbox = JsonDocument.Parse(await orgB.GetStringAsync(new Uri("api/tasks", UriKind.Relative)));
        Assert.DoesNotContain(inbox.RootElement.EnumerateArray(), t => t.GetProperty("instanceId").GetGuid() == id);

        Assert.Equal("Waiting", await StatusAsync(id, "report-methods"));
    }

    [Fact]
    public async Task OrganisationA_SeesAndCompletesTheContractorTaskOfItsConsultation()
    {
        var id = await StartAssignedToAsync("Organisation A");
        using var orgA = await ClientAsync("org-a");

        using var inbox = JsonDocument.Parse(await orgA.GetStringAsync(new Uri("api/tasks", UriKind.Relative)));
        Assert.Contains(inbox.RootElement.EnumerateArray(), t => t.GetProperty("instanceId").GetGuid() == id && t.GetProperty("stepId").GetString() == "report-methods");
        using var completed = await orgA.PostAsJsonAsync(new Uri($"api/instances/{id}/steps/report-methods/complete", UriKind.Relative), new { });
        Assert.True(completed.IsSuccessStatusCode, await completed.Content.ReadAsStringAsync());

        Assert.Equal("Completed", await StatusAsync(id, "report-methods"));
    }

    [Fact]
    public async Task AConsultationAssignedToNoOrganisation_RefusesEveryContractor()
    {
        var id = await StartAssignedToAsync(organisation: null);
        using var orgA = await ClientAsync("org-a");

        using var completed = await orgA.PostAsJsonAsync(new Uri($"api/instances/{id}/steps/report-methods/complete", UriKind.Relative), new { });

        await ProblemJson.AssertAsync(completed, HttpStatusCode.Forbidden, "CE9990");
    }

    private async Task<HttpClient> ClientAsync(string userName)
    {
        var client = Host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", await ApiSignIn.TokenAsync(Host, userName, Password));
        return client;
    }

    private async Task<string?> StatusAsync(Guid id, string stepId)
    {
        using var office = await ApiSignIn.AsRoleAsync(Host, Roles.CouncilOffice);
        using var detail = JsonDocument.Parse(await office.GetStringAsync(new Uri($"api/instances/{id}", UriKind.Relative)));
        return Consultation.Step(detail.RootElement, stepId).GetProperty("status").GetString();
    }

    private async Task<Guid> StartAssignedToAsync(string? organisation)
    {
        using var admin = await ApiSignIn.AsRoleAsync(Host, Roles.Administrator);
        using (var existing = await admin.GetAsync(new Uri("api/definitions/" + DefinitionId, UriKind.Relative)))
        {
            if (existing.StatusCode == HttpStatusCode.NotFound)
            {
                var json = await File.ReadAllTextAsync(Path.Combine(SourceFolder(), "Definitions", DefinitionId + ".json"));
                using var content = new StringContent(json, Encoding.UTF8, "application/json");
                using var imported = await admin.PostAsync(new Uri("api/definitions/import", UriKind.Relative), content);
                Assert.True(imported.IsSuccessStatusCode, await imported.Content.ReadAsStringAsync());
                using var publish = await admin.PostAsJsonAsync(new Uri($"api/definitions/{DefinitionId}/draft/publish", UriKind.Relative), new { });
                Assert.True(publish.IsSuccessStatusCode, await publish.Content.ReadAsStringAsync());
            }
        }

        using var started = await admin.PostAsJsonAsync(new Uri("api/instances", UriKind.Relative), new { definitionId = DefinitionId, title = "Contractor access" });
        var body = await started.Content.ReadAsStringAsync();
        Assert.True(started.StatusCode == HttpStatusCode.Created, body);
        using var detail = JsonDocument.Parse(body);
        var id = Consultation.Id(detail.RootElement);
        if (organisation is not null)
        {
            using var assigned = await admin.PutAsJsonAsync(new Uri($"api/instances/{id}/tool-steps/discuss/assignment", UriKind.Relative), new { organisation });
            Assert.True(assigned.IsSuccessStatusCode, await assigned.Content.ReadAsStringAsync());
        }

        return id;
    }

    private static string SourceFolder([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
