namespace ConsultEngine.Web.Security;

/// <summary>The staff roles; their names are stored in the Identity tables and must not change.</summary>
public static class Roles
{
    public const string Administrator = "Administrator";
    public const string StandingCommittee = "StandingCommittee";
    public const string CouncilOffice = "CouncilOffice";
    public const string WorkingGroup = "WorkingGroup";
    public const string ContractedOrganisation = "ContractedOrganisation";

    /// <summary>Reads everything staff can read, changes nothing.</summary>
    public const string Executive = "Executive";

    public static IReadOnlyList<string> All { get; } =
        [Administrator, StandingCommittee, CouncilOffice, WorkingGroup, ContractedOrganisation, Executive];
}
