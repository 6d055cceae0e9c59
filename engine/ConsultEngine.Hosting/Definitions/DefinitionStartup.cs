using ConsultEngine.Persistence.Definitions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ConsultEngine.Hosting.Definitions;

/// <summary>
/// Seeds the definition store from the definitions folder once, before the catalog or the library
/// is first handed out, and logs what a person must look at: files left out (as the folder
/// repository always did) and files that differ from the version stored under their id and version.
/// </summary>
internal sealed partial class DefinitionStartup(DefinitionLibrary library, IOptions<ConsultEngineOptions> options, ILogger<DefinitionStartup> logger)
{
    private readonly Lazy<IReadOnlyList<SeedEntry>> _seeded = new(() => Seed(library, options.Value.DefinitionsPath, logger));

    /// <summary>What seeding did (it runs on the first call).</summary>
    public IReadOnlyList<SeedEntry> Seeded => _seeded.Value;

    private static IReadOnlyList<SeedEntry> Seed(DefinitionLibrary library, string folder, ILogger logger)
    {
        // Start-up is synchronous (a container factory); the store's work is local file I/O.
        var entries = library.SeedAsync(folder).GetAwaiter().GetResult();
        foreach (var entry in entries)
        {
            if (entry.Outcome == SeedOutcome.Conflict)
            {
                LogConflict(logger, entry.File, $"{entry.DefinitionId}@{entry.Version}");
            }
            else if (entry.Outcome is null)
            {
                foreach (var diagnostic in entry.Diagnostics.Where(d => d.IsError))
                {
                    LogRefused(logger, diagnostic.ToString());
                }
            }
        }

        return entries;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A definition was not loaded: {Diagnostic}")]
    private static partial void LogRefused(ILogger logger, string diagnostic);

    [LoggerMessage(Level = LogLevel.Warning, Message = "CE8507: the file {File} differs from {Version} as stored; published versions do not change, so the stored one is kept. Give the file a new version.")]
    private static partial void LogConflict(ILogger logger, string file, string version);
}
