namespace ConsultEngine.Hosting.Registers;

/// <summary>
/// Themes a recommendation's evidence may cite besides those the consultation's inputs were coded to in
/// their tool steps (for example the consultation codebook's). Every registered source is asked.
/// </summary>
internal interface IEvidenceThemes
{
    Task<IReadOnlySet<string>> ThemeIdsAsync(Guid instanceId, CancellationToken cancellationToken);
}
