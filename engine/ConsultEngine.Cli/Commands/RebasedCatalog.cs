using ConsultEngine.Definitions.Model;
using ConsultEngine.Definitions.Overlays;

namespace ConsultEngine.Cli.Commands;

/// <summary>
/// A catalog that answers a request for the version an overlay names with another version of the
/// same definition, so that validating the overlay resolves (and reports) it against that version,
/// with every diagnostic placed in the overlay's text.
/// </summary>
internal sealed class RebasedCatalog(IDefinitionCatalog inner, DefinitionReference named, int onto) : IDefinitionCatalog
{
    public ProcessDefinition? Find(string id, int version) =>
        id == named.Id && version == named.Version ? inner.Find(id, onto) : inner.Find(id, version);

    public IReadOnlyList<int> Versions(string id) => inner.Versions(id);
}
