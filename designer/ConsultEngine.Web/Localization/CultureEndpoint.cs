using Microsoft.AspNetCore.Localization;

namespace ConsultEngine.Web.Localization;

/// <summary>
/// <c>GET /culture/{name}?returnUrl=/path</c>: remembers the language in the culture cookie and goes back
/// to the (local) page. A plain link, so the switch works on static portal pages without JavaScript.
/// </summary>
internal static class CultureEndpoint
{
    public const string Route = "/culture";

    public static string Link(string culture, string returnUrl) =>
        $"{Route}/{culture}?returnUrl={Uri.EscapeDataString(returnUrl)}";

    public static IEndpointRouteBuilder MapCultureEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapGet(Route + "/{name}", (string name, string? returnUrl, HttpContext http) =>
        {
            if (!Cultures.IsSupported(name))
            {
                return Results.NotFound();
            }

            var culture = name.ToLowerInvariant();
            http.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true });
            return Results.LocalRedirect(Security.LocalUrl.OrDefault(returnUrl, "/"));
        }).ExcludeFromDescription();
        return app;
    }
}
