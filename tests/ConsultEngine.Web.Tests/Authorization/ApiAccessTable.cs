using ConsultEngine.Web.Testing;
using static ConsultEngine.Web.Security.Roles;
using static ConsultEngine.Web.Tests.Authorization.ApiAccessRow;

namespace ConsultEngine.Web.Tests.Authorization;

/// <summary>
/// THE authorization table of the API: every endpoint under <c>/api</c> and the roles it admits. A test
/// fails when the host maps an endpoint missing here (add its row with your endpoint), when a row names an
/// endpoint the host no longer maps, and when any role (or no sign-in) gets another answer than the row
/// says: an admitted caller never gets 401/403 (nor a 5xx), anyone else gets 401 without sign-in and 403 with it.
/// Roles are spelt out per row on purpose: this table is the specification, not a copy of <c>Policies</c>.
/// </summary>
internal static class ApiAccessTable
{
    private const IReadOnlySet<string>? Anyone = null;
    private static readonly IReadOnlySet<string> AllStaff = Set(Administrator, StandingCommittee, CouncilOffice, WorkingGroup, ContractedOrganisation, Executive);

    public static IReadOnlyList<ApiAccessRow> Rows { get; } =
    [
        // --- foundation: system, sign-in, users, reference
        new("GET", "/api/health", "/api/health", Anyone, NoBody),
        new("POST", "/api/auth/login", "/api/auth/login", Anyone, JsonBody(new { userName = TestUsers.UserName(Executive), password = TestUsers.Password(Executive) })),
        new("GET", "/api/auth/me", "/api/auth/me", AllStaff, NoBody),
        // A wrong current password: admitted callers get 400 and no password changes.
        new("POST", "/api/auth/change-password", "/api/auth/change-password", AllStaff, JsonBody(new { currentPassword = "not-the-password", newPassword = "Another-Passw0rd-9" })),
        new("POST", "/api/auth/logout", "/api/auth/logout", AllStaff, NoBody),
        new("GET", "/api/users", "/api/users", Set(Administrator), NoBody),
        new("GET", "/api/reference/{documentName?}", "/api/reference/v1", Anyone, NoBody),
        new("GET", "/api/reference/scalar.js", "/api/reference/scalar.js", Anyone, NoBody),
        new("GET", "/api/reference/scalar.aspnetcore.js", "/api/reference/scalar.aspnetcore.js", Anyone, NoBody),
        new("GET", "/api/reference/favicon.svg", "/api/reference/favicon.svg", Anyone, NoBody),
    ];

    private static HashSet<string> Set(params string[] roles) => new(roles, StringComparer.Ordinal);
}
