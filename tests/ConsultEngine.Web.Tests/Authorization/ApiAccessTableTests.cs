using System.Net;
using ConsultEngine.Web.Security;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultEngine.Web.Tests.Authorization;

/// <summary>The API's answers to every role and to no sign-in, checked against <see cref="ApiAccessTable"/>.</summary>
[Collection(WebHostGroup.Name)]
public sealed class ApiAccessTableTests(WebHostFixture fixture)
{
    public static TheoryData<string> RowKeys()
    {
        var data = new TheoryData<string>();
        foreach (var row in ApiAccessTable.Rows)
        {
            data.Add(row.Key);
        }

        return data;
    }

    [Fact]
    public void EveryApiEndpointOfTheHost_HasARow_AndEveryRowAnEndpoint()
    {
        var mapped = ApiEndpointInventory.Of(fixture.Host.Services.GetRequiredService<EndpointDataSource>())
            .Select(e => $"{e.Method} {e.Route}")
            .ToHashSet(StringComparer.Ordinal);
        var rows = ApiAccessTable.Rows.Select(r => r.Key).ToList();

        Assert.Equal(rows.Count, rows.Distinct(StringComparer.Ordinal).Count());
        var missing = mapped.Except(rows).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, "Endpoints without a row in ApiAccessTable (add them): " + string.Join("; ", missing));
        var stale = rows.Except(mapped).Order(StringComparer.Ordinal).ToList();
        Assert.True(stale.Count == 0, "Rows of ApiAccessTable the host does not map: " + string.Join("; ", stale));
    }

    [Theory]
    [MemberData(nameof(RowKeys))]
    public async Task Endpoint_AnswersEveryCaller_AsTheTableSays(string key)
    {
        var row = ApiAccessTable.Rows.Single(r => r.Key == key);
        var failures = new List<string>();
        foreach (var role in new string?[] { null }.Concat(Roles.All))
        {
            using var client = await fixture.ClientAsync(role);
            using var request = row.Request();
            using var response = await client.SendAsync(request);
            var status = (int)response.StatusCode;
            var who = role ?? "anonymous";
            if (row.SignsOut && role is not null)
            {
                fixture.Forget(role);
            }

            if (row.Admits(role))
            {
                if (status is 401 or 403 || status >= 500)
                {
                    failures.Add($"{who}: admitted but got {status}");
                }
            }
            else
            {
                var expected = role is null ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden;
                if (response.StatusCode != expected)
                {
                    failures.Add($"{who}: expected {(int)expected}, got {status}");
                }
                else if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                {
                    failures.Add($"{who}: {status} without problem details");
                }
            }
        }

        Assert.True(failures.Count == 0, $"{key}: " + string.Join("; ", failures));
    }
}
