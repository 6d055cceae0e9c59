using ConsultEngine.Web.Designer;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>The designer's services: the library seam (until the version store replaces it) and the per-page session.</summary>
internal static class DesignerServiceCollectionExtensions
{
    public static IServiceCollection AddConsultDesigner(this IServiceCollection services)
    {
        services.AddSingleton<IDesignerLibrary, FolderDesignerLibrary>();
        services.AddScoped<DesignerSession>();
        services.AddHostedService<DesignerWarmUp>();
        return services;
    }
}
