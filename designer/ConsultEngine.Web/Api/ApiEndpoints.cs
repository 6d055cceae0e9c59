using System.Reflection;

namespace ConsultEngine.Web.Api;

/// <summary>
/// The HTTP API under <c>/api</c>. Each area maps its endpoints in its own file in its feature's folder
/// (<c>Portal/Api</c>, <c>Console/Api</c>, <c>Designer/Api</c>, <c>Identity/Api</c>; cross-cutting ones in
/// <c>Api</c>), <c>XxxEndpoints.cs</c>: a static class marked <see cref="ApiEndpointGroupAttribute"/> with a
/// <c>public static void Map(RouteGroupBuilder api)</c> method, found here, so adding an area edits no
/// shared file. Every endpoint requires a policy of <c>Security.Policies</c> (or is explicitly anonymous
/// and rate limited) and has a row in the tests' authorization table.
/// </summary>
internal static class ApiEndpoints
{
    public const string Prefix = "/api";

    public static IEndpointRouteBuilder MapConsultApi(this IEndpointRouteBuilder app)
    {
        // A cookie is sent by the browser on its own, so a call it signs in must prove it comes from our pages.
        var api = app.MapGroup(Prefix).AddEndpointFilter<CookieAntiforgeryFilter>();
        foreach (var map in FindGroups())
        {
            map(api);
        }

        return app;
    }

    /// <summary>The <c>Map</c> methods of the endpoint groups, in a fixed order (by class name, whatever the feature's namespace).</summary>
    internal static IReadOnlyList<Action<RouteGroupBuilder>> FindGroups() =>
        [.. ApiEndpointGroupScan.Find(typeof(ApiEndpoints).Assembly)
            .OrderBy(type => type.Name, StringComparer.Ordinal)
            .Select(type => type.GetMethod("Map", BindingFlags.Public | BindingFlags.Static, [typeof(RouteGroupBuilder)])
                ?? throw new InvalidOperationException($"{type.FullName} is marked [ApiEndpointGroup] but has no public static void Map(RouteGroupBuilder)."))
            .Select(method => method.CreateDelegate<Action<RouteGroupBuilder>>())];
}
