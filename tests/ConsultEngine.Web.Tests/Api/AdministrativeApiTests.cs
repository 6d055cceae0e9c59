using System.Net;
using System.Text.Json;
using ConsultEngine.Persistence.Administrative;
using ConsultEngine.Web.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultEngine.Web.Tests.Api;

/// <summary>The administrative units for pick-lists, read without sign-in: the 34 provinces, and a province's imported communes.</summary>
[Collection(WebHostGroup.Name)]
public sealed class AdministrativeApiTests(WebHostFixture fixture)
{
    [Fact]
    public async Task Provinces_AreThe34UnitsWithTheirKinds()
    {
        using var client = await fixture.ClientAsync(null);

        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/administrative/provinces", UriKind.Relative)));

        var provinces = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(34, provinces.Count);
        Assert.Equal(6, provinces.Count(p => p.GetProperty("kind").GetString() == "city"));
        var daNang = Assert.Single(provinces, p => p.GetProperty("code").GetString() == "48");
        Assert.Equal(("Đà Nẵng", "Da Nang"), (daNang.GetProperty("name").GetString(), daNang.GetProperty("englishName").GetString()));
    }

    [Fact]
    public async Task Communes_OfAProvinceThatImportedTheExampleFile_AreListedInItsOrder()
    {
        var file = Path.Combine(RepositoryPaths.Root, "definitions", "administrative", "48-da-nang.csv");
        await fixture.Host.Services.GetRequiredService<ICommuneStore>().ImportCsvAsync("48", await File.ReadAllBytesAsync(file));
        using var client = await fixture.ClientAsync(null);

        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/administrative/provinces/48/communes", UriKind.Relative)));

        var communes = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(File.ReadAllLines(file).Length - 1, communes.Count);
        Assert.Equal(("hai-chau", "Hải Châu", "ward"), (communes[0].GetProperty("code").GetString(), communes[0].GetProperty("name").GetString(), communes[0].GetProperty("kind").GetString()));
        Assert.Equal("special-zone", communes[^1].GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Communes_OfAnAbolishedProvince_Are404WithItsCode()
    {
        using var client = await fixture.ClientAsync(null);

        using var response = await client.GetAsync(new Uri("/api/administrative/provinces/49/communes", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(AdministrativeCodes.ProvinceUnknown, json.RootElement.GetProperty("code").GetString());
    }
}
