using System.Reflection;
using ConsultEngine.Abstractions;
using ConsultEngine.Definitions.Model;
using ConsultEngine.Definitions.StepTypes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ConsultEngine.Hosting.Plugins;

/// <summary>
/// Loads the plugins of a folder, one sub-folder each (<c>&lt;plugins&gt;/&lt;Name&gt;/&lt;Name&gt;.dll</c>
/// with its private dependencies), in the ordinal order of the folder names so that which of two
/// plugins with the same id is refused does not depend on the file system. Each plugin gets its own
/// <see cref="PluginLoadContext"/>; Scrutor finds its tool classes; each tool is created once and its
/// manifest checked. Every failure refuses that plugin alone, with its code, and is logged.
/// </summary>
internal sealed partial class PluginLoader(IServiceProvider services, ILogger logger)
{
    private readonly List<LoadedPlugin> _loaded = [];
    private readonly List<RefusedPlugin> _refused = [];

    public PluginCatalog Load(string? pluginsPath, IEnumerable<IConsultationTool> inProcessTools)
    {
        foreach (var tool in inProcessTools)
        {
            var location = tool.GetType().Assembly.Location;
            Accept(PluginCatalog.InProcessFolder, location, () => tool);
        }

        string? root = null;
        if (!string.IsNullOrWhiteSpace(pluginsPath))
        {
            root = Path.GetFullPath(pluginsPath);
            if (Directory.Exists(root))
            {
                foreach (var folder in Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal))
                {
                    LoadFolder(folder);
                }
            }
        }

        return new PluginCatalog(root, _loaded.ToList(), _refused.ToList());
    }

    private void LoadFolder(string folder)
    {
        var name = Path.GetFileName(folder);
        var assemblyPath = Path.Combine(folder, name + ".dll");
        try
        {
            foreach (var toolType in FindToolTypes(name, assemblyPath))
            {
                Accept(name, assemblyPath, () => (IConsultationTool)ActivatorUtilities.CreateInstance(services, toolType));
            }
        }
        catch (PluginRefusedException refusal)
        {
            Refuse(new RefusedPlugin(name, refusal.Code, refusal.Message) { AssemblyPath = assemblyPath });
        }
    }

    private static List<Type> FindToolTypes(string name, string assemblyPath)
    {
        if (!File.Exists(assemblyPath))
        {
            throw new PluginRefusedException(ToolCodes.PluginLoadFailed, $"The folder has no '{name}.dll': a plugin's assembly is named after its folder.");
        }

        IReadOnlyList<AssemblyName> references;
        try
        {
            references = AssemblyReferences.Read(assemblyPath);
        }
        catch (Exception error) when (error is BadImageFormatException or IOException or UnauthorizedAccessException)
        {
            throw new PluginRefusedException(ToolCodes.PluginLoadFailed, $"'{name}.dll' cannot be read as a .NET assembly: {error.Message}");
        }

        var sdk = references.FirstOrDefault(r => r.Name == HostAssemblies.SdkName);
        if (sdk?.Version is not { } sdkVersion)
        {
            throw new PluginRefusedException(ToolCodes.PluginHasNoTool, $"'{name}.dll' does not reference the plugin SDK ({HostAssemblies.SdkName}), so it holds no tool.");
        }

        if (ManifestCheck.SdkProblem(new SdkVersion(sdkVersion.Major, sdkVersion.Minor)) is { } mismatch)
        {
            throw new PluginRefusedException(ToolCodes.PluginSdkMismatch, $"'{name}.dll' was compiled against {mismatch}");
        }

        PluginLoadContext context;
        try
        {
            context = new PluginLoadContext(name, assemblyPath);
        }
        catch (InvalidOperationException error)
        {
            // The host could not read the plugin's .deps.json, or a file it lists is not there.
            throw new PluginRefusedException(ToolCodes.PluginDependencyMissing, $"The dependencies of '{name}.dll' cannot be resolved: {error.Message}");
        }

        if (AssemblyReferences.FindMissing(assemblyPath, context) is { } missing)
        {
            throw new PluginRefusedException(ToolCodes.PluginDependencyMissing,
                $"The dependency '{missing.Missing.Name}' (version {missing.Missing.Version}) of '{missing.NeededBy}' is not in the plugin's folder nor in the host.");
        }

        try
        {
            var assembly = context.LoadFromAssemblyPath(assemblyPath);
            var scanned = new ServiceCollection();
            scanned.Scan(scan => scan
                .FromAssemblies(assembly)
                .AddClasses(classes => classes.AssignableTo<IConsultationTool>(), publicOnly: true)
                .As<IConsultationTool>()
                .WithSingletonLifetime());
            var types = scanned.Select(d => d.ImplementationType).OfType<Type>().Distinct().OrderBy(t => t.FullName, StringComparer.Ordinal).ToList();
            return types.Count > 0
                ? types
                : throw new PluginRefusedException(ToolCodes.PluginHasNoTool, $"'{name}.dll' has no public, non-abstract class implementing {nameof(IConsultationTool)}.");
        }
        catch (Exception error) when (MissingAssembly(error) is { } absent)
        {
            throw new PluginRefusedException(ToolCodes.PluginDependencyMissing, $"The dependency '{absent}' of '{name}.dll' cannot be loaded.");
        }
        catch (Exception error) when (error is FileLoadException or BadImageFormatException or ReflectionTypeLoadException or TypeLoadException)
        {
            throw new PluginRefusedException(ToolCodes.PluginLoadFailed, $"'{name}.dll' cannot be loaded: {error.Message}");
        }
    }

    private void Accept(string folder, string assemblyPath, Func<IConsultationTool> create)
    {
        IConsultationTool tool;
        ToolManifest? manifest;
        try
        {
            tool = create();
            manifest = tool.Manifest;
        }
        catch (Exception error) when (MissingAssembly(error) is { } absent)
        {
            Refuse(new RefusedPlugin(folder, ToolCodes.PluginDependencyMissing, $"The tool cannot be created: its dependency '{absent}' cannot be loaded.") { AssemblyPath = assemblyPath });
            return;
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            var cause = error is TargetInvocationException { InnerException: { } inner } ? inner : error;
            Refuse(new RefusedPlugin(folder, ToolCodes.PluginActivationFailed, $"The tool cannot be created: {cause.GetType().Name}: {cause.Message}") { AssemblyPath = assemblyPath });
            return;
        }

        if (ManifestCheck.Check(manifest) is { } problem)
        {
            Refuse(new RefusedPlugin(folder, problem.Code, problem.Message) { AssemblyPath = assemblyPath, ToolId = manifest?.Id });
            return;
        }

        if (_loaded.FirstOrDefault(p => p.Id == manifest!.Id) is { } first)
        {
            Refuse(new RefusedPlugin(folder, ToolCodes.PluginDuplicateId, $"The tool id '{manifest!.Id}' is already taken by the plugin in '{first.Folder}', loaded first.")
            {
                AssemblyPath = assemblyPath,
                ToolId = manifest.Id,
            });
            return;
        }

        var plugin = new LoadedPlugin
        {
            Id = manifest!.Id,
            Version = manifest.Version,
            Title = manifest.Title,
            Folder = folder,
            AssemblyPath = assemblyPath,
            BuiltForSdk = manifest.BuiltForSdk,
            Tool = tool,
            StepTypeDescriptor = Describe(manifest),
        };
        _loaded.Add(plugin);
        LogLoaded(logger, plugin.Id, plugin.Version, plugin.StepType, folder);
    }

    private void Refuse(RefusedPlugin refusal)
    {
        _refused.Add(refusal);
        LogRefused(logger, refusal.Folder, refusal.Code, refusal.Message);
    }

    /// <summary>The step type of a checked manifest, as the validator and the runtime know it.</summary>
    internal static StepTypeDescriptor Describe(ToolManifest manifest) =>
        new(StepTypeName.ToolPrefix + manifest.Id, manifest.StepTypeMajor, StepKind.Tool)
        {
            Title = LocalizedText.Of(manifest.Title.Vi, manifest.Title.En),
            ConfigSchema = ManifestCheck.ParseObjectSchema(manifest.ConfigSchema).Schema,
            DurationConfigProperties = [.. manifest.DurationConfigProperties],

            // As the placeholder descriptors (StandardToolTypes): staff may close a tool step with one of its outcomes.
            SupportsOutcomes = true,
        };

    /// <summary>The simple name of the assembly whose absence <paramref name="error"/> reports, if that is what it reports.</summary>
    private static string? MissingAssembly(Exception? error) => error switch
    {
        FileNotFoundException { FileName: { } file } => SimpleName(file),
        ReflectionTypeLoadException types => types.LoaderExceptions.Select(MissingAssembly).FirstOrDefault(n => n is not null),
        TargetInvocationException or TypeInitializationException => MissingAssembly(error.InnerException),
        _ => null,
    };

    private static string SimpleName(string file)
    {
        try
        {
            return new AssemblyName(file).Name ?? file;
        }
        catch (Exception error) when (error is FileLoadException or ArgumentException)
        {
            return Path.GetFileNameWithoutExtension(file);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded the tool '{Id}' {Version} ({StepType}) from the plugin '{Folder}'.")]
    private static partial void LogLoaded(ILogger logger, string id, string version, string stepType, string folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused the plugin '{Folder}': {Code}: {Reason}")]
    private static partial void LogRefused(ILogger logger, string folder, string code, string reason);

    /// <summary>Ends the loading of one plugin with its code; caught by the loader, never seen by a host.</summary>
    private sealed class PluginRefusedException(string code, string message) : Exception(message)
    {
        public string Code { get; } = code;
    }
}
