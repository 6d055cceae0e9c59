using ConsultEngine.Definitions.Model;
using ConsultEngine.Definitions.Overlays;
using ConsultEngine.Definitions.Validation;
using ConsultEngine.Persistence.Definitions;

namespace ConsultEngine.Hosting.Definitions;

internal sealed partial class DefinitionLibrary
{
    /// <summary>
    /// Every valid file of <paramref name="folder"/> becomes a published version unless its id and
    /// version are stored already (same text: unchanged; other text: a conflict, and the stored
    /// version stays, because published versions never change). Invalid files are left out with
    /// their diagnostics, as before the store existed. A missing folder seeds nothing.
    /// </summary>
    public async Task<IReadOnlyList<SeedEntry>> SeedAsync(string folder, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        // Overlays in the folder extend definitions of the folder, or versions published earlier.
        var validator = new DefinitionValidator(stepTypes, new FolderThenStore(DefinitionCatalog.LoadDirectory(folder), catalog));
        var entries = new List<SeedEntry>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories).Where(f => !f.EndsWith(".schema.json", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
            var result = validator.ValidateFile(file);
            var (id, version) = result.Definition is { } d ? (d.Id, d.Version) : result.Overlay is { } o ? (o.Id, o.Version) : (null, 0);
            if (!result.IsValid || id is null)
            {
                entries.Add(new SeedEntry(relative, id, id is null ? null : version, null, result.Diagnostics));
                continue;
            }

            // The text as the author wrote it (a byte-order mark is not part of it).
            var json = await File.ReadAllTextAsync(file, cancellationToken).ConfigureAwait(false);
            var header = DefinitionHeader.TryRead(json)!.Value.Header;
            var outcome = await Store.SeedAsync(id, version, json, header, "seed:" + relative, cancellationToken).ConfigureAwait(false);
            if (outcome == SeedOutcome.Added)
            {
                await catalog.RefreshAsync(id, cancellationToken).ConfigureAwait(false);
            }

            entries.Add(new SeedEntry(relative, id, version, outcome, outcome == SeedOutcome.Conflict ? [] : result.Diagnostics));
        }

        return entries;
    }

    private sealed class FolderThenStore(IDefinitionCatalog folder, IDefinitionCatalog stored) : IDefinitionCatalog
    {
        public ProcessDefinition? Find(string id, int version) => folder.Find(id, version) ?? stored.Find(id, version);

        public IReadOnlyList<int> Versions(string id) => [.. folder.Versions(id).Union(stored.Versions(id)).Order()];
    }
}
