using System.Reflection;
using System.Runtime.Loader;
using System.Text.RegularExpressions;
using ConsultEngine.Definitions.Diagnostics;
using ConsultEngine.Web.Api;

namespace ConsultEngine.Web.Tests.Codes;

/// <summary>
/// Every code the product defines, found by reflection: the engine's and the web host's assemblies
/// (every <c>ConsultEngine.*</c> assembly the web host references, directly or not) and the tool plugins
/// the host loads (each loaded from the plugins folder into a context of its own). A code is a constant
/// string <c>CE####</c> or a <see cref="DiagnosticDescriptor"/> held by a static field.
/// </summary>
internal static partial class DefinedCodes
{
    private const BindingFlags Statics = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly (Dictionary<string, string> Codes, List<string> Plugins, List<CodeDefinition> Definitions) Found = Discover();

    /// <summary>Each code with where it is defined (<c>Type.Field</c>, first one found).</summary>
    public static IReadOnlyDictionary<string, string> All => Found.Codes;

    /// <summary>The plugin assemblies that were scanned, by name.</summary>
    public static IReadOnlyList<string> PluginAssemblies => Found.Plugins;

    /// <summary>Every field that defines a code (an alias of another catalogue's constant included), with its catalogue.</summary>
    public static IReadOnlyList<CodeDefinition> Definitions => Found.Definitions;

    public static IEnumerable<Assembly> EngineAndWebAssemblies()
    {
        var seen = new Dictionary<string, Assembly>(StringComparer.Ordinal);
        var queue = new Queue<Assembly>([typeof(WebErrorCodes).Assembly]);
        while (queue.Count > 0)
        {
            var assembly = queue.Dequeue();
            if (!seen.TryAdd(assembly.GetName().Name!, assembly))
            {
                continue;
            }

            foreach (var reference in assembly.GetReferencedAssemblies().Where(r => r.Name!.StartsWith("ConsultEngine.", StringComparison.Ordinal)))
            {
                queue.Enqueue(Assembly.Load(reference));
            }
        }

        return seen.Values;
    }

    private static (Dictionary<string, string> Codes, List<string> Plugins, List<CodeDefinition> Definitions) Discover()
    {
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        var definitions = new List<CodeDefinition>();
        foreach (var assembly in EngineAndWebAssemblies())
        {
            Collect(assembly, codes, definitions, plugin: false);
        }

        var plugins = new List<string>();
        var folder = Path.Combine(AppContext.BaseDirectory, "plugins");
        foreach (var dir in Directory.GetDirectories(folder))
        {
            var file = Path.Combine(dir, Path.GetFileName(dir) + ".dll");
            if (!File.Exists(file))
            {
                continue;
            }

            var context = new PluginFolderContext(dir);
            var assembly = context.LoadFromAssemblyPath(file);
            plugins.Add(assembly.GetName().Name!);
            Collect(assembly, codes, definitions, plugin: true);
        }

        return (codes, plugins, definitions);
    }

    private static void Collect(Assembly assembly, Dictionary<string, string> codes, List<CodeDefinition> definitions, bool plugin)
    {
        foreach (var type in TypesOf(assembly))
        {
            foreach (var field in type.GetFields(Statics))
            {
                var code = field switch
                {
                    { IsLiteral: true } when field.FieldType == typeof(string) => field.GetRawConstantValue() as string,
                    { IsInitOnly: true } when field.FieldType == typeof(DiagnosticDescriptor) => (field.GetValue(null) as DiagnosticDescriptor)?.Code,
                    _ => null,
                };
                if (code is not null && CodePattern().IsMatch(code))
                {
                    codes.TryAdd(code, $"{type.FullName}.{field.Name}");
                    definitions.Add(new CodeDefinition(code, type, field, plugin));
                }
            }
        }
    }

    private static IEnumerable<Type> TypesOf(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            return e.Types.OfType<Type>();
        }
    }

    [GeneratedRegex(@"^CE\d{4}$")]
    public static partial Regex CodePattern();

    /// <summary>Loads a plugin and its own dependencies from its folder; the SDK and the framework come from the host.</summary>
    private sealed class PluginFolderContext(string folder) : AssemblyLoadContext(isCollectible: true)
    {
        protected override Assembly? Load(AssemblyName assemblyName)
        {
            if (assemblyName.Name!.StartsWith("ConsultEngine.Abstractions", StringComparison.Ordinal))
            {
                return null;
            }

            var path = Path.Combine(folder, assemblyName.Name + ".dll");
            return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }
    }
}

/// <summary>One field defining a code: the code, its catalogue (the declaring type), the field, and whether a plugin defines it.</summary>
internal sealed record CodeDefinition(string Code, Type Catalogue, FieldInfo Field, bool InPlugin);
