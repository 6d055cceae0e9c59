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
    private static readonly IReadOnlySet<string> ReadDefinitions = Set(Administrator, StandingCommittee, CouncilOffice, WorkingGroup, Executive);
    private static readonly IReadOnlySet<string> ReadConsultations = Set(Administrator, StandingCommittee, CouncilOffice, WorkingGroup, Executive);
    private static readonly IReadOnlySet<string> RunConsultations = Set(Administrator, StandingCommittee, CouncilOffice);
    private static readonly IReadOnlySet<string> WorkTasks = Set(Administrator, StandingCommittee, CouncilOffice, WorkingGroup, ContractedOrganisation);
    private static readonly IReadOnlySet<string> KeepRegisters = Set(Administrator, StandingCommittee, CouncilOffice, WorkingGroup);
    private const string NoInstance = "00000000-0000-7000-8000-000000000001";

    public static IReadOnlyList<ApiAccessRow> Rows { get; } =
    [
        // --- foundation: system, sign-in, users, reference
        new("GET", "/api/health", "/api/health", Anyone, NoBody),
        new("POST", "/api/auth/login", "/api/auth/login", Anyone, JsonBody(new { userName = TestUsers.UserName(Executive), password = TestUsers.Password(Executive) })),
        new("GET", "/api/auth/me", "/api/auth/me", AllStaff, NoBody),
        // A wrong current password: admitted callers get 400 and no password changes.
        new("POST", "/api/auth/change-password", "/api/auth/change-password", AllStaff, JsonBody(new { currentPassword = "not-the-password", newPassword = "Another-Passw0rd-9" })),
        new("POST", "/api/auth/logout", "/api/auth/logout", AllStaff, NoBody) { SignsOut = true },
        new("GET", "/api/users", "/api/users", Set(Administrator), NoBody),
        // An unknown role: admitted callers get 422 (CE9993), no account is made.
        new("POST", "/api/users", "/api/users", Set(Administrator), JsonBody(new { userName = "no-such-user", roles = new[] { "NoSuchRole" } })),
        new("GET", "/api/reference/{documentName?}", "/api/reference/v1", Anyone, NoBody),
        new("GET", "/api/reference/scalar.js", "/api/reference/scalar.js", Anyone, NoBody),
        new("GET", "/api/reference/scalar.aspnetcore.js", "/api/reference/scalar.aspnetcore.js", Anyone, NoBody),
        new("GET", "/api/reference/favicon.svg", "/api/reference/favicon.svg", Anyone, NoBody),

        // --- portal: the public read and write side (anonymous; the write side rate limited). The sample
        // consultation does not exist, so every caller gets the same 404 problem details (CE9950).
        new("GET", "/api/consultations", "/api/consultations", Anyone, NoBody),
        new("GET", "/api/consultations/{instanceId}", "/api/consultations/6a1f3c52-9d0e-4b7a-8f21-3c5d7e9a0b14", Anyone, NoBody),
        new("GET", "/api/consultations/{instanceId}/results", "/api/consultations/6a1f3c52-9d0e-4b7a-8f21-3c5d7e9a0b14/results", Anyone, NoBody),
        new("GET", "/api/consultations/{instanceId}/steps/{stepId}", "/api/consultations/6a1f3c52-9d0e-4b7a-8f21-3c5d7e9a0b14/steps/run-survey", Anyone, NoBody),
        new("POST", "/api/consultations/{instanceId}/steps/{stepId}/submissions", "/api/consultations/6a1f3c52-9d0e-4b7a-8f21-3c5d7e9a0b14/steps/run-survey/submissions", Anyone, JsonBody(new { answers = new { collected = "yes" }, consent = new { privacy = true } })),
        new("POST", "/api/consultations/{instanceId}/steps/{stepId}/registrations", "/api/consultations/6a1f3c52-9d0e-4b7a-8f21-3c5d7e9a0b14/steps/run-public-hearing/registrations", Anyone, JsonBody(new { sessionId = "s1", fullName = "Nguyễn Văn A", consent = new { privacy = true } })),
        new("POST", "/api/consultations/{instanceId}/steps/{stepId}/forms/{formId}/evaluate", "/api/consultations/6a1f3c52-9d0e-4b7a-8f21-3c5d7e9a0b14/steps/run-survey/forms/main/evaluate", Anyone, JsonBody(new { answers = new { collected = "yes" } })),
        new("POST", "/api/consultations/{instanceId}/steps/{stepId}/forms/{formId}", "/api/consultations/6a1f3c52-9d0e-4b7a-8f21-3c5d7e9a0b14/steps/run-survey/forms/main", Anyone, JsonBody(new { answers = new { collected = "yes" }, consent = new { privacy = true } })),

        // --- console: definitions, instances, tasks, tool steps, assignments (samples name nothing that exists: admitted callers get 404/422, nothing changes)
        new("GET", "/api/definitions", "/api/definitions", ReadDefinitions, NoBody),
        new("GET", "/api/definitions/{definitionId}", "/api/definitions/no-such-definition", ReadDefinitions, NoBody),
        new("GET", "/api/definitions/{definitionId}/versions/{version}", "/api/definitions/no-such-definition/versions/1", ReadDefinitions, NoBody),
        new("GET", "/api/definitions/{definitionId}/versions/{version}/export", "/api/definitions/no-such-definition/versions/1/export", ReadDefinitions, NoBody),
        new("POST", "/api/definitions/validate", "/api/definitions/validate", Set(Administrator), JsonBody(new { schemaVersion = 1 })),
        new("POST", "/api/definitions/import", "/api/definitions/import", Set(Administrator), JsonBody(new { schemaVersion = 1 })),
        // A definition with nothing published: admitted callers get 404 (CE9937), nothing runs.
        new("POST", "/api/definitions/{definitionId}/simulate", "/api/definitions/no-such-definition/simulate", Set(Administrator), JsonBody(new { })),
        new("POST", "/api/definitions/{definitionId}/draft/publish", "/api/definitions/no-such-definition/draft/publish", Set(Administrator, StandingCommittee), JsonBody(new { revision = 1 })),
        // --- designer: version management (compare, overlay changes, retire, discard); nothing named exists, admitted callers get 404/400
        new("GET", "/api/definitions/{definitionId}/compare", "/api/definitions/no-such-definition/compare?from=1&to=2", ReadDefinitions, NoBody),
        new("GET", "/api/definitions/{definitionId}/versions/{version}/overlay-changes", "/api/definitions/no-such-definition/versions/1/overlay-changes", ReadDefinitions, NoBody),
        new("POST", "/api/definitions/{definitionId}/versions/{version}/retire", "/api/definitions/no-such-definition/versions/1/retire", Set(Administrator, StandingCommittee), NoBody),
        new("DELETE", "/api/definitions/{definitionId}/draft", "/api/definitions/no-such-definition/draft", Set(Administrator), NoBody),
        new("GET", "/api/instances", "/api/instances", ReadConsultations, NoBody),
        new("POST", "/api/instances", "/api/instances", RunConsultations, JsonBody(new { definitionId = "no-such-definition" })),
        new("GET", "/api/instances/{instanceId}", $"/api/instances/{NoInstance}", ReadConsultations, NoBody),
        new("GET", "/api/instances/{instanceId}/journal", $"/api/instances/{NoInstance}/journal", ReadConsultations, NoBody),
        new("GET", "/api/instances/{instanceId}/steps/{stepId}/records", $"/api/instances/{NoInstance}/steps/select-issues/records", ReadConsultations, NoBody),
        new("POST", "/api/instances/{instanceId}/steps/{stepId}/complete", $"/api/instances/{NoInstance}/steps/select-issues/complete", WorkTasks, JsonBody(new { outcome = "selected" })),
        new("POST", "/api/instances/{instanceId}/suspend", $"/api/instances/{NoInstance}/suspend", RunConsultations, NoBody),
        new("POST", "/api/instances/{instanceId}/resume", $"/api/instances/{NoInstance}/resume", RunConsultations, NoBody),
        new("POST", "/api/instances/{instanceId}/cancel", $"/api/instances/{NoInstance}/cancel", RunConsultations, JsonBody(new { reason = "no such consultation" })),
        new("GET", "/api/tasks", "/api/tasks", WorkTasks, NoBody),
        new("GET", "/api/tasks/{instanceId}/{stepId}", $"/api/tasks/{NoInstance}/select-issues", WorkTasks, NoBody),
        new("GET", "/api/instances/{instanceId}/tool-steps/{stepId}", $"/api/instances/{NoInstance}/tool-steps/run-survey", AllStaff, NoBody),
        new("POST", "/api/instances/{instanceId}/tool-steps/{stepId}/open", $"/api/instances/{NoInstance}/tool-steps/run-survey/open", WorkTasks, NoBody),
        new("POST", "/api/instances/{instanceId}/tool-steps/{stepId}/actions/{action}", $"/api/instances/{NoInstance}/tool-steps/run-survey/actions/status", WorkTasks, JsonBody(new { })),
        new("POST", "/api/instances/{instanceId}/tool-steps/{stepId}/submissions", $"/api/instances/{NoInstance}/tool-steps/run-survey/submissions", WorkTasks, JsonBody(new { channel = "enumerator" })),
        new("POST", "/api/instances/{instanceId}/tool-steps/{stepId}/close", $"/api/instances/{NoInstance}/tool-steps/run-survey/close", WorkTasks, JsonBody(new { })),
        new("GET", "/api/instances/{instanceId}/tool-steps/{stepId}/analysis", $"/api/instances/{NoInstance}/tool-steps/run-survey/analysis", AllStaff, NoBody),
        new("GET", "/api/assignments", "/api/assignments", AllStaff, NoBody),
        // --- registers: explanation register, recommendations, responses, decisions, traces (the consultation does not exist: admitted callers get 404 CE8711)
        new("GET", "/api/instances/{instanceId}/register/opinions", $"/api/instances/{NoInstance}/register/opinions", ReadConsultations, NoBody),
        new("GET", "/api/instances/{instanceId}/register/opinions/groups", $"/api/instances/{NoInstance}/register/opinions/groups", ReadConsultations, NoBody),
        new("GET", "/api/instances/{instanceId}/register/opinions/{opinionId}/dispositions", $"/api/instances/{NoInstance}/register/opinions/x/dispositions", ReadConsultations, NoBody),
        new("POST", "/api/instances/{instanceId}/register/dispositions", $"/api/instances/{NoInstance}/register/dispositions", KeepRegisters, JsonBody(new { opinionIds = new[] { "x" }, kind = "takenUp" })),
        new("GET", "/api/instances/{instanceId}/register/progress", $"/api/instances/{NoInstance}/register/progress", ReadConsultations, NoBody),
        new("GET", "/api/instances/{instanceId}/register/explanation", $"/api/instances/{NoInstance}/register/explanation", ReadConsultations, NoBody),
        new("GET", "/api/instances/{instanceId}/register/recommendations", $"/api/instances/{NoInstance}/register/recommendations", ReadConsultations, NoBody),
        new("GET", "/api/instances/{instanceId}/register/recommendations/{id}", $"/api/instances/{NoInstance}/register/recommendations/KN-01", ReadConsultations, NoBody),
        new("POST", "/api/instances/{instanceId}/register/recommendations", $"/api/instances/{NoInstance}/register/recommendations", KeepRegisters, JsonBody(new { text = "t" })),
        new("PUT", "/api/instances/{instanceId}/register/recommendations/{id}", $"/api/instances/{NoInstance}/register/recommendations/KN-01", KeepRegisters, JsonBody(new { text = "t", revision = 1 })),
        new("DELETE", "/api/instances/{instanceId}/register/recommendations/{id}", $"/api/instances/{NoInstance}/register/recommendations/KN-01", KeepRegisters, NoBody),
        new("POST", "/api/instances/{instanceId}/register/recommendations/{id}/responses", $"/api/instances/{NoInstance}/register/recommendations/KN-01/responses", KeepRegisters, JsonBody(new { kind = "accepted", text = "t" })),
        new("GET", "/api/instances/{instanceId}/register/decisions", $"/api/instances/{NoInstance}/register/decisions", ReadConsultations, NoBody),
        new("GET", "/api/instances/{instanceId}/register/decisions/{id}", $"/api/instances/{NoInstance}/register/decisions/QD-01", ReadConsultations, NoBody),
        new("POST", "/api/instances/{instanceId}/register/decisions", $"/api/instances/{NoInstance}/register/decisions", KeepRegisters, JsonBody(new { kind = "amend", title = "t" })),
        new("POST", "/api/instances/{instanceId}/register/decisions/{id}/status", $"/api/instances/{NoInstance}/register/decisions/QD-01/status", KeepRegisters, JsonBody(new { status = "accepted" })),
        new("GET", "/api/instances/{instanceId}/register/decision-register", $"/api/instances/{NoInstance}/register/decision-register", ReadConsultations, NoBody),
        new("GET", "/api/instances/{instanceId}/register/trace/inputs/{inputId}", $"/api/instances/{NoInstance}/register/trace/inputs/{NoInstance}", ReadConsultations, NoBody),
        new("GET", "/api/instances/{instanceId}/register/trace/decisions/{id}", $"/api/instances/{NoInstance}/register/trace/decisions/QD-01", ReadConsultations, NoBody),
        new("PUT", "/api/instances/{instanceId}/tool-steps/{stepId}/assignment", $"/api/instances/{NoInstance}/tool-steps/run-survey/assignment", RunConsultations, JsonBody(new { organisation = "someone" })),
        new("DELETE", "/api/instances/{instanceId}/tool-steps/{stepId}/assignment", $"/api/instances/{NoInstance}/tool-steps/run-survey/assignment", RunConsultations, NoBody),
        // The explanation register as DOCX for staff, at any time (the console's register page links it).
        new("GET", "/api/instances/{instanceId}/register/explanation.docx", $"/api/instances/{NoInstance}/register/explanation.docx", ReadConsultations, NoBody),
        // --- codebook: themes, primary coding, blind second coding of a sample, themes table, agreement (the consultation does not exist: admitted callers get 404 CE8757)
        new("GET", "/api/instances/{instanceId}/codebook", $"/api/instances/{NoInstance}/codebook", ReadConsultations, NoBody),
        new("POST", "/api/instances/{instanceId}/codebook/themes", $"/api/instances/{NoInstance}/codebook/themes", KeepRegisters, JsonBody(new { id = "fees", label = new { vi = "Phí", en = "Fees" } })),
        new("PUT", "/api/instances/{instanceId}/codebook/themes/{themeId}", $"/api/instances/{NoInstance}/codebook/themes/fees", KeepRegisters, JsonBody(new { label = new { vi = "Phí", en = "Fees" } })),
        new("DELETE", "/api/instances/{instanceId}/codebook/themes/{themeId}", $"/api/instances/{NoInstance}/codebook/themes/fees", KeepRegisters, NoBody),
        new("POST", "/api/instances/{instanceId}/codebook/import", $"/api/instances/{NoInstance}/codebook/import", KeepRegisters, NoBody),
        new("GET", "/api/instances/{instanceId}/codebook/opinions", $"/api/instances/{NoInstance}/codebook/opinions", ReadConsultations, NoBody),
        new("POST", "/api/instances/{instanceId}/codebook/codings", $"/api/instances/{NoInstance}/codebook/codings", KeepRegisters, JsonBody(new { opinionId = "x", themeIds = new[] { "fees" } })),
        new("POST", "/api/instances/{instanceId}/codebook/sample", $"/api/instances/{NoInstance}/codebook/sample", KeepRegisters, JsonBody(new { share = 0.2 })),
        new("GET", "/api/instances/{instanceId}/codebook/second-coding", $"/api/instances/{NoInstance}/codebook/second-coding", KeepRegisters, NoBody),
        new("POST", "/api/instances/{instanceId}/codebook/second-coding", $"/api/instances/{NoInstance}/codebook/second-coding", KeepRegisters, JsonBody(new { opinionId = "x", themeIds = new[] { "fees" } })),
        new("GET", "/api/instances/{instanceId}/codebook/themes", $"/api/instances/{NoInstance}/codebook/themes", ReadConsultations, NoBody),
        new("GET", "/api/instances/{instanceId}/codebook/agreement", $"/api/instances/{NoInstance}/codebook/agreement", ReadConsultations, NoBody),
        new("GET", "/api/instances/{instanceId}/steps/{stepId}/prefill", $"/api/instances/{NoInstance}/steps/prepare-analysis-report/prefill", WorkTasks, NoBody),

        // --- report versions: generate, list, read, download, review, compare (the consultation does not exist: admitted callers get 404 CE8002)
        new("POST", "/api/instances/{instanceId}/reports", $"/api/instances/{NoInstance}/reports", KeepRegisters, JsonBody(new { kind = "report" })),
        new("GET", "/api/instances/{instanceId}/reports", $"/api/instances/{NoInstance}/reports", ReadConsultations, NoBody),
        new("GET", "/api/instances/{instanceId}/reports/{number}", $"/api/instances/{NoInstance}/reports/1", ReadConsultations, NoBody),
        new("GET", "/api/instances/{instanceId}/reports/{number}/docx", $"/api/instances/{NoInstance}/reports/1/docx", ReadConsultations, NoBody),
        new("GET", "/api/instances/{instanceId}/reports/{number}/html", $"/api/instances/{NoInstance}/reports/1/html", ReadConsultations, NoBody),
        new("POST", "/api/instances/{instanceId}/reports/{number}/status", $"/api/instances/{NoInstance}/reports/1/status", KeepRegisters, JsonBody(new { status = "underReview" })),
        new("POST", "/api/instances/{instanceId}/reports/{number}/comments", $"/api/instances/{NoInstance}/reports/1/comments", KeepRegisters, JsonBody(new { sectionId = "s", text = "t" })),
        new("GET", "/api/instances/{instanceId}/reports/comments", $"/api/instances/{NoInstance}/reports/comments", ReadConsultations, NoBody),
        new("POST", "/api/instances/{instanceId}/reports/comments/{commentId}/resolve", $"/api/instances/{NoInstance}/reports/comments/{NoInstance}/resolve", KeepRegisters, JsonBody(new { resolved = true })),
        new("GET", "/api/instances/{instanceId}/reports/compare", $"/api/instances/{NoInstance}/reports/compare?from=1&to=2", ReadConsultations, NoBody),
        new("DELETE", "/api/feedback/subscriptions/{token}", "/api/feedback/subscriptions/no-such-token", Anyone, NoBody),

        // --- administrative units: public reference data for pick-lists (anonymous; an unknown province is 404 CE8206)
        new("GET", "/api/administrative/provinces", "/api/administrative/provinces", Anyone, NoBody),
        new("GET", "/api/administrative/provinces/{code}/communes", "/api/administrative/provinces/48/communes", Anyone, NoBody),

        // --- outbox: undelivered and dead-lettered notifications, retried by hand (administrators; an unknown message is 404 CE8053)
        new("GET", "/api/outbox", "/api/outbox", Set(Administrator), NoBody),
        new("POST", "/api/outbox/{messageId}/retry", $"/api/outbox/{NoInstance}/retry", Set(Administrator), NoBody),
        // --- the journal's chain head, exported to be kept outside the installation (an unknown consultation is 404 CE8002)
        new("GET", "/api/instances/{instanceId}/journal/head", $"/api/instances/{NoInstance}/journal/head", ReadConsultations, NoBody),
        // --- accounts: disable, enable, remove a role (administrators only; the user does not exist: admitted callers get 404 CE9992)
        new("POST", "/api/users/{userName}/disable", "/api/users/no-such-user/disable", Set(Administrator), NoBody),
        new("POST", "/api/users/{userName}/enable", "/api/users/no-such-user/enable", Set(Administrator), NoBody),
        new("PUT", "/api/users/{userName}/roles/{role}", "/api/users/no-such-user/roles/Executive", Set(Administrator), NoBody),
        new("DELETE", "/api/users/{userName}/roles/{role}", "/api/users/no-such-user/roles/Executive", Set(Administrator), NoBody),
        new("PUT", "/api/users/{userName}/province", "/api/users/no-such-user/province", Set(Administrator), JsonBody(new { province = "01" })),
        // --- verified participation: a one-time code asked for a number (anonymous, rate limited; the sample consultation does not exist: 404 CE9950)
        new("POST", "/api/consultations/{instanceId}/steps/{stepId}/verification", "/api/consultations/6a1f3c52-9d0e-4b7a-8f21-3c5d7e9a0b14/steps/run-online-poll/verification", Anyone, JsonBody(new { identifier = "0912345678" })),

        // --- accounts: reset a user's two-factor sign-in (administrators only; no such user: 404 CE9992)
        new("POST", "/api/users/{userName}/reset-2fa", "/api/users/no-such-user/reset-2fa", Set(Administrator), NoBody),
        // --- personal data: a consultation's retention (an unknown consultation is 404 CE8241), a person's deletion (no code: 422 CE8243)
        new("GET", "/api/instances/{instanceId}/privacy/retention", $"/api/instances/{NoInstance}/privacy/retention", ReadConsultations, NoBody),
        new("PUT", "/api/instances/{instanceId}/privacy/retention", $"/api/instances/{NoInstance}/privacy/retention", Set(Administrator, StandingCommittee), JsonBody(new { months = 12 })),
        new("POST", "/api/privacy/deletions", "/api/privacy/deletions", Anyone, JsonBody(new { consultation = NoInstance, identifier = "0912345678" })),
    ];

    private static HashSet<string> Set(params string[] roles) => new(roles, StringComparer.Ordinal);
}
