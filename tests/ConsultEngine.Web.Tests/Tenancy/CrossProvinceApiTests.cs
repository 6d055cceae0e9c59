using ConsultEngine.Web.Security;
using ConsultEngine.Web.Tests.Authorization;
using static ConsultEngine.Web.Tests.Tenancy.ProvinceSiteFixture;

namespace ConsultEngine.Web.Tests.Tenancy;

/// <summary>
/// The cross-province rows of the API (<see cref="CrossProvinceRows"/>): another province's consultation
/// answers exactly as one that does not exist (404, the endpoint's own code), another province's definition
/// 403 CE8400; the consultation's own province and the national level get the normal answer.
/// </summary>
[Collection(ProvinceSiteGroup.Name)]
public sealed class CrossProvinceApiTests(ProvinceSiteFixture site)
{
    public static TheoryData<string> ConsultationRows() => Keys(CrossProvinceRows.ConsultationApiRows());

    public static TheoryData<string> DefinitionRows() => Keys(CrossProvinceRows.DefinitionApiRows());

    [Fact]
    public void EveryStaffEndpointNamingAConsultationOrADefinition_HasACrossProvinceRow()
    {
        Assert.True(CrossProvinceRows.ConsultationApiRows().Count() >= 60);
        Assert.True(CrossProvinceRows.DefinitionApiRows().Count() >= 9);
        Assert.All(CrossProvinceRows.ConsultationApiRows(), r => Assert.Contains(CrossProvinceRows.NoInstance, r.SamplePath, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ConsultationRows))]
    public async Task AnotherProvincesConsultation_AnswersAsOneThatDoesNotExist(string key)
    {
        var row = ApiAccessTable.Rows.Single(r => r.Key == key);
        var path = CrossProvinceRows.WithInstance(row.SamplePath, site.InstanceId);

        var missing = await CallAsync(row, row.SamplePath, Other);
        var crossed = await CallAsync(row, path, Other);
        Assert.True(crossed.Status == 404 && crossed == missing, $"{key}: another province got {crossed}, a missing consultation {missing}");

        foreach (var province in new[] { Home, National })
        {
            var normal = await CallAsync(row, path, province);
            Assert.False(normal.IsRefusal || normal == missing, $"{key}: {province} got {normal} (a missing consultation: {missing})");
        }
    }

    [Theory]
    [MemberData(nameof(DefinitionRows))]
    public async Task AnotherProvincesDefinition_IsForbidden(string key)
    {
        var row = ApiAccessTable.Rows.Single(r => r.Key == key);
        var path = CrossProvinceRows.WithProvinceDefinition(row.SamplePath);

        Assert.Equal(new Answer(403, "CE8400"), await CallAsync(row, path, Home));
        foreach (var province in new[] { Other, National })
        {
            var normal = await CallAsync(row, path, province);
            Assert.False(normal.IsRefusal, $"{key}: {province} got {normal}");
        }
    }

    private async Task<Answer> CallAsync(ApiAccessRow row, string path, string province)
    {
        using var client = await site.ApiClientAsync(Roles.Administrator, province);
        using var request = new HttpRequestMessage(new HttpMethod(row.Method), new Uri(path.TrimStart('/'), UriKind.Relative)) { Content = row.Body() };
        using var response = await client.SendAsync(request);
        return await Answer.ReadAsync(response);
    }

    private static TheoryData<string> Keys(IEnumerable<ApiAccessRow> rows)
    {
        var data = new TheoryData<string>();
        foreach (var row in rows)
        {
            data.Add(row.Key);
        }

        return data;
    }
}
