using ConsultEngine.Web.Api;
using ConsultEngine.Web.Hosting;
using ConsultEngine.Web.Identity;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ConsultEngine.Web.Security;

/// <summary>
/// Staff sign in with ASP.NET Core Identity (users in the engine's SQLite file): browsers with the
/// Identity cookie, HTTP clients with Identity's bearer token (<c>POST /api/auth/login</c>); the API
/// accepts both. Under <c>/api</c> nobody is redirected to a sign-in page: 401 and 403 stay status codes
/// and become problem details (<see cref="ApiProblems"/>).
/// </summary>
internal static class AuthenticationSetup
{
    /// <summary>The default scheme: the bearer token when the request carries one, the cookie otherwise.</summary>
    public const string Scheme = "ConsultEngine";

    public const string LoginPath = "/account/login";
    public const string AccessDeniedPath = "/account/access-denied";
    public const string ChangePasswordPath = "/account/change-password";

    public static IServiceCollection AddConsultAuthentication(this IServiceCollection services, WebDataPaths paths)
    {
        IdentityDb.Add(services, paths.Database);

        // Keys outlive a restart (sign-in cookies and bearer tokens stay valid); where and how they are kept: KeyProtection.
        services.AddConsultDataProtection(paths);

        services.AddAuthentication(Scheme)
            .AddPolicyScheme(Scheme, Scheme, options => options.ForwardDefaultSelector = context =>
                CarriesBearerToken(context.Request) ? IdentityConstants.BearerScheme : IdentityConstants.ApplicationScheme)
            .AddBearerToken(IdentityConstants.BearerScheme)
            .AddIdentityCookies();

        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = LoginPath;
            options.AccessDeniedPath = AccessDeniedPath;
            options.Cookie.Name = "ConsultEngine.Auth";
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.Events.OnRedirectToLogin = context => ApiOrRedirect(context.HttpContext, StatusCodes.Status401Unauthorized, context.RedirectUri);
            options.Events.OnRedirectToAccessDenied = context => ApiOrRedirect(context.HttpContext, StatusCodes.Status403Forbidden, context.RedirectUri);
        });

        services.AddIdentityCore<ConsultUser>(options =>
            {
                options.Password.RequiredLength = 12;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 10;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
                options.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<IdentityDb>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddClaimsPrincipalFactory<ConsultClaimsFactory>();

        services.AddScoped<UserAdministration>();
        services.AddScoped<AccountControl>();
        services.AddScoped<TwoFactorEnrolment>();
        services.AddScoped<TwoFactorReset>();
        services.AddHostedService<IdentityStartup>();
        return services;
    }

    /// <summary>
    /// Whether the request is signed in by a bearer token rather than the cookie. (The principal cannot
    /// tell: Identity issues both from the same claims, typed <c>Identity.Application</c>.)
    /// </summary>
    public static bool CarriesBearerToken(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);

    private static Task ApiOrRedirect(HttpContext context, int status, string redirectUri)
    {
        if (ApiProblems.IsApi(context.Request))
        {
            // The status code pages write the problem details; a redirect would hide the status from an HTTP client.
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(redirectUri);
        }

        return Task.CompletedTask;
    }
}
