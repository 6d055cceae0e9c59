using ConsultEngine.Definitions.Diagnostics;
using ConsultEngine.Persistence.Definitions;

namespace ConsultEngine.Hosting.Definitions;

/// <summary>A definition id as the designer lists it: what it is, its versions and its draft.</summary>
public sealed record DefinitionSummary(
    string Id,
    DefinitionKind Kind,
    string? TitleVi,
    string? TitleEn,
    string? BaseId,
    int? BaseVersion,
    IReadOnlyList<DefinitionVersionInfo> Versions,
    DraftInfo? Draft)
{
    /// <summary>The highest version new instances may start on, or <c>null</c>.</summary>
    public int? LatestPublished => LatestPublishedRule.Of(Versions.Select(v => (v.Version, v.State)));

    /// <summary>The number the draft gets when it is published: one past the highest stored version, retired ones included.</summary>
    public int NextVersion => Versions.Select(v => v.Version).DefaultIfEmpty(0).Max() + 1;
}

/// <summary>One published or retired version.</summary>
public sealed record DefinitionVersionInfo(
    string DefinitionId,
    int Version,
    DefinitionVersionState State,
    DefinitionKind Kind,
    string? BaseId,
    int? BaseVersion,
    string? TitleVi,
    string? TitleEn,
    string? Origin,
    string? PublishedBy,
    DateTimeOffset? PublishedAt,
    string? RetiredBy,
    DateTimeOffset? RetiredAt)
{
    internal static DefinitionVersionInfo From(StoredDefinitionVersion v) => new(
        v.DefinitionId, v.Version, v.State, v.Header.Kind, v.Header.BaseId, v.Header.BaseVersion, v.Header.TitleVi, v.Header.TitleEn,
        v.Origin, v.PublishedBy, v.PublishedAt, v.RetiredBy, v.RetiredAt);
}

/// <summary>The draft of a definition id: send <see cref="Revision"/> back with the next save.</summary>
public sealed record DraftInfo(
    string DefinitionId,
    long Revision,
    DefinitionKind Kind,
    int? BasedOnVersion,
    string? Origin,
    string CreatedBy,
    DateTimeOffset CreatedAt,
    string SavedBy,
    DateTimeOffset SavedAt)
{
    internal static DraftInfo From(StoredDefinitionVersion v) =>
        new(v.DefinitionId, v.Revision, v.Header.Kind, v.BasedOnVersion, v.Origin, v.CreatedBy, v.CreatedAt, v.SavedBy, v.SavedAt);
}

/// <summary>A draft with its text, as saved.</summary>
public sealed record DraftDocument(DraftInfo Draft, string Json);

/// <summary>What a save (or a new draft) did: the draft as stored, and every diagnostic of its text (a draft with errors is saved all the same).</summary>
public sealed record DraftSaveResult(DraftInfo Draft, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool IsValid => !Diagnostics.Any(d => d.IsError);
}

/// <summary>A version's JSON text as stored, with the file name the definitions folder would give it.</summary>
public sealed record ExportedDefinition(string FileName, string Json);

/// <summary>What seeding one file of the definitions folder did: its outcome, or the diagnostics that kept it out.</summary>
public sealed record SeedEntry(string File, string? DefinitionId, int? Version, SeedOutcome? Outcome, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The code to report: CE8507 for a conflict, the first error's code for a file left out, else <c>null</c>.</summary>
    public string? Code => Outcome == SeedOutcome.Conflict ? DefinitionStoreCodes.SeedConflict : Diagnostics.FirstOrDefault(d => d.IsError)?.Code;
}
