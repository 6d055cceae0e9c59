using ConsultEngine.Definitions;
using ConsultEngine.Definitions.Model;
using ConsultEngine.Definitions.Overlays;
using ConsultEngine.Definitions.StepTypes;
using ConsultEngine.Definitions.Validation;

namespace ConsultEngine.Cli.Commands;

/// <summary>
/// Reads the definition a command works on: a plain definition as it is, an overlay resolved
/// against the definition it extends (or, with <c>onto</c>, another version of it). The document is
/// validated first; its diagnostics go to <c>stderr</c>, so that <c>stdout</c> carries only the artefact.
/// </summary>
internal static class RunnableDefinition
{
    /// <summary>The definition and the step types it was validated with (the loaded plugins' tools), or <c>null</c> with the exit code to return.</summary>
    public static (ProcessDefinition? Definition, int ExitCode, IStepTypeRegistry StepTypes) Load(string path, string? definitionsRoot, int? onto, string? pluginsRoot, TextWriter stderr)
    {
        IStepTypeRegistry none = StepTypeRegistry.CreateWithBuiltIns();
        if (!File.Exists(path))
        {
            stderr.WriteLine(Directory.Exists(path)
                ? $"consult: '{path}' is a folder; give one definition or overlay file."
                : $"consult: '{path}' does not exist.");
            return (null, ConsultCli.BadUsage, none);
        }

        if (definitionsRoot is not null && !Directory.Exists(definitionsRoot))
        {
            stderr.WriteLine($"consult: the definitions folder '{definitionsRoot}' does not exist.");
            return (null, ConsultCli.BadUsage, none);
        }

        IDefinitionCatalog catalog = DefinitionFiles.LoadCatalog(path, definitionsRoot);
        if (onto is { } version)
        {
            var document = DefinitionDocument.TryRead(path);
            if (document?.Definition is not null)
            {
                stderr.WriteLine($"consult: '{path}' is a definition, not an overlay; --onto rebases overlays only.");
                return (null, ConsultCli.BadUsage, none);
            }

            if (document?.Overlay?.Extends is { Id.Length: > 0 } extends)
            {
                if (catalog.Find(extends.Id, version) is null)
                {
                    var known = catalog.Versions(extends.Id);
                    stderr.WriteLine($"consult: there is no version {version} of '{extends.Id}' among the definitions"
                        + (known.Count == 0 ? "." : $"; the versions there are {string.Join(", ", known)}."));
                    return (null, ConsultCli.ProblemsFound, none);
                }

                catalog = new RebasedCatalog(catalog, extends, version);
            }
        }

        if (!PluginsOption.Check(pluginsRoot, stderr))
        {
            return (null, ConsultCli.BadUsage, none);
        }

        var stepTypes = PluginsOption.Load(pluginsRoot, stderr).CreateStepTypeRegistry();
        var result = new DefinitionValidator(stepTypes, catalog).ValidateFile(path);
        DiagnosticText.Write(result.Diagnostics, stderr);
        return result.Runnable is { } definition ? (definition, ConsultCli.Ok, stepTypes) : (null, ConsultCli.ProblemsFound, stepTypes);
    }
}
