using ConsultEngine.Definitions.Diagnostics;

namespace ConsultEngine.Persistence.Definitions;

/// <summary>A refused operation on stored definitions; <see cref="Code"/> is one of <see cref="DefinitionStoreCodes"/>.</summary>
public sealed class DefinitionStoreException : ConsultEngineException
{
    internal DefinitionStoreException(string code, string definitionId, int? version, string message, IReadOnlyList<Diagnostic>? diagnostics = null)
        : base(message)
    {
        Code = code;
        DefinitionId = definitionId;
        Version = version;
        Diagnostics = diagnostics ?? [];
    }

    public override string Code { get; }

    public string DefinitionId { get; }

    /// <summary>The version concerned, when there is one (<see cref="StoredDefinitionVersion.DraftVersion"/> for the draft).</summary>
    public int? Version { get; }

    /// <summary>For a refused publish or import: every diagnostic of the document, with codes and positions.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>For a revision conflict: the revision the draft has now.</summary>
    public long? CurrentRevision { get; init; }
}
