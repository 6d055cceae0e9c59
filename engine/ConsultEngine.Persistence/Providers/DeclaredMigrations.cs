using System.Collections.Concurrent;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace ConsultEngine.Persistence.Providers;

/// <summary>
/// The migration ids an assembly declares for a context, read from its metadata (the <c>[Migration]</c> and
/// <c>[DbContext]</c> attributes) without loading a type. EF Core finds migrations by loading every type of
/// the migrations assembly, which on every start of an up-to-date database loads hundreds of types that
/// nothing else uses (the PostgreSQL ones, and so Npgsql, in a SQLite host too). Null when the metadata
/// cannot be read: the caller then asks EF Core.
/// </summary>
internal static class DeclaredMigrations
{
    private const string MigrationAttribute = "Microsoft.EntityFrameworkCore.Migrations.MigrationAttribute";
    private const string DbContextAttribute = "Microsoft.EntityFrameworkCore.Infrastructure.DbContextAttribute";

    private static readonly ConcurrentDictionary<(Assembly, Type), IReadOnlySet<string>?> Found = new();

    public static IReadOnlySet<string>? Of(Assembly assembly, Type context) =>
        Found.GetOrAdd((assembly, context), key => Read(key.Item1, key.Item2));

    private static HashSet<string>? Read(Assembly assembly, Type context)
    {
        // The assembly's file (none for an assembly loaded from bytes or bundled in a single file: EF Core decides then).
        if (string.IsNullOrEmpty(assembly.Location) || !File.Exists(assembly.Location))
        {
            return null;
        }

        using var file = File.OpenRead(assembly.Location);
        using var image = new PEReader(file);
        if (!image.HasMetadata)
        {
            return null;
        }

        var reader = image.GetMetadataReader();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var handle in reader.TypeDefinitions)
        {
            var type = reader.GetTypeDefinition(handle);
            string? id = null;
            string? owner = null;
            foreach (var attributeHandle in type.GetCustomAttributes())
            {
                var attribute = reader.GetCustomAttribute(attributeHandle);
                switch (AttributeName(reader, attribute))
                {
                    case MigrationAttribute:
                        id = SingleString(reader, attribute);
                        break;
                    case DbContextAttribute:
                        owner = SingleString(reader, attribute);
                        break;
                }
            }

            if (id is not null && owner is not null && (type.Attributes & TypeAttributes.Abstract) == 0 && Names(owner, context))
            {
                ids.Add(id);
            }
        }

        return ids;
    }

    /// <summary>Whether a type name as an attribute stores it (full name, assembly-qualified when in another assembly) is <paramref name="context"/>.</summary>
    private static bool Names(string serialized, Type context)
    {
        var comma = serialized.IndexOf(',', StringComparison.Ordinal);
        var name = comma < 0 ? serialized : serialized[..comma];
        return string.Equals(name.Trim(), context.FullName, StringComparison.Ordinal);
    }

    private static string? AttributeName(MetadataReader reader, CustomAttribute attribute)
    {
        EntityHandle owner = attribute.Constructor.Kind switch
        {
            HandleKind.MemberReference => reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent,
            HandleKind.MethodDefinition => reader.GetMethodDefinition((MethodDefinitionHandle)attribute.Constructor).GetDeclaringType(),
            _ => default,
        };
        return owner.Kind switch
        {
            HandleKind.TypeReference => Name(reader, reader.GetTypeReference((TypeReferenceHandle)owner)),
            HandleKind.TypeDefinition => Name(reader, reader.GetTypeDefinition((TypeDefinitionHandle)owner)),
            _ => null,
        };
    }

    private static string Name(MetadataReader reader, TypeReference type) => $"{reader.GetString(type.Namespace)}.{reader.GetString(type.Name)}";

    private static string Name(MetadataReader reader, TypeDefinition type) => $"{reader.GetString(type.Namespace)}.{reader.GetString(type.Name)}";

    /// <summary>The one string argument of an attribute (a string, or a type stored as its name).</summary>
    private static string? SingleString(MetadataReader reader, CustomAttribute attribute)
    {
        var value = reader.GetBlobReader(attribute.Value);
        return value.Length > 2 && value.ReadUInt16() == 1 ? value.ReadSerializedString() : null;
    }
}
