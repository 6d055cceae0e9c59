using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace ConsultEngine.Web.Tests.Architecture;

/// <summary>
/// The names the web host must not know: the plugin ids of the product's tools, and the public type names
/// of every plugin assembly as the build copies them beside this test (<c>plugins/&lt;Name&gt;/&lt;Name&gt;.dll</c>,
/// see <c>build/ConsultEngine.Plugins.targets</c>). The assemblies' metadata is read, not loaded: no plugin
/// code runs and nothing needs resolving.
/// </summary>
internal static class PluginNames
{
    /// <summary>The ids of the tools the product ships (their manifests' <c>Id</c>).</summary>
    public static IReadOnlyList<string> Ids { get; } = ["survey", "online-poll", "public-hearing", "focus-group", "draft-comments"];

    public static string PluginsFolder => Path.Combine(AppContext.BaseDirectory, "plugins");

    /// <summary>Each plugin assembly's file and its public types' full names (namespace and name; nested public types too, generic arity dropped).</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> PublicTypesByAssembly()
    {
        var result = new SortedDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var folder in Directory.GetDirectories(PluginsFolder))
        {
            var assembly = Path.Combine(folder, Path.GetFileName(folder) + ".dll");
            if (File.Exists(assembly))
            {
                result[Path.GetFileName(assembly)] = PublicTypes(assembly);
            }
        }

        return result;
    }

    public static HostPluginScanner.Names All()
    {
        var types = PublicTypesByAssembly().Values.SelectMany(t => t).ToList();
        return new(
            Ids,
            types.Select(t => t[(t.LastIndexOf('.') + 1)..]).ToHashSet(StringComparer.Ordinal),
            types.Where(t => t.Contains('.', StringComparison.Ordinal)).Select(t => t[..t.LastIndexOf('.')]).ToHashSet(StringComparer.Ordinal));
    }

    private static List<string> PublicTypes(string assembly)
    {
        using var stream = File.OpenRead(assembly);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var names = new List<string>();
        foreach (var handle in reader.TypeDefinitions)
        {
            var type = reader.GetTypeDefinition(handle);
            if (IsVisible(reader, type))
            {
                var name = reader.GetString(type.Name);
                var tick = name.IndexOf('`', StringComparison.Ordinal);
                name = tick < 0 ? name : name[..tick];
                var space = reader.GetString(Outermost(reader, type).Namespace);
                names.Add(space.Length == 0 ? name : space + "." + name);
            }
        }

        return [.. names.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    private static TypeDefinition Outermost(MetadataReader reader, TypeDefinition type) =>
        type.GetDeclaringType().IsNil ? type : Outermost(reader, reader.GetTypeDefinition(type.GetDeclaringType()));

    // Public, or nested public in a type that is itself visible.
    private static bool IsVisible(MetadataReader reader, TypeDefinition type) => (type.Attributes & TypeAttributes.VisibilityMask) switch
    {
        TypeAttributes.Public => true,
        TypeAttributes.NestedPublic => IsVisible(reader, reader.GetTypeDefinition(type.GetDeclaringType())),
        _ => false,
    };
}
