using ConsultEngine.Hosting.Definitions;
using ConsultEngine.Web.Designer;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>The designer's services: its per-page view of the engine's definition library and the per-page session.</summary>
internal static class DesignerServiceCollectionExtensions
{
    public static IServiceCollection AddConsultDesigner(this IServiceCollection services)
    {
        // Scoped: each circuit keeps the draft revisions it saw and acts as its signed-in user.
        services.AddScoped<DesignerDefinitions>();
        services.AddScoped<DesignerSession>();
        services.AddScoped<ConsultEngine.Web.Designer.Versions.DesignerVersions>();
        services.AddSingleton<ConsultEngine.Web.Designer.Simulation.DesignerSimulator>();

        // The warm-up only lists and opens, outside any circuit: a library with no user (it cannot write).
        services.AddHostedService(provider => ActivatorUtilities.CreateInstance<DesignerWarmUp>(
            provider, new DesignerDefinitions(provider.GetRequiredService<IDefinitionLibrary>())));
        return services;
    }
}
