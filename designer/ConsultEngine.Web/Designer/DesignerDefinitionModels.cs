using ConsultEngine.Definitions.Diagnostics;
using ConsultEngine.Definitions.Model;

namespace ConsultEngine.Web.Designer;

/// <summary>Where a version is in its life.</summary>
public enum VersionState
{
    Draft,
    Published,
    Retired,
}

/// <summary>A definition and its versions, newest first.</summary>
public sealed record DefinitionEntry(string Id, LocalizedText? Title, IReadOnlyList<VersionEntry> Versions);

public sealed record VersionEntry(int Version, VersionState State, DateTimeOffset? Saved);

/// <summary>A version as stored.</summary>
public sealed record StoredVersion(ProcessDefinition Definition, VersionState State);

/// <summary>The result of a save, publish or import: the version stored, or why not (coded diagnostics).</summary>
public sealed record SaveOutcome(StoredVersion? Stored, IReadOnlyList<Diagnostic> Problems)
{
    public bool Succeeded => Stored is not null;
}
