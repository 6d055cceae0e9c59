namespace ConsultEngine.Persistence.Definitions;

/// <summary>
/// Codes of the definition store's refusals (CE85xx), next to the validator's catalogue
/// (<c>DiagnosticCodes</c>) and the runtime's (<c>RuntimeCodes</c>). Stable: never reused.
/// </summary>
public static class DefinitionStoreCodes
{
    /// <summary>The draft was saved by someone else since the revision the caller edited; nothing was written.</summary>
    [FailsAs(FailureKind.Conflict)]
    public const string DraftRevisionConflict = "CE8501";

    /// <summary>The definition already has a draft (there is at most one per definition id).</summary>
    [FailsAs(FailureKind.Conflict)]
    public const string DraftExists = "CE8502";

    /// <summary>The definition has no draft.</summary>
    [FailsAs(FailureKind.NotFound)]
    public const string DraftNotFound = "CE8503";

    /// <summary>No such definition id or version is stored.</summary>
    [FailsAs(FailureKind.NotFound)]
    public const string VersionNotFound = "CE8504";

    /// <summary>The draft has errors and was not published; the exception carries every diagnostic.</summary>
    public const string PublishRefused = "CE8505";

    /// <summary>Only a published version can be retired (it is a draft, or retired already).</summary>
    [FailsAs(FailureKind.Conflict)]
    public const string NotPublished = "CE8506";

    /// <summary>A seeded file names an id and version already stored with other content; the stored one is kept.</summary>
    [FailsAs(FailureKind.Conflict)]
    public const string SeedConflict = "CE8507";

    /// <summary>The draft's JSON names another definition id than the draft belongs to.</summary>
    public const string DraftIdMismatch = "CE8508";

    /// <summary>Imported text cannot be read as a definition document; the exception carries the diagnostics with their positions.</summary>
    public const string ImportInvalid = "CE8509";

    /// <summary>A version cannot be compared: it is not stored, or its document cannot be read.</summary>
    public const string NotComparable = "CE8510";
}
