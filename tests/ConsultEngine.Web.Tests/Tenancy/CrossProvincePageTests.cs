using System.Net;
using ConsultEngine.Web.Security;
using ConsultEngine.Web.Tests.Authorization;
using static ConsultEngine.Web.Tests.Tenancy.ProvinceSiteFixture;

namespace ConsultEngine.Web.Tests.Tenancy;

/// <summary>
/// The cross-province rows of the pages (<see cref="CrossProvinceRows"/>), opened over real HTTP with the
/// sign-in cookies of Council Office staff: another province's consultation is 404, another province's
/// definition 403 (or the access-denied page); the own province and the national level get the page.
/// </summary>
[Collection(ProvincePagesGroup.Name)]
public sealed class CrossProvincePageTests(ProvinceSiteFixture site)
{
    public static TheoryData<string> ConsultationRoutes() => Routes(CrossProvinceRows.ConsultationPageRows());

    public static TheoryData<string> DefinitionRoutes() => Routes(CrossProvinceRows.DefinitionPageRows());

    [Theory]
    [MemberData(nameof(ConsultationRoutes))]
    public async Task AnotherProvincesConsultationPage_IsNotFound(string route)
    {
        var row = PageAccessTable.Rows.Single(r => r.Route == route);
        var path = row.PathFor(site.InstanceId);

        Assert.Equal(HttpStatusCode.NotFound, (await OpenAsync(path, Other)).Status);
        foreach (var province in new[] { Home, National })
        {
            var (status, location) = await OpenAsync(path, province);
            Assert.True(status == row.Admitted, $"{route}: {province} got {(int)status} {location}");
        }
    }

    [Theory]
    [MemberData(nameof(DefinitionRoutes))]
    public async Task AnotherProvincesDefinitionPage_IsForbidden(string route)
    {
        var row = PageAccessTable.Rows.Single(r => r.Route == route);
        var path = CrossProvinceRows.WithProvinceDefinition(row.SamplePath);

        var (refused, to) = await OpenAsync(path, Home);
        Assert.True(refused == HttpStatusCode.Forbidden || (refused == HttpStatusCode.Redirect && to == "/account/access-denied"), $"{route}: {(int)refused} {to}");
        foreach (var province in new[] { Other, National })
        {
            var (status, location) = await OpenAsync(path, province);
            Assert.True(status == row.Admitted, $"{route}: {province} got {(int)status} {location}");
        }
    }

    private async Task<(HttpStatusCode Status, string? Location)> OpenAsync(string path, string province)
    {
        using var client = site.Host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path.TrimStart('/'), UriKind.Relative));
        (await site.SessionAsync(Roles.CouncilOffice, province)).Sign(request, withToken: false);
        using var response = await client.SendAsync(request);
        return (response.StatusCode, response.Headers.Location is { } to ? new Uri(site.Host.Address, to).AbsolutePath : null);
    }

    private static TheoryData<string> Routes(IEnumerable<PageAccessRow> rows)
    {
        var data = new TheoryData<string>();
        foreach (var row in rows)
        {
            data.Add(row.Route);
        }

        return data;
    }
}
