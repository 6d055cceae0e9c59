using ConsultEngine.Persistence.Definitions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ConsultEngine.Hosting.Definitions;

/// <summary>
/// The definitions' part of the engine's initialisation: loads the catalogue from the store, seeds the
/// definitions folder into it, and logs what a person must look at: files left out (as the folder
/// repository always did) and files that differ from the version stored under their id and version.
/// </summary>
internal sealed partial class DefinitionStartup(StoredDefinitionCatalog catalog, DefinitionLibrary library, IOptions<ConsultEngineOptions> options, ILogger<DefinitionStartup> logger)
{
    /// <summary>What seeding did, once <see cref="RunAsync"/> has run.</summary>
    public IReadOnlyList<SeedEntry> Seeded { get; private set; } = [];

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        // The catalogue first: the folder's overlays may extend versions published earlier.
        await catalog.LoadAsync(cancellationToken).ConfigureAwait(false);
        var entries = await library.SeedAsync(options.Value.DefinitionsPath, cancellationToken).ConfigureAwait(false);
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

        Seeded = entries;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A definition was not loaded: {Diagnostic}")]
    private static partial void LogRefused(ILogger logger, string diagnostic);

    [LoggerMessage(Level = LogLevel.Warning, Message = "CE8507: the file {File} differs from {Version} as stored; published versions do not change, so the stored one is kept. Give the file a new version.")]
    private static partial void LogConflict(ILogger logger, string file, string version);
}
