using ConsultEngine.Web.Localization;
using ConsultEngine.Web.Security;
using MudBlazor.Services;

namespace ConsultEngine.Web.Hosting;

/// <summary>The services of the web product, each area in its own extension.</summary>
internal static class WebServicesExtensions
{
    public static WebApplicationBuilder AddConsultWebServices(this WebApplicationBuilder builder)
    {
        builder.AddConsultEngineForWeb();
        builder.Services.AddConsultLocalization();
        builder.Services.AddConsultAuthentication();
        builder.Services.AddConsultAuthorization();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        StaffConsole.ConsoleServices.AddConsultConsole(builder.Services);
        return builder;
    }
}
