using ConsultEngine.Abstractions;
using ConsultEngine.Definitions.StepTypes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace ConsultEngine.Hosting.Plugins;

/// <summary>
/// The tools a host has: every plugin of the plugins folder that loaded, and every plugin that was
/// refused with its code (CE9001–CE9008) and why. A host resolves it as a singleton (see
/// <c>AddConsultEngine()</c>); a command-line tool calls <see cref="Load"/>. Refused plugins are
/// skipped: the host and the other plugins keep running.
/// </summary>
public sealed class PluginCatalog
{
    /// <summary>The <see cref="LoadedPlugin.Folder"/> of a tool the host added in its own process.</summary>
    public const string InProcessFolder = "(in-process)";

    private readonly Dictionary<string, LoadedPlugin> _byId;

    internal PluginCatalog(string? pluginsPath, IReadOnlyList<LoadedPlugin> loaded, IReadOnlyList<RefusedPlugin> refused)
    {
        PluginsPath = pluginsPath;
        Loaded = loaded;
        Refused = refused;
        Tools = loaded.Select(p => p.Tool).ToList();
        _byId = loaded.ToDictionary(p => p.Id, StringComparer.Ordinal);
        StepTypes = loaded.Select(p => p.StepTypeDescriptor).ToList();
    }

    /// <summary>A catalog with no tools (a host that loads no plugins).</summary>
    public static PluginCatalog Empty { get; } = new(null, [], []);

    /// <summary>The folder the plugins were looked for in (full path), or <see langword="null"/> when none was.</summary>
    public string? PluginsPath { get; }

    /// <summary>The tools that loaded: in-process tools first, then plugins in the order of their folder names.</summary>
    public IReadOnlyList<LoadedPlugin> Loaded { get; }

    /// <summary>The plugins (or in-process tools) that were refused, in the order they were met.</summary>
    public IReadOnlyList<RefusedPlugin> Refused { get; }

    /// <summary>The loaded tools, one instance each (what <c>IEnumerable&lt;IConsultationTool&gt;</c> resolves to).</summary>
    public IReadOnlyList<IConsultationTool> Tools { get; }

    /// <summary>The step types of the loaded tools (<c>tool:&lt;id&gt;@&lt;major&gt;</c>).</summary>
    public IReadOnlyList<StepTypeDescriptor> StepTypes { get; }

    /// <summary>
    /// Loads the plugins of <paramref name="pluginsPath"/> (a missing folder means no plugins), after
    /// the <paramref name="inProcessTools"/>, which pass the same checks. <paramref name="services"/>
    /// supplies what a tool's constructor asks for (a logger, the clock); without it only
    /// parameterless constructors work.
    /// </summary>
    public static PluginCatalog Load(
        string? pluginsPath,
        IEnumerable<IConsultationTool>? inProcessTools = null,
        IServiceProvider? services = null,
        ILogger? logger = null) =>
        new PluginLoader(services ?? EmptyServices.Instance, logger ?? NullLogger.Instance).Load(pluginsPath, inProcessTools ?? []);

    /// <summary>The loaded plugin whose tool has this id, or <see langword="null"/>.</summary>
    public LoadedPlugin? Find(string toolId) => _byId.GetValueOrDefault(toolId);

    /// <summary>The loaded tool with this id, or <see langword="null"/>.</summary>
    public IConsultationTool? FindTool(string toolId) => Find(toolId)?.Tool;

    /// <summary>The loaded tool serving steps of type <paramref name="name"/> (<c>tool:survey</c>) at <paramref name="major"/>, or <see langword="null"/>.</summary>
    public IConsultationTool? FindTool(string name, int major) =>
        Loaded.FirstOrDefault(p => p.StepTypeDescriptor.Name == name && p.StepTypeDescriptor.Major == major)?.Tool;

    /// <summary>
    /// A step-type registry of the built-in types and the loaded tools' types. With
    /// <paramref name="standardToolFallback"/>, each of the four standard tools (survey, public
    /// hearing, focus group, online poll) that no loaded plugin supplies keeps the descriptor of
    /// <see cref="StandardToolTypes"/>, so that definitions naming it still validate where its plugin
    /// is not installed.
    /// </summary>
    public StepTypeRegistry CreateStepTypeRegistry(bool standardToolFallback = true)
    {
        var registry = StepTypeRegistry.CreateWithBuiltIns();
        foreach (var type in StepTypes)
        {
            registry.Add(type);
        }

        if (standardToolFallback)
        {
            foreach (var standard in StandardToolTypes.All.Where(t => !registry.Contains(t.Name)))
            {
                registry.Add(standard);
            }
        }

        return registry;
    }

    /// <summary>Serves no service: tools built without a host get only parameterless constructors.</summary>
    private sealed class EmptyServices : IServiceProvider
    {
        public static EmptyServices Instance { get; } = new();

        public object? GetService(Type serviceType) => null;
    }
}
