using Microsoft.AspNetCore.CookiePolicy;

namespace ConsultEngine.Web.Security;

/// <summary>
/// Every cookie the host writes is <c>HttpOnly</c>, at least <c>SameSite=Lax</c>, and <c>Secure</c> when the
/// request came over HTTPS (behind a TLS-terminating proxy, once the forwarded headers name the scheme).
/// HSTS is sent only over HTTPS and never in Development (a developer's localhost must stay reachable over HTTP).
/// </summary>
internal static class CookieHardening
{
    public static IServiceCollection AddConsultCookieHardening(this IServiceCollection services)
    {
        services.Configure<CookiePolicyOptions>(options =>
        {
            options.Secure = CookieSecurePolicy.SameAsRequest;
            options.HttpOnly = HttpOnlyPolicy.Always;
            options.MinimumSameSitePolicy = SameSiteMode.Lax;
        });
        services.AddAntiforgery(options =>
        {
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = false;
        });
        return services;
    }

    public static IApplicationBuilder UseConsultTransportSecurity(this IApplicationBuilder app, IHostEnvironment environment)
    {
        if (!environment.IsDevelopment())
        {
            app.UseHsts();
        }

        return app.UseCookiePolicy();
    }
}
