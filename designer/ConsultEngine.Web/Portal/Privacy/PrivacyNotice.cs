namespace ConsultEngine.Web.Portal.Privacy;

/// <summary>
/// The privacy notice the portal shows at <see cref="Path"/>. Its <see cref="Version"/> is recorded with
/// every consent, so that what a person agreed to can be told later: change the version whenever the
/// notice's text changes in substance.
/// </summary>
public static class PrivacyNotice
{
    /// <summary>The version of the notice's text (its date).</summary>
    public const string Version = "2026-12-05";

    /// <summary>The notice's page.</summary>
    public const string Path = "/privacy";

    /// <summary>Where a person asks for their inputs to be deleted (the deletion request page).</summary>
    public const string DeletionPath = "/privacy/delete";

    /// <summary>The respondent attributes that are sensitive personal data (Decree 13/2023/NĐ-CP, art. 2(4)): given only with their own consent.</summary>
    public static IReadOnlyList<string> SensitiveAttributes { get; } = ["ethnicity", "religion"];
}
