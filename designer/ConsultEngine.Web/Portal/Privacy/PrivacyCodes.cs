namespace ConsultEngine.Web.Portal.Privacy;

/// <summary>
/// The codes of personal data under Decree 13/2023/NĐ-CP (CE8220–CE8239): consent on public forms and
/// exports that carry personal data.
/// </summary>
public static class PrivacyCodes
{
    /// <summary>A public form was sent without agreeing to the privacy notice (<c>consent.privacy</c> missing or false) (422, at <c>/consent/privacy</c>).</summary>
    [FailsAs(FailureKind.Invalid)]
    public const string ConsentRequired = "CE8220";

    /// <summary>A sensitive attribute (ethnicity) was given without its own explicit consent (<c>consent.sensitive</c>) (422, at <c>/consent/sensitive</c>).</summary>
    [FailsAs(FailureKind.Invalid)]
    public const string SensitiveConsentRequired = "CE8221";

    /// <summary>An export with personal data was asked for by a user without the role that may see it (Administrators, the Standing Committee) (403).</summary>
    [FailsAs(FailureKind.Forbidden)]
    public const string PersonalExportForbidden = "CE8222";
}
