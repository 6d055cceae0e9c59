using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ConsultEngine.Web.Security;
using static ConsultEngine.Web.Tests.Tenancy.ProvinceSiteFixture;

namespace ConsultEngine.Web.Tests.Tenancy;

/// <summary>What each level lists and may do: its province's consultations, national and its own definitions.</summary>
[Collection(ProvincePagesGroup.Name)]
public sealed class ProvinceScopeTests(ProvinceSiteFixture site)
{
    [Fact]
    public async Task ConsultationList_OfAnotherProvince_LeavesOutTheDefaultProvincesConsultation()
    {
        Assert.DoesNotContain(await InstancesAsync(Other), i => i == site.InstanceId);
        Assert.Contains(await InstancesAsync(Home), i => i == site.InstanceId);
        Assert.Contains(await InstancesAsync(National), i => i == site.InstanceId);
    }

    [Fact]
    public async Task ConsultationStarted_ByAProvincesStaff_BelongsToThatProvince()
    {
        using var starter = await site.ApiClientAsync(Roles.Administrator, Other);
        using var started = await starter.PostAsJsonAsync(new Uri("api/instances", UriKind.Relative), new { definitionId = "hdnd.standard", title = "Phí đỗ xe", province = "Đà Nẵng", variables = new { year = 2026 } });
        Assert.True(started.IsSuccessStatusCode, $"start answered {(int)started.StatusCode}: {await started.Content.ReadAsStringAsync()}");
        using var body = JsonDocument.Parse(await started.Content.ReadAsStringAsync());
        var id = body.RootElement.GetProperty("instance").GetProperty("id").GetGuid();

        Assert.Contains(await InstancesAsync(Other), i => i == id);
        Assert.Contains(await InstancesAsync(National), i => i == id);
        Assert.DoesNotContain(await InstancesAsync(Home), i => i == id);
        using var home = await site.ApiClientAsync(Roles.Administrator, Home);
        Assert.Equal(HttpStatusCode.NotFound, (await home.GetAsync(new Uri($"api/instances/{id}", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task NationalDefinition_IsReadByEveryProvince_ButChangedOnlyNationally()
    {
        using var province = await site.ApiClientAsync(Roles.Administrator, Other);

        Assert.Equal(HttpStatusCode.OK, (await province.GetAsync(new Uri("api/definitions/hdnd.standard", UriKind.Relative))).StatusCode);
        using var retire = await province.PostAsync(new Uri("api/definitions/hdnd.standard/versions/1/retire", UriKind.Relative), null);
        await ProblemJson.AssertAsync(retire, HttpStatusCode.Forbidden, "CE8400");
    }

    [Fact]
    public async Task DefinitionList_OfAProvince_HasNationalAndItsOwn_NotAnothers()
    {
        var ids = await DefinitionsAsync(Home);

        Assert.Contains("hdnd.standard", ids);
        Assert.DoesNotContain("hdnd.da-nang", ids);
        Assert.Contains("hdnd.da-nang", await DefinitionsAsync(Other));
        Assert.Contains("hdnd.da-nang", await DefinitionsAsync(National));
    }

    private async Task<List<Guid>> InstancesAsync(string province)
    {
        using var client = await site.ApiClientAsync(Roles.Administrator, province);
        var list = await client.GetFromJsonAsync<List<JsonElement>>(new Uri("api/instances", UriKind.Relative)) ?? [];
        return [.. list.Select(i => i.GetProperty("id").GetGuid())];
    }

    private async Task<List<string>> DefinitionsAsync(string province)
    {
        using var client = await site.ApiClientAsync(Roles.Administrator, province);
        var list = await client.GetFromJsonAsync<List<JsonElement>>(new Uri("api/definitions", UriKind.Relative)) ?? [];
        return [.. list.Select(d => d.GetProperty("id").GetString() ?? "")];
    }
}
