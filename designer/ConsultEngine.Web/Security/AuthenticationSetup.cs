using Microsoft.AspNetCore.Authentication.Cookies;

namespace ConsultEngine.Web.Security;

/// <summary>How staff sign in (a cookie for now; ASP.NET Core Identity replaces it).</summary>
internal static class AuthenticationSetup
{
    public static IServiceCollection AddConsultAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie();
        return services;
    }
}
