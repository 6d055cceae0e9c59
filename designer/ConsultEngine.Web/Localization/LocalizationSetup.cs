using Microsoft.AspNetCore.Localization;

namespace ConsultEngine.Web.Localization;

/// <summary>
/// Vietnamese unless the culture cookie (set by the switch, <see cref="CultureEndpoint"/>) says English.
/// The browser's Accept-Language is deliberately not consulted: the product is Vietnamese first.
/// </summary>
internal static class LocalizationSetup
{
    public static IServiceCollection AddConsultLocalization(this IServiceCollection services)
    {
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        return services;
    }

    public static IApplicationBuilder UseConsultLocalization(this IApplicationBuilder app)
    {
        var options = new RequestLocalizationOptions()
            .SetDefaultCulture(Cultures.Vietnamese)
            .AddSupportedCultures([.. Cultures.Supported])
            .AddSupportedUICultures([.. Cultures.Supported]);
        options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        return app.UseRequestLocalization(options);
    }
}
