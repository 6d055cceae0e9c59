using System.Text.Json;
using ConsultEngine.Definitions;
using ConsultEngine.Definitions.Diagnostics;
using ConsultEngine.Definitions.Model;
using ConsultEngine.Definitions.StepTypes;
using ConsultEngine.Definitions.Validation;
using ConsultEngine.Web.Hosting;

namespace ConsultEngine.Web.Designer;

/// <summary>
/// The designer's library until the durable version store lands: the definitions folder's plain
/// definitions are the published versions (read only; overlays are not listed), and the designer's
/// own drafts and publications are JSON files in a <c>designer/</c> folder beside the database, so
/// the repository's files are never written and no edit is lost on a restart.
/// </summary>
internal sealed class FolderDesignerLibrary : IDesignerLibrary, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly string _definitionsFolder;
    private readonly string _drafts;
    private readonly string _published;
    private readonly DefinitionValidator _validator;

    // The definitions folder is read only for the designer: read once, on first use.
    private readonly Lazy<IReadOnlyList<ProcessDefinition>> _repository;

    public FolderDesignerLibrary(WebDataPaths paths, IStepTypeRegistry stepTypes)
    {
        _definitionsFolder = paths.DefinitionsPath;
        var root = Path.Combine(Path.GetDirectoryName(paths.DatabasePath)!, "designer");
        _drafts = Directory.CreateDirectory(Path.Combine(root, "drafts")).FullName;
        _published = Directory.CreateDirectory(Path.Combine(root, "published")).FullName;
        _validator = new DefinitionValidator(stepTypes);
        _repository = new(() => ReadFolder(_definitionsFolder));
    }

    public async Task<IReadOnlyList<DefinitionEntry>> ListAsync(CancellationToken cancellationToken = default)
    {
        var all = await AllAsync(cancellationToken).ConfigureAwait(false);
        return [.. all.GroupBy(v => v.Stored.Definition.Id, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new DefinitionEntry(
                g.Key,
                g.OrderByDescending(v => v.Stored.Definition.Version).First().Stored.Definition.Title,
                [.. g.OrderByDescending(v => v.Stored.Definition.Version).Select(v => new VersionEntry(v.Stored.Definition.Version, v.Stored.State, v.Saved))]))];
    }

    public async Task<StoredVersion?> OpenAsync(string id, int version, CancellationToken cancellationToken = default) =>
        (await AllAsync(cancellationToken).ConfigureAwait(false)).FirstOrDefault(v => v.Stored.Definition.Id == id && v.Stored.Definition.Version == version)?.Stored;

    public async Task<StoredVersion?> DraftFromAsync(string id, int version, CancellationToken cancellationToken = default)
    {
        var all = (await AllAsync(cancellationToken).ConfigureAwait(false)).Where(v => v.Stored.Definition.Id == id).Select(v => v.Stored).ToList();
        var source = all.FirstOrDefault(v => v.Definition.Version == version);
        if (source is null)
        {
            return null;
        }

        if (source.State == VersionState.Draft)
        {
            return source;
        }

        if (all.FirstOrDefault(v => v.State == VersionState.Draft) is { } existing)
        {
            return existing;
        }

        var draft = new StoredVersion(source.Definition with { Version = all.Max(v => v.Definition.Version) + 1 }, VersionState.Draft);
        await WriteAsync(_drafts, draft.Definition, cancellationToken).ConfigureAwait(false);
        return draft;
    }

    public async Task<SaveOutcome> SaveDraftAsync(ProcessDefinition draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var existing = await OpenAsync(draft.Id, draft.Version, cancellationToken).ConfigureAwait(false);
        if (existing is { State: not VersionState.Draft })
        {
            return Refused(DesignerCodes.VersionNotDraft, $"{draft.Id} version {draft.Version} is {existing.State.ToString().ToLowerInvariant()}; only a draft can be saved.");
        }

        await WriteAsync(_drafts, draft, cancellationToken).ConfigureAwait(false);
        return new SaveOutcome(new StoredVersion(draft, VersionState.Draft), []);
    }

    public async Task<SaveOutcome> PublishAsync(string id, int version, CancellationToken cancellationToken = default)
    {
        var existing = await OpenAsync(id, version, cancellationToken).ConfigureAwait(false);
        if (existing is not { State: VersionState.Draft })
        {
            return Refused(DesignerCodes.VersionNotDraft, $"{id} version {version} is not a draft.");
        }

        var problems = _validator.Validate(existing.Definition);
        if (problems.Any(d => d.IsError))
        {
            return new SaveOutcome(null, problems);
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await File.WriteAllTextAsync(FileOf(_published, id, version), DefinitionJson.Serialize(existing.Definition), cancellationToken).ConfigureAwait(false);
            File.Delete(FileOf(_drafts, id, version));
        }
        finally
        {
            _gate.Release();
        }

        return new SaveOutcome(new StoredVersion(existing.Definition, VersionState.Published), problems);
    }

    public async Task<SaveOutcome> ImportAsync(string json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(json);
        var result = _validator.ValidateText(json);
        if (result.Definition is not { } definition || definition.Id.Length == 0)
        {
            return new SaveOutcome(null, result.Diagnostics.Count > 0 ? result.Diagnostics : [Problem(DesignerCodes.NotADefinition, "The document is not a process definition.")]);
        }

        var versions = (await AllAsync(cancellationToken).ConfigureAwait(false)).Where(v => v.Stored.Definition.Id == definition.Id).ToList();
        var draft = versions.FirstOrDefault(v => v.Stored.State == VersionState.Draft)?.Stored.Definition.Version
            ?? (versions.Count == 0 ? Math.Max(1, definition.Version) : versions.Max(v => v.Stored.Definition.Version) + 1);
        var imported = definition with { Version = draft };
        await WriteAsync(_drafts, imported, cancellationToken).ConfigureAwait(false);
        return new SaveOutcome(new StoredVersion(imported, VersionState.Draft), result.Diagnostics);
    }

    public void Dispose() => _gate.Dispose();

    private async Task WriteAsync(string folder, ProcessDefinition definition, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Written beside, then moved over: a crash mid-write never leaves half a draft.
            var target = FileOf(folder, definition.Id, definition.Version);
            var temporary = target + ".tmp";
            await File.WriteAllTextAsync(temporary, DefinitionJson.Serialize(definition), cancellationToken).ConfigureAwait(false);
            File.Move(temporary, target, overwrite: true);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<List<Entry>> AllAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var all = new List<Entry>();
            var seen = new HashSet<(string, int)>();
            void Add(string file, VersionState state, bool timed)
            {
                if (Read(file) is { } definition && seen.Add((definition.Id, definition.Version)))
                {
                    all.Add(new Entry(new StoredVersion(definition, state), timed ? new DateTimeOffset(File.GetLastWriteTimeUtc(file), TimeSpan.Zero) : null));
                }
            }

            foreach (var file in Directory.EnumerateFiles(_published, "*.json").Order(StringComparer.Ordinal))
            {
                Add(file, VersionState.Published, timed: true);
            }

            foreach (var definition in _repository.Value.Where(d => seen.Add((d.Id, d.Version))))
            {
                all.Add(new Entry(new StoredVersion(definition, VersionState.Published), null));
            }

            foreach (var file in Directory.EnumerateFiles(_drafts, "*.json").Order(StringComparer.Ordinal))
            {
                Add(file, VersionState.Draft, timed: true);
            }

            return all;
        }
        finally
        {
            _gate.Release();
        }
    }

    private static List<ProcessDefinition> ReadFolder(string folder) =>
        !Directory.Exists(folder) ? [] :
        [.. Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".schema.json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(Read)
            .OfType<ProcessDefinition>()];

    /// <summary>A plain definition from a file; overlays, unreadable and malformed files are not part of the library.</summary>
    private static ProcessDefinition? Read(string file)
    {
        try
        {
            var json = File.ReadAllText(file);
            using (var document = JsonDocument.Parse(json))
            {
                if (document.RootElement.ValueKind != JsonValueKind.Object || document.RootElement.TryGetProperty("extends", out _))
                {
                    return null;
                }
            }

            var definition = DefinitionJson.DeserializeDefinition(json);
            return definition.Id.Length > 0 ? definition : null;
        }
        catch (Exception ex) when (ex is IOException or JsonException or DefinitionFormatException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private sealed record Entry(StoredVersion Stored, DateTimeOffset? Saved);

    private static string FileOf(string folder, string id, int version) => Path.Combine(folder, $"{id}.v{version}.json");

    private static Diagnostic Problem(DiagnosticDescriptor code, string message) => new(code.Code, code.Severity, message, string.Empty, 0, 0);

    private static SaveOutcome Refused(DiagnosticDescriptor code, string message) => new(null, [Problem(code, message)]);
}
