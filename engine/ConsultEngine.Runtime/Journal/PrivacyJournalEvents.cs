namespace ConsultEngine.Runtime.Journal;

/// <summary>Journal events about a consultation's personal data (Decree 13/2023/ND-CP). Their data are counts and settings, never content.</summary>
public static class PrivacyJournalEvents
{
    /// <summary>Staff set the consultation's retention period: <c>{ months, previous }</c>.</summary>
    public const string RetentionSet = "privacy-retention-set";

    /// <summary>The aggregated results were kept and the personal data erased: <c>{ inputs, contacts, deletionCodes, toolRecords }</c>.</summary>
    public const string PersonalDataErased = "personal-data-erased";

    /// <summary>A person used their one-time code to delete their inputs: <c>{ step, inputs }</c>.</summary>
    public const string InputsDeletedOnRequest = "inputs-deleted-on-request";
}
