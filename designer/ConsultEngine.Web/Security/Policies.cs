namespace ConsultEngine.Web.Security;

/// <summary>
/// The authorization policies, named by capability; pages and endpoints require a policy, never a
/// role list of their own, so that who may do what is decided here only (<see cref="RolesOf"/>).
/// </summary>
public static class Policies
{
    /// <summary>Any signed-in staff member, whatever the role.</summary>
    public const string Staff = "Staff";

    /// <summary>See definitions and their versions in the designer (and through the API).</summary>
    public const string ReadDefinitions = "ReadDefinitions";

    /// <summary>Create and change draft definitions, validate, import, simulate.</summary>
    public const string EditDefinitions = "EditDefinitions";

    /// <summary>Publish a draft as the next version, retire a version.</summary>
    public const string PublishDefinitions = "PublishDefinitions";

    /// <summary>See consultations (instances), their timelines, journals and analyses.</summary>
    public const string ReadConsultations = "ReadConsultations";

    /// <summary>Start, cancel and migrate consultations.</summary>
    public const string RunConsultations = "RunConsultations";

    /// <summary>Work the task inbox and the tools' staff pages (a contracted organisation only its assigned steps).</summary>
    public const string WorkTasks = "WorkTasks";

    /// <summary>
    /// Keep a consultation's registers: dispositions of opinions (tiếp thu, giải trình), recommendations,
    /// the executive's responses as recorded at the workshop, policy decisions and their statuses.
    /// </summary>
    public const string KeepRegisters = "KeepRegisters";

    /// <summary>Add users, give roles.</summary>
    public const string ManageUsers = "ManageUsers";

    /// <summary>See the outbox's undelivered and dead-lettered messages and retry them (administrators).</summary>
    public const string OperateOutbox = "OperateOutbox";

    /// <summary>Set how long a consultation keeps personal data (Decree 13/2023/ND-CP): administrators and the Standing Committee.</summary>
    public const string KeepPersonalData = "KeepPersonalData";

    /// <summary>The roles each policy admits.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> RolesOf { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        [Staff] = Roles.All,
        [ReadDefinitions] = [Roles.Administrator, Roles.StandingCommittee, Roles.CouncilOffice, Roles.WorkingGroup, Roles.Executive],
        [EditDefinitions] = [Roles.Administrator],
        [PublishDefinitions] = [Roles.Administrator, Roles.StandingCommittee],
        [ReadConsultations] = [Roles.Administrator, Roles.StandingCommittee, Roles.CouncilOffice, Roles.WorkingGroup, Roles.Executive],
        [RunConsultations] = [Roles.Administrator, Roles.StandingCommittee, Roles.CouncilOffice],
        [WorkTasks] = [Roles.Administrator, Roles.StandingCommittee, Roles.CouncilOffice, Roles.WorkingGroup, Roles.ContractedOrganisation],
        [KeepRegisters] = [Roles.Administrator, Roles.StandingCommittee, Roles.CouncilOffice, Roles.WorkingGroup],
        [ManageUsers] = [Roles.Administrator],
        [OperateOutbox] = [Roles.Administrator],
        [KeepPersonalData] = [Roles.Administrator, Roles.StandingCommittee],
    };
}
