using ConsultEngine.Web.Security;

namespace ConsultEngine.Web.StaffConsole;

/// <summary>
/// Which staff roles of the web product may work a step whose definition names a role. A definition
/// names roles by its own ids (<c>council-office</c>, <c>contractor</c>...); the web product has a fixed
/// set of roles (<see cref="Roles"/>). The People's Council in session acts through its Standing
/// Committee, which records the Council's decisions; an unknown role id is worked by administrators only.
/// </summary>
internal static class DefinitionRoles
{
    private static readonly Dictionary<string, string> WebRoleOf = new(StringComparer.Ordinal)
    {
        ["standing-committee"] = Roles.StandingCommittee,
        ["people-council"] = Roles.StandingCommittee,
        ["council-office"] = Roles.CouncilOffice,
        ["working-group"] = Roles.WorkingGroup,
        ["contractor"] = Roles.ContractedOrganisation,
        ["executive"] = Roles.Executive,
    };

    /// <summary>The web role that works steps of <paramref name="definitionRole"/>, or <c>null</c> for a role the product does not know.</summary>
    public static string? WebRole(string? definitionRole) =>
        definitionRole is not null && WebRoleOf.TryGetValue(definitionRole, out var role) ? role : null;

    /// <summary>The definition role ids a web role works (the inverse of <see cref="WebRole"/>).</summary>
    public static IReadOnlyList<string> DefinitionRolesOf(string webRole) =>
        [.. WebRoleOf.Where(pair => pair.Value == webRole).Select(pair => pair.Key).Order(StringComparer.Ordinal)];
}
