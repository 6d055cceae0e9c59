using ConsultEngine.Persistence.Definitions;

namespace ConsultEngine.Hosting.Definitions;

/// <summary>
/// The one rule for the version a start that names no version gets: the highest published one (a
/// draft or a retired version never). The catalogue, the library and the designer's listing all ask it.
/// </summary>
internal static class LatestPublishedRule
{
    public static int? Of(IEnumerable<(int Version, DefinitionVersionState State)> versions) =>
        versions.Where(v => v.State == DefinitionVersionState.Published && v.Version > StoredDefinitionVersion.DraftVersion).Select(v => (int?)v.Version).Max();
}
