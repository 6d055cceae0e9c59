using System.Globalization;
using System.Threading.RateLimiting;
using ConsultEngine.Web.Api;
using Microsoft.AspNetCore.RateLimiting;

namespace ConsultEngine.Web.Security;

/// <summary>
/// The named rate limits. Public endpoints (portal form posts, public API submissions) apply
/// <see cref="PublicSubmission"/> with <c>.RequireRateLimiting(RateLimits.PublicSubmission)</c>
/// (or <c>[EnableRateLimiting(RateLimits.PublicSubmission)]</c> on a page); sign-in applies <see cref="SignIn"/>.
/// Limits are per client address, set in the <c>ConsultWeb:RateLimits</c> section; a refusal is 429 problem details.
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
            options.AddPolicy(SignIn, context => PerClient(context, SignIn, limits.SignInPerMinute));
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

    private static RateLimitPartition<string> PerClient(HttpContext context, string policy, int perMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(
            $"{policy}:{context.Connection.RemoteIpAddress}",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = Math.Max(1, perMinute), Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
}

/// <summary>The <c>ConsultWeb:RateLimits</c> settings: requests per minute per client address.</summary>
internal sealed class RateLimitSettings
{
    public int PublicSubmissionPerMinute { get; set; } = 60;

    public int SignInPerMinute { get; set; } = 20;
}
