namespace ConsultEngine.Web.Edges;

/// <summary>
/// The routes anyone may call without signing in, where the edge limits apply: the portal's pages and
/// form posts (<c>/</c>, <c>/consultations/…</c>) and the public API (<c>/api/consultations/…</c>,
/// <c>/api/feedback/…</c>).
/// </summary>
internal static class PublicRoutes
{
    public static bool IsPublic(PathString path) =>
        path == "/"
        || path.StartsWithSegments("/consultations", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/api/consultations", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/api/feedback", StringComparison.OrdinalIgnoreCase);

    /// <summary>A request that only reads (GET, HEAD).</summary>
    public static bool IsRead(HttpRequest request) => HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method);
}
