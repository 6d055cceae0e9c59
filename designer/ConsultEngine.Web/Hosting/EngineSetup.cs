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

    public static WebApplicationBuilder AddConsultEngineForWeb(this WebApplicationBuilder builder)
    {
        var paths = WebDataPaths.Resolve(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddSingleton(paths);
        builder.Services.AddConsultEngine(options =>
        {
            options.DatabasePath = paths.DatabasePath;
            options.DefinitionsPath = paths.DefinitionsPath;
        });
        return builder;
    }
}
