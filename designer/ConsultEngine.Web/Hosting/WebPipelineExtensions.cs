using ConsultEngine.Web.Api;
using ConsultEngine.Web.Components;
using ConsultEngine.Web.Localization;
using Scalar.AspNetCore;

namespace ConsultEngine.Web.Hosting;

/// <summary>The request pipeline and the route map: portal at /, designer, console, /api, /openapi.</summary>
internal static class WebPipelineExtensions
{
    public static WebApplication UseConsultWeb(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler();
        }

        app.UseStatusCodePages();
        app.UseConsultLocalization();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapStaticAssets();
        app.MapOpenApi();
        app.MapScalarApiReference("/api/reference", options => options.WithOpenApiRoutePattern("/openapi/{documentName}.json"));
        app.MapConsultApi();
        app.MapCultureEndpoint();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
