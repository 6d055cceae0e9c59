using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

namespace ConsultEngine.Web.Tests.Hostile.Fuzz;

/// <summary>One public endpoint to fuzz: a method and the route pattern exactly as the host maps it.</summary>
internal sealed record FuzzTarget(string Method, string Pattern, IReadOnlyList<RoutePatternParameterPart> Parameters)
{
    public string Key => $"{Method} {Pattern}";

    public bool IsApi => Pattern.StartsWith("/api/", StringComparison.OrdinalIgnoreCase);

    public bool TakesBody => Method is "POST" or "PUT" or "PATCH" or "DELETE";

    /// <summary>
    /// Every endpoint of the host that admits a caller without sign-in, from the endpoint data source itself:
    /// the public API, the portal's pages, the account pages, the culture switch, the results downloads. Left
    /// out: the framework's own files and hub (<c>/_framework</c>, <c>/_content</c>, <c>/_blazor</c>) and the
    /// static files of <c>wwwroot</c> (no route values, nothing to fuzz; the headers walk requests them).
    /// </summary>
    public static IReadOnlyList<FuzzTarget> Discover(EndpointDataSource source) =>
        [.. source.Endpoints
            .OfType<RouteEndpoint>()
            .Where(IsAnonymous)
            .Select(e => (Endpoint: e, Pattern: "/" + (e.RoutePattern.RawText ?? string.Empty).TrimStart('/')))
            .Where(e => !e.Pattern.StartsWith("/_", StringComparison.Ordinal) && !IsStaticFile(e.Endpoint, e.Pattern))
            .SelectMany(e => (e.Endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Where(m => m is not ("HEAD" or "OPTIONS"))
                .Select(m => new FuzzTarget(m, e.Pattern, e.Endpoint.RoutePattern.Parameters)))
            .DistinctBy(t => t.Key)
            .OrderBy(t => t.Key, StringComparer.Ordinal)];

    private static bool IsAnonymous(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null || !endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Any();

    private static bool IsStaticFile(RouteEndpoint endpoint, string pattern) =>
        endpoint.RoutePattern.Parameters.Count == 0
        && !pattern.StartsWith("/api/", StringComparison.OrdinalIgnoreCase)
        && pattern[(pattern.LastIndexOf('/') + 1)..].Contains('.', StringComparison.Ordinal);
}
