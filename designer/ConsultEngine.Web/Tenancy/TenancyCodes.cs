namespace ConsultEngine.Web.Tenancy;

/// <summary>
/// The codes of provinces as tenants (CE8400–CE8419). Another province's consultation has no code of its
/// own on purpose: it answers exactly as a consultation that does not exist.
/// </summary>
public static class TenancyCodes
{
    /// <summary>The definition belongs to another province, or is a national one a province may only read (403).</summary>
    [FailsAs(FailureKind.Forbidden)]
    public const string DefinitionOfAnotherProvince = "CE8400";

    /// <summary>A province code that is not one of the 34 provinces and centrally-run cities (422).</summary>
    [FailsAs(FailureKind.Invalid)]
    public const string UnknownProvince = "CE8401";
}
