namespace ConsultEngine.Hosting.Definitions;

internal sealed partial class DefinitionLibrary
{
    public async Task<int?> LatestPublishedAsync(string definitionId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definitionId);
        return (await FindAsync(definitionId, cancellationToken).ConfigureAwait(false))?.LatestPublished;
    }
}
