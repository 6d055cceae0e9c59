using ConsultEngine.Definitions.Model;
using ConsultEngine.Definitions.Overlays;
using ConsultEngine.Definitions.StepTypes;
using ConsultEngine.Definitions.Validation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ConsultEngine.Hosting;

/// <summary>
/// The definitions a host runs: every definition and overlay in the definitions folder that
/// validates. Invalid documents are left out and logged with their diagnostics, so one broken file
/// does not stop the others. Overlays are served resolved.
/// </summary>
internal sealed partial class DefinitionRepository : IDefinitionCatalog
{
    private readonly DefinitionCatalog _catalog = new();

    public DefinitionRepository(IOptions<ConsultEngineOptions> options, IStepTypeRegistry stepTypes, ILogger<DefinitionRepository> logger)
    {
        var folder = options.Value.DefinitionsPath;
        var all = DefinitionCatalog.LoadDirectory(folder);
        var validator = new DefinitionValidator(stepTypes, all);
        foreach (var file in Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories).Where(f => !f.EndsWith(".schema.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var result = validator.ValidateFile(file);
            if (result.Runnable is { } runnable)
            {
                _catalog.Add(runnable);
                Loaded.Add(runnable);
            }
            else
            {
                foreach (var diagnostic in result.Diagnostics.Where(d => d.IsError))
                {
                    LogRefused(logger, diagnostic.ToString());
                }
            }
        }
    }

    /// <summary>The runnable definitions, overlays resolved.</summary>
    public List<ProcessDefinition> Loaded { get; } = [];

    public ProcessDefinition? Find(string id, int version) => _catalog.Find(id, version);

    public IReadOnlyList<int> Versions(string id) => _catalog.Versions(id);

    [LoggerMessage(Level = LogLevel.Error, Message = "A definition was not loaded: {Diagnostic}")]
    private static partial void LogRefused(ILogger logger, string diagnostic);
}
