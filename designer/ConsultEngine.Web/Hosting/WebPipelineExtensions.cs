using ConsultEngine.Web.Api;
using ConsultEngine.Web.Components;
using ConsultEngine.Web.Identity.Api;
using ConsultEngine.Web.Localization;
using ConsultEngine.Web.Security;
using Scalar.AspNetCore;

namespace ConsultEngine.Web.Hosting;

/// <summary>The request pipeline and the route map: portal at /, designer, console, /api, /openapi.</summary>
internal static class WebPipelineExtensions
{
    public const string ApiReferencePath = "/api/reference";

    public static WebApplication UseConsultWeb(this WebApplication app)
    {
        // The client's address from the configured proxies only, before anything reads it.
        Edges.ForwardedHeadersSetup.UseConsultForwardedHeaders(app);
        // First, so that every response carries the security headers, a refusal or a static file included.
        app.UseSecurityHeaders();
        app.UseConsultTransportSecurity(app.Environment);
        app.UseRefusals(app.Environment);
        app.UseStatusProblems();
        Edges.PublicBodyLimit.UsePublicBodyLimit(app);
        app.UseConsultLocalization();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseConsultAuthentication();
        app.UseBearerStampCheck();
        app.UsePasswordChangeGate();
        app.UseTwoFactorGate();
        app.UseAuthorization();
        Tenancy.ProvinceGate.UseProvinceGate(app);
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapOpenApi();
        // Scalar's default fonts come from its CDN, which font-src 'self' refuses: the page keeps the browser's own.
        app.MapScalarApiReference(ApiReferencePath, options => options.WithOpenApiRoutePattern("/openapi/{documentName}.json").DisableDefaultFonts());
        app.MapConsultApi();
        app.MapCultureEndpoint();
        app.MapResultsDownloads();
        app.MapOldPortalAddresses();
        app.MapAccountEndpoints();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        Health.HealthRoutes.MapConsultHealth(app);
        return app;
    }
}
