using System.Net.Http.Json;
using System.Text.Json;
using static ConsultEngine.Web.Tests.Tenancy.ProvinceSiteFixture;

namespace ConsultEngine.Web.Tests.Tenancy;

/// <summary>The portal lists consultations per province (the 34) and across all, for anyone.</summary>
[Collection(ProvincePagesGroup.Name)]
public sealed class PortalProvinceFilterTests(ProvinceSiteFixture site)
{
    [Fact]
    public async Task PublicList_WithoutAProvince_ListsEveryProvince_WithEachConsultationsProvinceCode()
    {
        var list = await ListAsync("/api/consultations");

        var seeded = Assert.Single(list, c => c.GetProperty("instanceId").GetGuid() == site.InstanceId);
        Assert.Equal(Home, seeded.GetProperty("provinceCode").GetString());
    }

    [Fact]
    public async Task PublicList_OfTheConsultationsProvince_ListsIt()
    {
        Assert.Contains(await ListAsync($"/api/consultations?province={Home}"), c => c.GetProperty("instanceId").GetGuid() == site.InstanceId);
    }

    [Fact]
    public async Task PublicList_OfAnotherProvince_LeavesItOut()
    {
        Assert.DoesNotContain(await ListAsync($"/api/consultations?province={Other}"), c => c.GetProperty("instanceId").GetGuid() == site.InstanceId);
    }

    [Fact]
    public async Task PortalHome_OffersThe34Provinces_AndFiltersByTheOneChosen()
    {
        using var client = site.Host.CreateClient();
        var all = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        var other = await client.GetStringAsync(new Uri($"/?province={Other}", UriKind.Relative));

        Assert.Equal(34, System.Text.RegularExpressions.Regex.Count(all, "<option value=\"\\d\\d\""));
        Assert.Contains(site.InstanceId.ToString(), all, StringComparison.Ordinal);
        Assert.DoesNotContain(site.InstanceId.ToString(), other, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{Other}\" selected", other, StringComparison.Ordinal);
    }

    private async Task<List<JsonElement>> ListAsync(string path)
    {
        using var client = site.Host.CreateClient();
        return await client.GetFromJsonAsync<List<JsonElement>>(new Uri(path.TrimStart('/'), UriKind.Relative)) ?? [];
    }
}
