using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace ConsultEngine.Web.Api;

/// <summary>
/// The classes of this assembly marked <see cref="ApiEndpointGroupAttribute"/>, found in its metadata and
/// only they loaded. <c>Assembly.GetTypes()</c> would load all of its ≈ 1,300 types (every page, closure and
/// state machine) at start, which a host keeps in memory whether or not they ever run.
/// </summary>
internal static class ApiEndpointGroupScan
{
    public static IEnumerable<Type> Find(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var marker = typeof(ApiEndpointGroupAttribute);
        if (string.IsNullOrEmpty(assembly.Location) || !File.Exists(assembly.Location))
        {
            // No file to read (an assembly loaded from bytes): load every type and ask each.
            return assembly.GetTypes().Where(type => type.IsDefined(marker, inherit: false));
        }

        using var file = File.OpenRead(assembly.Location);
        using var image = new PEReader(file);
        var reader = image.GetMetadataReader();
        var found = new List<Type>();
        foreach (var handle in reader.TypeDefinitions)
        {
            var definition = reader.GetTypeDefinition(handle);
            if (definition.GetCustomAttributes().Any(a => Constructs(reader, reader.GetCustomAttribute(a), marker)))
            {
                found.Add(assembly.GetType(FullName(reader, definition), throwOnError: true)!);
            }
        }

        return found;
    }

    private static bool Constructs(MetadataReader reader, CustomAttribute attribute, Type marker) =>
        attribute.Constructor.Kind == HandleKind.MethodDefinition
        && FullName(reader, reader.GetTypeDefinition(reader.GetMethodDefinition((MethodDefinitionHandle)attribute.Constructor).GetDeclaringType())) == marker.FullName;

    /// <summary>The name <see cref="Assembly.GetType(string)"/> knows a type by (<c>Outer+Inner</c> for a nested one).</summary>
    private static string FullName(MetadataReader reader, TypeDefinition definition)
    {
        var name = reader.GetString(definition.Name);
        var outer = definition.GetDeclaringType();
        return outer.IsNil
            ? (definition.Namespace.IsNil ? name : $"{reader.GetString(definition.Namespace)}.{name}")
            : $"{FullName(reader, reader.GetTypeDefinition(outer))}+{name}";
    }
}
