using Microsoft.AspNetCore.Localization;

namespace ConsultEngine.Web.Localization;

/// <summary>
/// Vietnamese unless the culture cookie (set by the switch, <see cref="CultureEndpoint"/>) says English.
/// The browser's Accept-Language is deliberately not consulted for pages: the product is Vietnamese
/// first. Under /api it is (<see cref="ApiAcceptLanguageProvider"/>): an API client has no switch.
/// </summary>
internal static class LocalizationSetup
{
    public static IServiceCollection AddConsultLocalization(this IServiceCollection services)
    {
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.AddCodeText();
        return services;
    }

    public static IApplicationBuilder UseConsultLocalization(this IApplicationBuilder app)
    {
        var options = new RequestLocalizationOptions()
            .SetDefaultCulture(Cultures.Vietnamese)
            .AddSupportedCultures([.. Cultures.Supported])
            .AddSupportedUICultures([.. Cultures.Supported]);
        options.RequestCultureProviders = [new CookieRequestCultureProvider(), new ApiAcceptLanguageProvider()];
        return app.UseRequestLocalization(options);
    }
}
