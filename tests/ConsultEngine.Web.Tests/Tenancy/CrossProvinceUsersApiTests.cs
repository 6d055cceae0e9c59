using ConsultEngine.Web.Security;
using ConsultEngine.Web.Tests.Authorization;
using static ConsultEngine.Web.Tests.Tenancy.ProvinceSiteFixture;

namespace ConsultEngine.Web.Tests.Tenancy;

/// <summary>
/// The cross-province rows of the account endpoints (<see cref="CrossProvinceRows.UserApiRows"/>): to a
/// province's administrator, another province's account answers exactly as one that does not exist (404
/// CE9992); its own province's administrator and the national one get the normal answer.
/// </summary>
[Collection(ProvinceSiteGroup.Name)]
public sealed class CrossProvinceUsersApiTests(ProvinceSiteFixture site)
{
    public static TheoryData<string> UserRows()
    {
        var data = new TheoryData<string>();
        foreach (var row in CrossProvinceRows.UserApiRows())
        {
            data.Add(row.Key);
        }

        return data;
    }

    [Fact]
    public void EveryEndpointNamingAnAccount_HasACrossProvinceRow()
    {
        Assert.True(CrossProvinceRows.UserApiRows().Count() >= 6);
        Assert.All(CrossProvinceRows.UserApiRows(), r => Assert.Contains($"/{CrossProvinceRows.NoUser}/", r.SamplePath, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(UserRows))]
    public async Task AnotherProvincesAccount_AnswersAsOneThatDoesNotExist(string key)
    {
        var row = ApiAccessTable.Rows.Single(r => r.Key == key);
        var path = CrossProvinceRows.WithUser(row.SamplePath, Target);

        var missing = await CallAsync(row, row.SamplePath, Other);
        var crossed = await CallAsync(row, path, Other);
        Assert.True(crossed == new Answer(404, "CE9992") && crossed == missing, $"{key}: another province got {crossed}, a missing account {missing}");

        foreach (var province in new[] { Home, National })
        {
            var normal = await CallAsync(row, path, province);
            Assert.False(normal.IsRefusal || normal == missing, $"{key}: {province} got {normal} (a missing account: {missing})");
        }
    }

    private async Task<Answer> CallAsync(ApiAccessRow row, string path, string province)
    {
        using var client = await site.ApiClientAsync(Roles.Administrator, province);
        using var request = new HttpRequestMessage(new HttpMethod(row.Method), new Uri(path.TrimStart('/'), UriKind.Relative)) { Content = row.Body() };
        using var response = await client.SendAsync(request);
        return await Answer.ReadAsync(response);
    }
}
