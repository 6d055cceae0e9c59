using System.Threading.RateLimiting;
using ConsultEngine.Web.Security;

namespace ConsultEngine.Web.Edges;

/// <summary>
/// The limits every request passes whatever its endpoint: the requests served at once by the host (one
/// concurrency limiter), then the reads of the public routes per client (their own fixed window, so a
/// script reading the portal in a loop is slowed without touching anyone else). A Blazor circuit's
/// connection lives as long as its page and would hold a permit for that long: it is not counted.
/// </summary>
internal static class GlobalLimits
{
    public const string PublicRead = "PublicRead";

    public static PartitionedRateLimiter<HttpContext> Create(RateLimitSettings limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var concurrency = PartitionedRateLimiter.Create<HttpContext, string>(context => IsLongLived(context)
            ? RateLimitPartition.GetNoLimiter(string.Empty)
            : RateLimitPartition.GetConcurrencyLimiter("host", _ => new ConcurrencyLimiterOptions
            {
                PermitLimit = Math.Max(1, limits.ConcurrentRequests),
                QueueLimit = Math.Max(0, limits.ConcurrentQueue),
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            }));
        var publicReads = PartitionedRateLimiter.Create<HttpContext, string>(context => PublicRoutes.IsPublic(context.Request.Path) && PublicRoutes.IsRead(context.Request)
            ? RateLimits.PerClient(context, PublicRead, limits.PublicReadPerMinute)
            : RateLimitPartition.GetNoLimiter(string.Empty));
        return PartitionedRateLimiter.CreateChained(concurrency, publicReads);
    }

    private static bool IsLongLived(HttpContext context) =>
        context.WebSockets.IsWebSocketRequest || context.Request.Path.StartsWithSegments("/_blazor", StringComparison.OrdinalIgnoreCase);
}
