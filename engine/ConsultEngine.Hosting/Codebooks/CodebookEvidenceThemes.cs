using ConsultEngine.Hosting.Registers;
using ConsultEngine.Persistence.Codebooks;

namespace ConsultEngine.Hosting.Codebooks;

/// <summary>The consultation codebook's themes are themes a recommendation's evidence may cite.</summary>
internal sealed class CodebookEvidenceThemes(ICodebookStore store) : IEvidenceThemes
{
    public async Task<IReadOnlySet<string>> ThemeIdsAsync(Guid instanceId, CancellationToken cancellationToken) =>
        (await store.ThemesAsync(instanceId, cancellationToken).ConfigureAwait(false)).Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
}
