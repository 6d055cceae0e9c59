using System.Security.Claims;
using ConsultEngine.Web.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;

namespace ConsultEngine.Web.Security;

/// <summary>
/// Sign-ins end when the user's security stamp changes (a password change, a sign-out, the account
/// disabled, a role removed): the sign-in cookie is checked against the stamp every
/// <see cref="RecheckSetting"/> (one minute by default) by Identity's own validator, and a bearer token —
/// which Identity never re-checks — by <see cref="UseBearerStampCheck"/>, with its good answers cached
/// for the same interval. A token or cookie whose stamp is stale authenticates nobody (401).
/// </summary>
internal static class SessionRevocation
{
    /// <summary>How long a checked sign-in is trusted before its stamp is read again (a <see cref="TimeSpan"/>; <c>00:00:00</c> checks every request).</summary>
    public const string RecheckSetting = "ConsultWeb:Sessions:RecheckInterval";

    public static IServiceCollection AddConsultSessionRevocation(this IServiceCollection services, IConfiguration configuration)
    {
        var interval = configuration.GetValue(RecheckSetting, TimeSpan.FromMinutes(1));
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = interval);
        services.AddMemoryCache();
        services.AddSingleton(new BearerStampCache(interval));
        services.AddScoped<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider, CircuitRevalidation>();
        return services;
    }

    /// <summary>After authentication: a bearer token whose stamp no longer matches the user's is treated as no sign-in at all.</summary>
    public static IApplicationBuilder UseBearerStampCheck(this IApplicationBuilder app) =>
        // Anyone not signed in by a bearer token (the public, a cookie) is handed straight on, with no state machine.
        app.Use((context, next) => context.User.Identity?.IsAuthenticated == true && AuthenticationSetup.CarriesBearerToken(context.Request)
            ? CheckedAsync(context, next)
            : next(context));

    private static async Task CheckedAsync(HttpContext context, RequestDelegate next)
    {
        if (!await IsCurrentAsync(context).ConfigureAwait(false))
        {
            context.User = new ClaimsPrincipal(new ClaimsIdentity());
        }

        await next(context).ConfigureAwait(false);
    }

    private static async Task<bool> IsCurrentAsync(HttpContext context)
    {
        var services = context.RequestServices;
        var cache = services.GetRequiredService<BearerStampCache>();
        var options = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<IdentityOptions>>().Value;
        var userId = context.User.FindFirstValue(options.ClaimsIdentity.UserIdClaimType);
        var stamp = context.User.FindFirstValue(options.ClaimsIdentity.SecurityStampClaimType);
        if (userId is null || stamp is null)
        {
            return false;
        }

        var memory = services.GetRequiredService<IMemoryCache>();
        var key = (typeof(BearerStampCache), userId, stamp);
        if (cache.Interval > TimeSpan.Zero && memory.TryGetValue(key, out _))
        {
            return true;
        }

        var signIn = services.GetRequiredService<SignInManager<ConsultUser>>();
        var user = await signIn.ValidateSecurityStampAsync(context.User).ConfigureAwait(false);
        if (user is null || await signIn.UserManager.IsLockedOutAsync(user).ConfigureAwait(false))
        {
            return false;
        }

        if (cache.Interval > TimeSpan.Zero)
        {
            memory.Set(key, true, cache.Interval);
        }

        return true;
    }

    /// <summary>How long a bearer token's good stamp is remembered.</summary>
    private sealed record BearerStampCache(TimeSpan Interval);
}
