using System.Net;
using System.Reflection;
using ConsultEngine.Web.Security;
using Microsoft.AspNetCore.Components;

namespace ConsultEngine.Web.Tests.Authorization;

/// <summary>Every page opened over real HTTP by every role (signed in by the form, cookies) and by no one, checked against <see cref="PageAccessTable"/>.</summary>
[Collection(StaffSiteGroup.Name)]
public sealed class PageAccessTableTests(StaffSiteFixture site)
{
    public static TheoryData<string> Routes()
    {
        var data = new TheoryData<string>();
        foreach (var row in PageAccessTable.Rows)
        {
            data.Add(row.Route);
        }

        return data;
    }

    [Fact]
    public void EveryRoutableComponent_HasARow_AndEveryRowAComponent()
    {
        var declared = typeof(Roles).Assembly.GetTypes()
            .Where(type => typeof(IComponent).IsAssignableFrom(type))
            .SelectMany(type => type.GetCustomAttributes<RouteAttribute>(inherit: false))
            .Select(route => route.Template)
            .ToHashSet(StringComparer.Ordinal);
        var rows = PageAccessTable.Rows.Select(r => r.Route).ToList();

        Assert.NotEmpty(declared);
        Assert.Equal(rows.Count, rows.Distinct(StringComparer.Ordinal).Count());
        var missing = declared.Except(rows).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0, "Pages without a row in PageAccessTable (add them): " + string.Join("; ", missing));
        var stale = rows.Except(declared).Order(StringComparer.Ordinal).ToList();
        Assert.True(stale.Count == 0, "Rows of PageAccessTable no component declares: " + string.Join("; ", stale));
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Page_AnswersEveryCaller_AsTheTableSays(string route)
    {
        var row = PageAccessTable.Rows.Single(r => r.Route == route);
        var path = row.PathFor(site.InstanceId);
        var failures = new List<string>();
        using var client = site.Client();
        foreach (var role in new string?[] { null }.Concat(Roles.All))
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path.TrimStart('/'), UriKind.Relative));
            if (role is not null)
            {
                (await site.SessionAsync(role)).Sign(request, withToken: false);
            }

            using var response = await client.SendAsync(request);
            var status = (int)response.StatusCode;
            var location = response.Headers.Location is { } to ? new Uri(site.Host.Address, to).AbsolutePath : null;
            var who = role ?? "anonymous";
            if (row.Admits(role))
            {
                if (response.StatusCode != row.Admitted)
                {
                    failures.Add($"{who}: admitted, expected {(int)row.Admitted}, got {status}{(location is null ? "" : " to " + location)}");
                }
            }
            else if (role is null)
            {
                if (response.StatusCode != HttpStatusCode.Redirect || location != "/account/login")
                {
                    failures.Add($"anonymous: expected a redirect to /account/login, got {status}{(location is null ? "" : " to " + location)}");
                }
            }
            else if (!(response.StatusCode == HttpStatusCode.Forbidden || (response.StatusCode == HttpStatusCode.Redirect && location == "/account/access-denied")))
            {
                failures.Add($"{who}: expected 403 or the access-denied page, got {status}{(location is null ? "" : " to " + location)}");
            }
        }

        Assert.True(failures.Count == 0, $"{route} ({path}): " + string.Join("; ", failures));
    }
}
