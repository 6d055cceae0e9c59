using ConsultEngine.Web.Testing.Portal;
using static ConsultEngine.Web.Security.Roles;

namespace ConsultEngine.Web.Tests.Authorization;

/// <summary>
/// THE access table of the pages: every routable component (<c>@page</c>) and the roles that may open it.
/// A test fails when a component declares a route missing here (add its row with your page), when a row
/// names a route no component declares, and when a role (or no sign-in) gets another answer: an admitted
/// caller gets the page (200), anyone else is sent to the sign-in page when not signed in and refused
/// (403, or sent to the access-denied page) when signed in. Roles are spelt out on purpose: this table is
/// the specification, not a copy of <c>Policies</c>.
/// </summary>
internal static class PageAccessTable
{
    private const IReadOnlySet<string>? Anyone = null;
    private static readonly IReadOnlySet<string> AllStaff = Set(Administrator, StandingCommittee, CouncilOffice, WorkingGroup, ContractedOrganisation, Executive);
    private static readonly IReadOnlySet<string> ReadDefinitions = Set(Administrator, StandingCommittee, CouncilOffice, WorkingGroup, Executive);
    private static readonly IReadOnlySet<string> ReadConsultations = Set(Administrator, StandingCommittee, CouncilOffice, WorkingGroup, Executive);
    private static readonly IReadOnlySet<string> RunConsultations = Set(Administrator, StandingCommittee, CouncilOffice);
    private static readonly IReadOnlySet<string> WorkTasks = Set(Administrator, StandingCommittee, CouncilOffice, WorkingGroup, ContractedOrganisation);

    public static IReadOnlyList<PageAccessRow> Rows { get; } =
    [
        // --- public portal: no sign-in (static server rendering)
        new("/", "/", Anyone),
        new("/consultations/{InstanceId:guid}", "/consultations/{instance}", Anyone),
        new("/consultations/{InstanceId:guid}/steps/{StepId}", $"/consultations/{{instance}}/steps/{PortalSeed.SurveyStep}", Anyone),
        new("/consultations/{InstanceId:guid}/thanks/{StepId}", $"/consultations/{{instance}}/thanks/{PortalSeed.SurveyStep}", Anyone),
        // Anyone may read published results; the seeded consultation's are not published, so every caller gets 404 alike.
        new("/consultations/{InstanceId:guid}/results", "/consultations/{instance}/results", Anyone) { Admitted = System.Net.HttpStatusCode.NotFound },

        // --- account and error pages
        new("/account/login", "/account/login", Anyone),
        new("/account/access-denied", "/account/access-denied", Anyone),
        new("/account/change-password", "/account/change-password", AllStaff),
        // Opened directly they answer 200; a missing page or a refusal re-executes them with its own status.
        new("/not-found", "/not-found", Anyone),
        new("/error/{Status:int}", "/error/404", Anyone),

        // --- console
        new("/console", "/console", AllStaff),
        new("/console/consultations", "/console/consultations", ReadConsultations),
        new("/console/consultations/new", "/console/consultations/new", RunConsultations),
        new("/console/consultations/{Id:guid}", "/console/consultations/{instance}", ReadConsultations),
        new("/console/inbox", "/console/inbox", WorkTasks),
        // A task is worked by its step's role (comment-period: the Council Office) and the administrator; other task workers are refused.
        new("/console/consultations/{Id:guid}/tasks/{StepId}", "/console/consultations/{instance}/tasks/comment-period", Set(Administrator, CouncilOffice)),
        // The seeded survey is assigned to no organisation: a contracted organisation may not open it.
        new("/console/consultations/{Id:guid}/tools/{StepId}", $"/console/consultations/{{instance}}/tools/{PortalSeed.SurveyStep}", Set(Administrator, StandingCommittee, CouncilOffice, WorkingGroup, Executive)),

        // --- designer
        new("/designer", "/designer", ReadDefinitions),
        new("/designer/{Id}/{Version:int}", "/designer/hdnd.standard/1", ReadDefinitions),
        new("/designer/{Id}/versions", "/designer/hdnd.standard/versions", ReadDefinitions),
        new("/designer/{Id}/compare/{From:int}/{To:int}", "/designer/hdnd.standard/compare/1/0", ReadDefinitions),
        new("/designer/{Id}/{Version:int}/overlay", "/designer/hdnd.da-nang/1/overlay", ReadDefinitions),

        // --- console: a consultation's registers (read by whoever reads consultations; the forms only for those who keep the registers)
        new("/console/consultations/{Id:guid}/register", "/console/consultations/{instance}/register", ReadConsultations),
        new("/console/consultations/{Id:guid}/recommendations", "/console/consultations/{instance}/recommendations", ReadConsultations),
        new("/console/consultations/{Id:guid}/decisions", "/console/consultations/{instance}/decisions", ReadConsultations),
        new("/console/consultations/{Id:guid}/trace", "/console/consultations/{instance}/trace", ReadConsultations),
        // --- console: report versions of a consultation
        new("/console/consultations/{Id:guid}/reports", "/console/consultations/{instance}/reports", ReadConsultations),
        // --- console: a consultation's codebook (read by whoever reads consultations; coding only for those who keep the registers)
        new("/console/consultations/{Id:guid}/codebook", "/console/consultations/{instance}/codebook", ReadConsultations),
        // --- console: the outbox's undelivered and dead-lettered notifications (administrators)
        new("/console/outbox", "/console/outbox", Set(Administrator)),

        // --- console: accounts (disable, enable, remove a role) for administrators only
        new("/console/users", "/console/users", Set(Administrator)),

        // --- account: two-factor sign-in (the code step follows the password, anyone may open it; every staff member may enrol)
        new("/account/login-2fa", "/account/login-2fa", Anyone),
        new("/account/two-factor", "/account/two-factor", AllStaff),
        // --- portal: the privacy notice (Decree 13/2023/NĐ-CP)
        new("/privacy", "/privacy", Anyone),
        // --- portal: a person deletes their inputs with the one-time code of their receipt (works without JavaScript)
        new("/privacy/delete", "/privacy/delete", Anyone),
    ];

    private static HashSet<string> Set(params string[] roles) => new(roles, StringComparer.Ordinal);
}
