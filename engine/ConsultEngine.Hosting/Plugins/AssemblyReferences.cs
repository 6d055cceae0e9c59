using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace ConsultEngine.Hosting.Plugins;

/// <summary>
/// Reads the assemblies an assembly file references without loading it, and walks a plugin's
/// private dependencies to find one that is missing before any of its code runs (a missing
/// dependency otherwise surfaces later, as a <see cref="FileNotFoundException"/> in the middle of
/// type enumeration or of a constructor).
/// </summary>
internal static class AssemblyReferences
{
    /// <summary>The references of the assembly at <paramref name="path"/>.</summary>
    /// <exception cref="BadImageFormatException">The file is not a .NET assembly.</exception>
    public static IReadOnlyList<AssemblyName> Read(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = new PEReader(stream);
        if (!reader.HasMetadata)
        {
            throw new BadImageFormatException($"'{Path.GetFileName(path)}' is not a .NET assembly.", path);
        }

        var metadata = reader.GetMetadataReader();
        return metadata.AssemblyReferences.Select(handle => metadata.GetAssemblyReference(handle).GetAssemblyName()).ToList();
    }

    /// <summary>
    /// The first dependency, direct or through a private dependency, that <paramref name="context"/>
    /// cannot find, and which assembly needs it; <see langword="null"/> when all are found.
    /// </summary>
    public static (AssemblyName Missing, string NeededBy)? FindMissing(string pluginPath, PluginLoadContext context)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { pluginPath };
        var queue = new Queue<string>([pluginPath]);
        while (queue.TryDequeue(out var path))
        {
            IReadOnlyList<AssemblyName> references;
            try
            {
                references = Read(path);
            }
            catch (BadImageFormatException) when (path != pluginPath)
            {
                // A native or damaged private file: loading reports it, with its own code.
                continue;
            }

            foreach (var reference in references)
            {
                var location = context.Locate(reference);
                if (location is null)
                {
                    return (reference, Path.GetFileNameWithoutExtension(path));
                }

                if (location != HostAssemblies.Host && seen.Add(location))
                {
                    queue.Enqueue(location);
                }
            }
        }

        return null;
    }
}
