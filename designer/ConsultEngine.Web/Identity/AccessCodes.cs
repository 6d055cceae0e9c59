namespace ConsultEngine.Web.Identity;

/// <summary>
/// The codes of who may do what beyond the roles (CE9990–CE9999): contracted organisations held to
/// their consultations, passwords refused for being common, and the administration of accounts.
/// </summary>
public static class AccessCodes
{
    /// <summary>A contractor task of a consultation none of whose tool steps is assigned to the user's organisation (403).</summary>
    [FailsAs(FailureKind.Forbidden)]
    public const string ContractorTaskNotAssigned = "CE9990";

    /// <summary>The password is one of the most common passwords (422): it would fall to the first guesses of an attacker.</summary>
    [FailsAs(FailureKind.Invalid)]
    public const string CommonPassword = "CE9991";

    /// <summary>There is no user with this name (404).</summary>
    [FailsAs(FailureKind.NotFound)]
    public const string UserNotFound = "CE9992";

    /// <summary>The role named is not one of the product's roles, or the user does not have it (422).</summary>
    [FailsAs(FailureKind.Invalid)]
    public const string UnknownRole = "CE9993";

    /// <summary>
    /// An administrator may not disable their own account nor remove their own administrator role (409):
    /// the installation could be left without anyone able to manage users.
    /// </summary>
    [FailsAs(FailureKind.Conflict)]
    public const string CannotLockOutSelf = "CE9994";

    /// <summary>
    /// The user store refused a change to an account (409): disabling or enabling it, its province, its
    /// two-factor sign-in. Another change to the same account came first, or the store failed; nothing
    /// of this change was kept. The store's own words follow the code.
    /// </summary>
    [FailsAs(FailureKind.Conflict)]
    public const string AccountNotChanged = "CE9995";
}
