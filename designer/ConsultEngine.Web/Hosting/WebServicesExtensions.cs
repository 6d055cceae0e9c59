using ConsultEngine.Web.Api;
using ConsultEngine.Web.Localization;
using ConsultEngine.Web.Security;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MudBlazor.Services;

namespace ConsultEngine.Web.Hosting;

/// <summary>The services of the web product, each area in its own extension.</summary>
internal static class WebServicesExtensions
{
    public static WebApplicationBuilder AddConsultWebServices(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var paths = KeyProtection.Configure(WebDataPaths.Resolve(builder.Configuration, builder.Environment.ContentRootPath), builder.Configuration, builder.Environment);
        DataFileModes.Protect(paths);
        SharedKeys.Require(paths, builder.Configuration);
        services.AddSingleton(paths);
        services.TryAddSingleton(new HostConsole(Console.Out));
        services.AddConsultEngineForWeb(paths);
        services.AddConsultLocalization();
        services.AddConsultAuthentication(paths);
        services.AddConsultAuthorization();
        services.AddConsultRateLimiting();
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices();
        services.AddConsultDesigner();
        services.AddConsultProblemDetails();
        services.AddOpenApi();
        services.AddConsultPortal();
        StaffConsole.ConsoleServices.AddConsultConsole(services);
        services.AddConsultReportVersions();
        Edges.EdgeServices.AddConsultEdges(services);
        services.AddConsultCookieHardening();
        services.AddConsultSessionRevocation(builder.Configuration);
        Health.HealthRoutes.AddConsultHealthChecks(services);
        services.AddHostedService<StartupMemoryTrim>();
        Telemetry.TelemetrySetup.AddConsultTelemetry(builder);
        Tenancy.TenancyServices.AddConsultTenancy(services, builder.Configuration);
        // Last: the registrations above add data protection's start-up reader again each time.
        KeyRingOnFirstUse.Apply(services);
        return builder;
    }
}
