using ConsultEngine.Hosting.Plugins;

namespace ConsultEngine.Web.Api;

/// <summary><c>GET /api/health</c>: whether the host is up, and the tool plugins it loaded.</summary>
[ApiEndpointGroup]
internal static class SystemEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/health", (PluginCatalog plugins) => TypedResults.Ok(new HealthResponse("ok", [.. plugins.Tools.Select(t => t.Manifest.Id)])))
            .WithName("GetHealth")
            .WithTags("System")
            .AllowAnonymous();
    }

    internal sealed record HealthResponse(string Status, IReadOnlyList<string> Tools);
}
