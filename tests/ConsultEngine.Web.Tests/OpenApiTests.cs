using System.Net;
using System.Text.Json;
using ConsultEngine.Web.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ConsultEngine.Web.Tests;

[Collection(WebHostGroup.Name)]
public sealed class OpenApiTests(WebHostFixture fixture)
{
    [Fact]
    public async Task Document_IsServed_AsOpenApiJson_WithEveryDescribedApiEndpoint()
    {
        using var client = await fixture.ClientAsync(null);
        using var response = await client.GetAsync(new Uri("openapi/v1.json", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.StartsWith("3.", document.RootElement.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);

        // Every endpoint under /api that is not hidden from the description appears in the document.
        var described = fixture.Host.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => ApiEndpointInventory.IsApi(e) && e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.IExcludeFromDescriptionMetadata>()?.ExcludeFromDescription != true)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .ToHashSet(StringComparer.Ordinal);
        Assert.Contains("/api/auth/login", described);
        Assert.Contains("/api/users", described);
        Assert.Empty(described.Except(paths));
    }

    [Fact]
    public async Task Reference_IsServedFromTheHost_WithoutAnyOutsideScript()
    {
        using var client = await fixture.ClientAsync(null);
        using var response = await client.GetAsync(new Uri("api/reference/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("src=\"http", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("cdn.", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Reference_AsksForNoFontsFromOutside_WhichItsContentSecurityPolicyWouldBlock()
    {
        using var client = await fixture.ClientAsync(null);
        using var response = await client.GetAsync(new Uri("api/reference/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        // Scalar otherwise loads Inter and JetBrains Mono from its CDN; font-src 'self' refuses them (14 errors a visit).
        Assert.Contains("\"withDefaultFonts\":false", html, StringComparison.Ordinal);
    }
}
