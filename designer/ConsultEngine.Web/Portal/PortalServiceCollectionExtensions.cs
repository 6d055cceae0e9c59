using ConsultEngine.Web.Portal;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>The public portal's services.</summary>
internal static class PortalServiceCollectionExtensions
{
    public static IServiceCollection AddConsultPortal(this IServiceCollection services)
    {
        services.AddSingleton<OpenConsultations>();
        services.AddSingleton<PublicResultsReader>();
        services.AddSingleton<PublicForms>();
        services.AddSingleton(ConsultEngine.Reporting.ConsultationReporting.Create);
        services.AddSingleton<ConsultEngine.Web.Portal.Privacy.ConsentLedger>();
        services.AddOptions<ConsultEngine.Web.Portal.Privacy.PrivacySettings>().BindConfiguration(ConsultEngine.Web.Portal.Privacy.PrivacySettings.SectionName).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }
}
