using System.Net.Http.Json;
using System.Text.Json;
using ConsultEngine.Web.Security;
using ConsultEngine.Web.Testing.Portal;
using static ConsultEngine.Web.Tests.Tenancy.ProvinceSiteFixture;

namespace ConsultEngine.Web.Tests.Tenancy;

/// <summary>
/// Tool step assignments by province: a province's staff list only its own consultations' assignments, and a
/// step goes to no organisation whose accounts all work for another province (CE8403).
/// </summary>
[Collection(ProvinceSiteGroup.Name)]
public sealed class ProvinceAssignmentsTests(ProvinceSiteFixture site)
{
    [Fact]
    public async Task AnotherProvincesStaff_DoNotListTheConsultationsAssignments()
    {
        using (var assigned = await AssignAsync(National, "Công ty Hà Nội"))
        {
            Assert.True(assigned.IsSuccessStatusCode, $"{(int)assigned.StatusCode}");
        }

        Assert.Contains(site.InstanceId, await ListedInstancesAsync(Home));
        Assert.Contains(site.InstanceId, await ListedInstancesAsync(National));
        Assert.DoesNotContain(site.InstanceId, await ListedInstancesAsync(Other));
    }

    [Theory]
    [InlineData(Home)]
    [InlineData(National)]
    public async Task AnOrganisationOfAnotherProvince_IsNotGivenTheStep(string assigner)
    {
        using var response = await AssignAsync(assigner, OtherOrganisation);

        Assert.Equal(new Answer(422, "CE8403"), await Answer.ReadAsync(response));
    }

    private async Task<HttpResponseMessage> AssignAsync(string province, string organisation)
    {
        using var client = await site.ApiClientAsync(Roles.Administrator, province);
        return await client.PutAsJsonAsync($"api/instances/{site.InstanceId}/tool-steps/{PortalSeed.SurveyStep}/assignment", new { organisation });
    }

    private async Task<IReadOnlyList<Guid>> ListedInstancesAsync(string province)
    {
        using var client = await site.ApiClientAsync(Roles.Administrator, province);
        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri("api/assignments", UriKind.Relative)));
        return [.. json.RootElement.EnumerateArray().Select(a => a.GetProperty("instanceId").GetGuid())];
    }
}
