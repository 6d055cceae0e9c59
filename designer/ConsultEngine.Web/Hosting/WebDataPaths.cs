using ConsultEngine.Hosting;
using ConsultEngine.Persistence.Providers;

namespace ConsultEngine.Web.Hosting;

/// <summary>Where the web host keeps its data and finds the definitions, as absolute paths.</summary>
internal sealed record WebDataPaths(string DatabasePath, string DefinitionsPath)
{
    private const string DefinitionsFolderName = "definitions";

    /// <summary>The data protection keys (sign-in cookies, bearer tokens, antiforgery): beside the database unless configured (<see cref="Security.KeyProtection"/>).</summary>
    public string KeysFolder { get; init; } = Path.Combine(Path.GetDirectoryName(DatabasePath)!, "keys");

    /// <summary>
    /// Where the stores live, as the engine reads it (<c>ConsultEngine:Database</c>): the SQLite file of
    /// <see cref="DatabasePath"/> by default, or a PostgreSQL database that the web's own tables (users,
    /// assignments, data protection keys) then share with the engine's.
    /// </summary>
    public DatabaseSelection Database { get; init; } = DatabaseSelection.Resolve(null, null, DatabasePath);

    /// <summary>The certificate the data protection keys are encrypted with at rest, when one is configured.</summary>
    public System.Security.Cryptography.X509Certificates.X509Certificate2? KeysCertificate { get; init; }

    /// <summary>
    /// Paths from the <c>ConsultEngine</c> section, relative ones taken from the content root. Without
    /// a configured definitions folder, the nearest <c>definitions/</c> folder above the content root or
    /// the program's folder is used, so that <c>dotnet run --project designer/ConsultEngine.Web</c> from the
    /// repository (content root: the working directory or the project folder) finds the repository's definitions.
    /// </summary>
    public static WebDataPaths Resolve(IConfiguration configuration, string contentRoot)
    {
        var section = configuration.GetSection(ConsultEngineOptions.SectionName);
        var database = section[nameof(ConsultEngineOptions.DatabasePath)] is { Length: > 0 } configuredDatabase
            ? Path.GetFullPath(configuredDatabase, contentRoot)
            : Path.GetFullPath(EngineSetup.DefaultDatabaseFile, contentRoot);
        Directory.CreateDirectory(Path.GetDirectoryName(database)!);

        var definitions = section[nameof(ConsultEngineOptions.DefinitionsPath)] is { Length: > 0 } configuredDefinitions
            ? Path.GetFullPath(configuredDefinitions, contentRoot)
            : FindDefinitions(contentRoot) ?? FindDefinitions(AppContext.BaseDirectory) ?? Path.GetFullPath(DefinitionsFolderName, contentRoot);
        var choice = section.GetSection(nameof(ConsultEngineOptions.Database));
        return new WebDataPaths(database, definitions)
        {
            Database = DatabaseSelection.Resolve(choice[nameof(DatabaseOptions.Provider)], choice[nameof(DatabaseOptions.ConnectionString)], database),
        };
    }

    private static string? FindDefinitions(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, DefinitionsFolderName);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
