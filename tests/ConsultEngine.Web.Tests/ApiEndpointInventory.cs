using Microsoft.AspNetCore.Routing;

namespace ConsultEngine.Web.Tests;

/// <summary>The host's endpoints under <c>/api</c>, as (method, route pattern) pairs.</summary>
internal static class ApiEndpointInventory
{
    public static bool IsApi(RouteEndpoint endpoint) =>
        ("/" + endpoint.RoutePattern.RawText?.TrimStart('/')).StartsWith("/api/", StringComparison.OrdinalIgnoreCase);

    public static IReadOnlyList<(string Method, string Route)> Of(EndpointDataSource source) =>
        [.. source.Endpoints
            .OfType<RouteEndpoint>()
            .Where(IsApi)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(m => (m, "/" + e.RoutePattern.RawText!.TrimStart('/'))))
            .Distinct()
            .OrderBy(e => e.Item2, StringComparer.Ordinal)
            .ThenBy(e => e.m, StringComparer.Ordinal)];
}
