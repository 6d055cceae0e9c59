using System.Security.Claims;
using ConsultEngine.Web.Security;

namespace ConsultEngine.Web.StaffConsole;

/// <summary>What the console needs to know about the signed-in staff member.</summary>
internal sealed record StaffUser(string Actor, IReadOnlySet<string> Roles, string? Organisation)
{
    /// <summary>
    /// The claim naming a contracted organisation's user's organisation; web-core's claims factory
    /// adds it from the user record (the same claim type).
    /// </summary>
    public const string OrganisationClaim = "ce:organisation";

    public static StaffUser From(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var roles = Security.Roles.All.Where(principal.IsInRole).ToHashSet(StringComparer.Ordinal);
        var organisation = principal.FindFirst(OrganisationClaim)?.Value;
        return new StaffUser(principal.Identity?.Name ?? "unknown", roles, string.IsNullOrWhiteSpace(organisation) ? null : organisation.Trim())
        {
            Province = Tenancy.StaffProvince.Of(principal),
        };
    }

    /// <summary>The province the user works for, or <see langword="null"/> for the national level (sees every province).</summary>
    public string? Province { get; init; }

    public bool IsAdministrator => Roles.Contains(Security.Roles.Administrator);

    /// <summary>
    /// Whether the user works tool steps only as a contracted organisation: no other role that works
    /// tasks. Such a user sees only the tool steps assigned to its organisation.
    /// </summary>
    public bool IsContractorOnly =>
        Roles.Contains(Security.Roles.ContractedOrganisation)
        && !Roles.Any(role => role != Security.Roles.ContractedOrganisation && Policies.RolesOf[Policies.WorkTasks].Contains(role));

    /// <summary>Whether the user may complete a human step of <paramref name="definitionRole"/> (administrators may complete any).</summary>
    public bool MayWork(string? definitionRole) =>
        IsAdministrator || (DefinitionRoles.WebRole(definitionRole) is { } role && Roles.Contains(role));
}
