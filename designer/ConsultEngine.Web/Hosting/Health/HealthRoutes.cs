using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ConsultEngine.Web.Hosting.Health;

/// <summary>
/// <c>/health/live</c> (the process answers; no check runs) and <c>/health/ready</c> (the database reachable
/// and migrated, the writer alive and not backed up, room to write, tools loaded): anonymous, outside the
/// rate limits (a probe refused by a busy host would take it out of rotation for the wrong reason), JSON with
/// each check's status and code; 503 when not ready. <c>/api/health</c> stays as it was.
/// </summary>
internal static class HealthRoutes
{
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";
    private const string ReadyTag = "ready";

    public static IServiceCollection AddConsultHealthChecks(this IServiceCollection services)
    {
        services.AddOptions<HealthSettings>().BindConfiguration(HealthSettings.SectionName);
        services.AddHealthChecks()
            .AddCheck<DatabaseReadyCheck>("database", tags: [ReadyTag])
            .AddCheck<WriterReadyCheck>("writer", tags: [ReadyTag])
            .AddCheck<StorageReadyCheck>("storage", tags: [ReadyTag])
            .AddCheck<PluginsReadyCheck>("plugins", tags: [ReadyTag]);
        return services;
    }

    public static IEndpointRouteBuilder MapConsultHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks(LivePath, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync })
            .AllowAnonymous().DisableRateLimiting();
        app.MapHealthChecks(ReadyPath, new HealthCheckOptions { Predicate = c => c.Tags.Contains(ReadyTag), ResponseWriter = WriteAsync })
            .AllowAnonymous().DisableRateLimiting();
        return app;
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var body = new ReadyAnswer(
            Name(report.Status),
            [.. report.Entries.Select(e => new ReadyCheck(e.Key, Name(e.Value.Status), e.Value.Data.TryGetValue(ReadyResults.CodeKey, out var code) ? code as string : null, e.Value.Description))]);
        return JsonSerializer.SerializeAsync(context.Response.Body, body, JsonSerializerOptions.Web, context.RequestAborted);
    }

    private static string Name(HealthStatus status) => status switch
    {
        HealthStatus.Healthy => "healthy",
        HealthStatus.Degraded => "degraded",
        _ => "unhealthy",
    };

    internal sealed record ReadyAnswer(string Status, IReadOnlyList<ReadyCheck> Checks);

    internal sealed record ReadyCheck(string Name, string Status, string? Code, string? Description);
}
