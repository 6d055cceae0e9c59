namespace ConsultEngine.Hosting.Definitions;

internal sealed partial class DefinitionLibrary
{
    // Decided by the catalogue, which starts instances from the same snapshot.
    public Task<int?> LatestPublishedAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definitionId);
        return Task.FromResult(catalog.LatestPublished(definitionId));
    }
}
