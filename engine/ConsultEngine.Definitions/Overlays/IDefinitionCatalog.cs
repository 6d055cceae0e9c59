using ConsultEngine.Definitions.Model;

namespace ConsultEngine.Definitions.Overlays;

/// <summary>Where overlays find the published definitions they extend.</summary>
public interface IDefinitionCatalog
{
    /// <summary>The definition <paramref name="id"/> at <paramref name="version"/> (an overlay is returned resolved), or <c>null</c>.</summary>
    ProcessDefinition? Find(string id, int version);

    /// <summary>The versions of <paramref name="id"/> the catalog holds, ascending.</summary>
    IReadOnlyList<int> Versions(string id);
}
