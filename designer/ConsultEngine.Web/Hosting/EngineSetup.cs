using ConsultEngine.Hosting;

namespace ConsultEngine.Web.Hosting;

/// <summary>
/// The engine in the web host: <c>ConsultEngine</c> settings from configuration, with the web's
/// defaults for what is not set — the database under the content root's <c>App_Data/</c> and the
/// repository's <c>definitions/</c> folder.
/// </summary>
internal static class EngineSetup
{
    public const string DefaultDatabaseFile = "App_Data/consult.db";

    public static IServiceCollection AddConsultEngineForWeb(this IServiceCollection services, WebDataPaths paths)
    {
        services.AddConsultEngine(options =>
        {
            options.DatabasePath = paths.DatabasePath;
            options.DefinitionsPath = paths.DefinitionsPath;
        });
        // Notify steps and escalations mail the staff of their role, from the Identity accounts.
        services.AddSingleton<ConsultEngine.Hosting.Notifications.IStaffDirectory, ConsultEngine.Web.Identity.IdentityStaffDirectory>();
        return services;
    }
}
