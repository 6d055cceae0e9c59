using System.Reflection;
using System.Runtime.CompilerServices;

namespace ConsultEngine;

/// <summary>
/// The one table from a code to its <see cref="FailureKind"/>: the kind its constant declares
/// (<see cref="FailsAsAttribute"/>, read from every loaded assembly that uses the SDK — the engine's, the
/// host's and each plugin's, whatever load context it sits in), else its range's default
/// (<see cref="CodeRanges"/>), else <see cref="FailureKind.Fault"/>. A host never lists codes itself.
/// </summary>
public static class FailureKinds
{
    private static readonly Lock Gate = new();
    private static readonly Dictionary<string, FailureKind> Declared = new(StringComparer.Ordinal);

    // Weak, so that reading a collectible plugin's catalogue does not keep it loaded.
    private static readonly ConditionalWeakTable<Assembly, object> Read = [];
    private static readonly object Seen = new();

    /// <summary>The kind of failure <paramref name="code"/> stands for.</summary>
    public static FailureKind Of(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        lock (Gate)
        {
            if (Declared.TryGetValue(code, out var kind))
            {
                return kind;
            }

            // Codes are constants: naming one loads nothing, so a catalogue may be read only now.
            if (ReadNewAssemblies() && Declared.TryGetValue(code, out kind))
            {
                return kind;
            }
        }

        return CodeRanges.Find(code)?.Default ?? FailureKind.Fault;
    }

    /// <summary>The kinds the constants of <paramref name="catalogue"/> declare, by code (the others have their range's default).</summary>
    public static IReadOnlyDictionary<string, FailureKind> DeclaredBy(Type catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var found = new Dictionary<string, FailureKind>(StringComparer.Ordinal);
        foreach (var (code, kind) in Declarations(catalogue))
        {
            found.TryAdd(code, kind);
        }

        return found;
    }

    private static bool ReadNewAssemblies()
    {
        var sdk = typeof(FailsAsAttribute).Assembly;
        var sdkName = sdk.GetName().Name;
        var any = false;
        foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies())
        {
            if (Read.TryGetValue(assembly, out _))
            {
                continue;
            }

            Read.Add(assembly, Seen);
            if (assembly.IsDynamic || (assembly != sdk && !assembly.GetReferencedAssemblies().Any(r => string.Equals(r.Name, sdkName, StringComparison.Ordinal))))
            {
                continue;
            }

            foreach (var type in TypesOf(assembly))
            {
                foreach (var (code, kind) in Declarations(type))
                {
                    any |= Declared.TryAdd(code, kind);
                }
            }
        }

        return any;
    }

    private static IEnumerable<(string Code, FailureKind Kind)> Declarations(Type type)
    {
        const BindingFlags Statics = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var field in type.GetFields(Statics))
        {
            if (field.IsLiteral && field.GetCustomAttribute<FailsAsAttribute>() is { } declared && field.GetRawConstantValue() is string code)
            {
                yield return (code, declared.Kind);
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
}
