namespace ConsultEngine.Persistence.Definitions;

/// <summary>A row of <c>definition_versions</c>: one version of a definition id, the draft at version 0.</summary>
internal sealed class DefinitionVersionRow
{
    public string DefinitionId { get; set; } = string.Empty;

    public int Version { get; set; }

    public DefinitionVersionState State { get; set; }

    public DefinitionKind Kind { get; set; }

    public string? BaseId { get; set; }

    public int? BaseVersion { get; set; }

    public string? TitleVi { get; set; }

    public string? TitleEn { get; set; }

    public string Json { get; set; } = string.Empty;

    public long Revision { get; set; }

    public int? BasedOnVersion { get; set; }

    public string? Origin { get; set; }

    public string CreatedBy { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }

    public string SavedBy { get; set; } = string.Empty;

    public DateTimeOffset SavedAt { get; set; }

    public string? PublishedBy { get; set; }

    public DateTimeOffset? PublishedAt { get; set; }

    public string? RetiredBy { get; set; }

    public DateTimeOffset? RetiredAt { get; set; }

    public StoredDefinitionVersion ToRecord() => new()
    {
        DefinitionId = DefinitionId,
        Version = Version,
        State = State,
        Header = new DefinitionHeader(Kind, BaseId, BaseVersion, TitleVi, TitleEn),
        Json = Json,
        Revision = Revision,
        BasedOnVersion = BasedOnVersion,
        Origin = Origin,
        CreatedBy = CreatedBy,
        CreatedAt = CreatedAt,
        SavedBy = SavedBy,
        SavedAt = SavedAt,
        PublishedBy = PublishedBy,
        PublishedAt = PublishedAt,
        RetiredBy = RetiredBy,
        RetiredAt = RetiredAt,
    };

    public void CopyFrom(StoredDefinitionVersion record)
    {
        DefinitionId = record.DefinitionId;
        Version = record.Version;
        State = record.State;
        Kind = record.Header.Kind;
        BaseId = record.Header.BaseId;
        BaseVersion = record.Header.BaseVersion;
        TitleVi = record.Header.TitleVi;
        TitleEn = record.Header.TitleEn;
        Json = record.Json;
        Revision = record.Revision;
        BasedOnVersion = record.BasedOnVersion;
        Origin = record.Origin;
        CreatedBy = record.CreatedBy;
        CreatedAt = record.CreatedAt;
        SavedBy = record.SavedBy;
        SavedAt = record.SavedAt;
        PublishedBy = record.PublishedBy;
        PublishedAt = record.PublishedAt;
        RetiredBy = record.RetiredBy;
        RetiredAt = record.RetiredAt;
    }
}
