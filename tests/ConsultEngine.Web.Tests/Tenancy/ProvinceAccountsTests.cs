using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ConsultEngine.Web.Security;
using static ConsultEngine.Web.Tests.Tenancy.ProvinceSiteFixture;

namespace ConsultEngine.Web.Tests.Tenancy;

/// <summary>
/// A province's administrator manages its own province's accounts, and makes and moves none beyond it
/// (CE8402); the national administrator manages every account.
/// </summary>
[Collection(ProvinceSiteGroup.Name)]
public sealed class ProvinceAccountsTests(ProvinceSiteFixture site)
{
    [Fact]
    public async Task AProvincesAdministrator_ListsOnlyItsProvincesAccounts()
    {
        var listed = await ListAsync(Other);

        Assert.Contains(UserName(Roles.CouncilOffice, Other), listed.Keys);
        Assert.All(listed, account => Assert.Equal(Other, account.Value));
        Assert.DoesNotContain(Target, listed.Keys);
    }

    [Fact]
    public async Task TheNationalAdministrator_ListsEveryAccount()
    {
        var listed = await ListAsync(National);

        Assert.Contains(Target, listed.Keys);
        Assert.Contains(UserName(Roles.CouncilOffice, Other), listed.Keys);
        Assert.Contains(UserName(Roles.CouncilOffice, National), listed.Keys);
    }

    [Theory]
    [InlineData("national")]
    [InlineData("01")]
    public async Task AProvincesAdministrator_CannotCreateANationalOrAnotherProvincesAccount(string province)
    {
        var answer = await CreateAsync(Other, $"new-{province}-by-48", province);

        Assert.Equal(new Answer(403, "CE8402"), answer.Answer);
        Assert.DoesNotContain($"new-{province}-by-48", (await ListAsync(National)).Keys);
    }

    [Fact]
    public async Task AProvincesAdministrator_CreatesAccountsOfItsProvince()
    {
        var answer = await CreateAsync(Other, "new-by-48", province: null);

        Assert.Equal(201, answer.Answer.Status);
        Assert.Equal(Other, answer.Province);
        Assert.Equal(Other, (await ListAsync(Other))["new-by-48"]);
    }

    [Fact]
    public async Task TheNationalAdministrator_CreatesAnAccountOfAnyProvince()
    {
        var answer = await CreateAsync(National, "new-48-by-national", Other);

        Assert.Equal(201, answer.Answer.Status);
        Assert.Equal(Other, (await ListAsync(Other))["new-48-by-national"]);
    }

    [Theory]
    [InlineData("national")]
    [InlineData("01")]
    public async Task AProvincesAdministrator_CannotMoveItsAccountOutOfItsProvince(string province)
    {
        using var client = await site.ApiClientAsync(Roles.Administrator, Other);
        using var response = await client.PutAsJsonAsync($"api/users/{UserName(Roles.CouncilOffice, Other)}/province", new { province });

        Assert.Equal(new Answer(403, "CE8402"), await Answer.ReadAsync(response));
        Assert.Equal(Other, (await ListAsync(National))[UserName(Roles.CouncilOffice, Other)]);
    }

    [Fact]
    public async Task AProvincesAdministrator_CannotGiveARoleToAnotherProvincesAccount()
    {
        using var client = await site.ApiClientAsync(Roles.Administrator, Other);
        using var response = await client.PutAsync(new Uri($"api/users/{Target}/roles/{Roles.Administrator}", UriKind.Relative), null);

        Assert.Equal(new Answer(404, "CE9992"), await Answer.ReadAsync(response));
    }

    private async Task<Dictionary<string, string?>> ListAsync(string province)
    {
        using var client = await site.ApiClientAsync(Roles.Administrator, province);
        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri("api/users", UriKind.Relative)));
        return json.RootElement.EnumerateArray().ToDictionary(
            u => u.GetProperty("userName").GetString()!,
            u => u.GetProperty("province").ValueKind == JsonValueKind.Null ? null : u.GetProperty("province").GetString(),
            StringComparer.Ordinal);
    }

    private async Task<(Answer Answer, string? Province)> CreateAsync(string asProvince, string userName, string? province)
    {
        using var client = await site.ApiClientAsync(Roles.Administrator, asProvince);
        using var response = await client.PostAsJsonAsync("api/users", new { userName, roles = new[] { Roles.CouncilOffice }, province });
        if (response.StatusCode != HttpStatusCode.Created)
        {
            return (await Answer.ReadAsync(response), null);
        }

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("password").GetString()));
        return (new Answer(201, null), json.RootElement.GetProperty("province").GetString());
    }
}
