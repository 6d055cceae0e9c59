using ConsultEngine.Hosting.Definitions;
using ConsultEngine.Web.Designer;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>The designer's services: its per-page view of the engine's definition library, the per-page session and the warm-up.</summary>
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
        // Begun by the first circuit, not at start (DesignerWarmUp).
        services.AddSingleton(provider => ActivatorUtilities.CreateInstance<DesignerWarmUp>(
            provider, new DesignerDefinitions(provider.GetRequiredService<IDefinitionLibrary>())));
        services.TryAddEnumerable(ServiceDescriptor.Scoped<CircuitHandler, DesignerWarmUpOnFirstCircuit>());
        return services;
    }
}
