using System.Globalization;
using System.Threading.RateLimiting;
using ConsultEngine.Web.Api;
using ConsultEngine.Web.Edges;
using Microsoft.AspNetCore.RateLimiting;

namespace ConsultEngine.Web.Security;

/// <summary>
/// The named rate limits. Public endpoints (portal form posts, public API submissions) apply
/// <see cref="PublicSubmission"/> with <c>.RequireRateLimiting(RateLimits.PublicSubmission)</c>
/// (or <c>[EnableRateLimiting(RateLimits.PublicSubmission)]</c> on a page); sign-in applies <see cref="SignIn"/>.
/// Limits are per client (<see cref="ClientPartition"/>: the address after the configured proxies, an IPv6
/// client by its /64), set in the <c>ConsultWeb:RateLimits</c> section; a refusal is 429 problem details.
/// Sign-in counts attempts (POST), never the loads of the sign-in page. Beside the named policies, a global
/// limiter caps the requests served at once and the reads of the public routes per client (<see cref="GlobalLimits"/>).
/// </summary>
public static class RateLimits
{
    public const string PublicSubmission = "PublicSubmission";
    public const string SignIn = "SignIn";
    public const string SectionName = "ConsultWeb:RateLimits";

    internal static IServiceCollection AddConsultRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<RateLimitSettings>().BindConfiguration(SectionName);
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<Microsoft.Extensions.Options.IOptions<RateLimitSettings>>((options, settings) =>
        {
            var limits = settings.Value;
            options.AddPolicy(PublicSubmission, context => PerClient(context, PublicSubmission, limits.PublicSubmissionPerMinute));
            options.AddPolicy(SignIn, context => HttpMethods.IsPost(context.Request.Method)
                ? PerClient(context, SignIn, limits.SignInPerMinute)
                : RateLimitPartition.GetNoLimiter(string.Empty));
            options.GlobalLimiter = GlobalLimits.Create(limits);
            options.OnRejected = async (rejected, cancellationToken) =>
            {
                var http = rejected.HttpContext;
                if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                await ApiProblems.Problem(WebErrorCodes.RateLimited).ExecuteAsync(http).ConfigureAwait(false);
            };
        });
        return services;
    }

    internal static RateLimitPartition<string> PerClient(HttpContext context, string policy, int perMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(
            $"{policy}:{ClientPartition.Of(context)}",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = Math.Max(1, perMinute), Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
}

/// <summary>The <c>ConsultWeb:RateLimits</c> settings: requests per minute per client address.</summary>
internal sealed class RateLimitSettings
{
    public int PublicSubmissionPerMinute { get; set; } = 60;

    /// <summary>Sign-in attempts (POST); loading the sign-in page is not counted.</summary>
    public int SignInPerMinute { get; set; } = 20;

    /// <summary>Reads (GET, HEAD) of the public routes: the portal's pages and the public API.</summary>
    public int PublicReadPerMinute { get; set; } = 300;

    /// <summary>Requests served at once by the whole host (the Blazor circuits' long-lived connections are not counted).</summary>
    public int ConcurrentRequests { get; set; } = 256;

    /// <summary>Requests that wait for one of <see cref="ConcurrentRequests"/>; beyond them, 429.</summary>
    public int ConcurrentQueue { get; set; } = 512;
}
