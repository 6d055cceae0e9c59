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

    /// <summary>
    /// A province's administrator keeps accounts in its own province only (403): it cannot make an account
    /// national or another province's, by creating it or by moving it.
    /// </summary>
    [FailsAs(FailureKind.Forbidden)]
    public const string AccountOutsideProvince = "CE8402";

    /// <summary>The organisation's accounts all work for other provinces than the consultation's (422): none of them could see it.</summary>
    [FailsAs(FailureKind.Invalid)]
    public const string OrganisationOfAnotherProvince = "CE8403";

    /// <summary>The account could not be created: the user name is taken or not allowed (422).</summary>
    [FailsAs(FailureKind.Invalid)]
    public const string AccountNotCreated = "CE8404";
}
