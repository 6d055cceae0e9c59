namespace ConsultEngine.Web.Tests.Api.Walk;

/// <summary>
/// The walk: every kind of refusal through the public API and the staff API, one row per endpoint and
/// kind. A new endpoint adds its rows here; a new <see cref="FailureKind"/> fails
/// <see cref="RefusalWalkTests.EveryKind_IsWalked_OnBothSides"/> until both sides have a row of it.
/// </summary>
public static class WalkRows
{
    private const string Step = "/api/consultations/{instance}/steps/walk";
    private const string Absent = "/api/consultations/{instance}/steps/absent";
    private const string Tool = "/api/instances/{instance}/tool-steps/walk";
    private const string NotJson = "{ not json";
    private const string Valid = """{ "answers": { "walk": "fine" } }""";
    private const string Invalid = """{ "answers": { "walk": "invalid" } }""";
    private const string Fault = """{ "answers": { "walk": "fault" } }""";
    private static readonly string Oversized = $$"""{ "answers": { "walk": "{{new string('x', WalkSite.BodyCap + 1024)}}" } }""";
    private const string Taken = """{ "answers": { "walk": "again" }, "identifier": "0901000001" }""";

    /// <summary>A public body with the person's consent to the privacy notice (without it every public form is refused, CE8220).</summary>
    private static string C(string json) =>
        json == "{}" ? """{ "consent": { "privacy": true } }""" : """{ "consent": { "privacy": true }, """ + json.TrimStart()[1..].TrimStart();

    public static IReadOnlyList<WalkRow> All { get; } =
    [
        // The public API.
        new(WalkSide.Portal, FailureKind.Malformed, "POST", Step + "/submissions", "null"),
        new(WalkSide.Portal, FailureKind.Malformed, "POST", Step + "/forms/main", NotJson),
        new(WalkSide.Portal, FailureKind.Malformed, "POST", Step + "/forms/main", "[1]"),
        new(WalkSide.Portal, FailureKind.Malformed, "POST", Step + "/forms/main/evaluate", NotJson),
        new(WalkSide.Portal, FailureKind.Malformed, "POST", Step + "/registrations", "[1]"),
        new(WalkSide.Portal, FailureKind.Invalid, "POST", Step + "/submissions", C(Invalid)) { ProblemAt = "/answers/walk" },
        new(WalkSide.Portal, FailureKind.Invalid, "POST", Step + "/forms/main", C(Invalid)) { ProblemAt = "/answers/walk" },
        new(WalkSide.Portal, FailureKind.Invalid, "POST", Step + "/forms/ask", C("""{ "question": 7 }""")) { ProblemAt = "/question" },
        new(WalkSide.Portal, FailureKind.Invalid, "POST", Step + "/registrations", C("""{ "question": 7 }""")) { ProblemAt = "/question" },
        new(WalkSide.Portal, FailureKind.Invalid, "POST", Step + "/submissions", C("""{ "answers": { "walk": "fine" }, "notify": { "channel": "pigeon", "contact": "x" } }""")) { ProblemAt = "/notify/channel" },
        new(WalkSide.Portal, FailureKind.Invalid, "POST", Step + "/submissions", Valid) { ProblemAt = "/consent/privacy" },
        new(WalkSide.Portal, FailureKind.Invalid, "POST", Step + "/forms/main", """{ "answers": { "walk": "fine" }, "consent": { "privacy": false } }""") { ProblemAt = "/consent/privacy" },
        new(WalkSide.Portal, FailureKind.Invalid, "POST", Step + "/registrations", """{ "question": "q" }""") { ProblemAt = "/consent/privacy" },
        new(WalkSide.Portal, FailureKind.Invalid, "POST", Step + "/submissions", C("""{ "answers": { "walk": "fine" }, "respondent": { "ethnicity": "Tày" } }""")) { ProblemAt = "/consent/sensitive" },
        new(WalkSide.Portal, FailureKind.Unauthenticated, "GET", Step) { Caller = WalkCaller.WrongToken },
        new(WalkSide.Portal, FailureKind.Unauthenticated, "GET", "/api/consultations/{instance}") { Caller = WalkCaller.WrongToken },
        new(WalkSide.Portal, FailureKind.Unauthenticated, "POST", Step + "/submissions", C(Valid)) { Caller = WalkCaller.WrongToken },
        new(WalkSide.Portal, FailureKind.Unauthenticated, "POST", Step + "/forms/main/evaluate", C(Valid)) { Caller = WalkCaller.WrongToken },
        new(WalkSide.Portal, FailureKind.Forbidden, "POST", Step + "/forms/staff-only", C("{}")),
        new(WalkSide.Portal, FailureKind.NotFound, "GET", "/api/consultations/{unknown}"),
        new(WalkSide.Portal, FailureKind.NotFound, "GET", "/api/consultations/{unknown}/steps/walk"),
        new(WalkSide.Portal, FailureKind.NotFound, "GET", "/api/consultations/{instance}/steps/decide"),
        new(WalkSide.Portal, FailureKind.NotFound, "POST", "/api/consultations/{unknown}/steps/walk/submissions", C(Valid)),
        new(WalkSide.Portal, FailureKind.NotFound, "POST", Step + "/forms/nothing", C(Valid)),
        new(WalkSide.Portal, FailureKind.NotFound, "POST", Step + "/forms/nothing/evaluate", C(Valid)),
        new(WalkSide.Portal, FailureKind.NotFound, "POST", "/api/consultations/{instance}/steps/nothing/registrations", C("{}")),
        new(WalkSide.Portal, FailureKind.NotFound, "GET", "/api/consultations/{instance}/results"),
        new(WalkSide.Portal, FailureKind.NotFound, "DELETE", "/api/feedback/subscriptions/nothing"),
        new(WalkSide.Portal, FailureKind.NotFound, "GET", "/api/administrative/provinces/99/communes"),
        new(WalkSide.Portal, FailureKind.MethodNotAllowed, "PUT", Step + "/submissions", C(Valid)),
        new(WalkSide.Portal, FailureKind.MethodNotAllowed, "POST", "/api/feedback/subscriptions/nothing", "{}"),
        new(WalkSide.Portal, FailureKind.MethodNotAllowed, "DELETE", Step),
        new(WalkSide.Portal, FailureKind.Conflict, "POST", Step + "/submissions", C(Taken)),
        new(WalkSide.Portal, FailureKind.Conflict, "POST", Step + "/forms/main", C(Taken)),
        new(WalkSide.Portal, FailureKind.TooMany, "POST", Step + "/submissions", C(Valid)) { Times = WalkSite.Limit + 1 },
        new(WalkSide.Portal, FailureKind.TooLarge, "POST", Step + "/submissions", Oversized),
        new(WalkSide.Portal, FailureKind.TooLarge, "POST", Step + "/forms/main", Oversized),
        new(WalkSide.Portal, FailureKind.Unavailable, "GET", Absent),
        new(WalkSide.Portal, FailureKind.Unavailable, "POST", Absent + "/submissions", C(Valid)),
        new(WalkSide.Portal, FailureKind.Unavailable, "POST", Absent + "/forms/main", C(Valid)),
        new(WalkSide.Portal, FailureKind.Unavailable, "POST", Absent + "/forms/main/evaluate", C(Valid)),
        new(WalkSide.Portal, FailureKind.Fault, "POST", Step + "/submissions", C(Fault)),
        new(WalkSide.Portal, FailureKind.Fault, "POST", Step + "/forms/main", C(Fault)),
        new(WalkSide.Portal, FailureKind.Fault, "POST", Step + "/forms/main/evaluate", C(Fault)),
        new(WalkSide.Portal, FailureKind.Invalid, "POST", "/api/privacy/deletions", "{}"),
        new(WalkSide.Portal, FailureKind.Forbidden, "POST", "/api/privacy/deletions", """{ "consultation": "00000000-0000-7000-8000-000000000001", "identifier": "0901000001", "code": "AAAA-BBBB-CCCC-DDDD" }"""),

        // The staff API.
        new(WalkSide.Staff, FailureKind.Malformed, "POST", Tool + "/submissions", NotJson) { Caller = WalkCaller.Office },
        new(WalkSide.Staff, FailureKind.Malformed, "POST", Tool + "/actions/ask", NotJson) { Caller = WalkCaller.Office },
        new(WalkSide.Staff, FailureKind.Malformed, "POST", "/api/instances", NotJson) { Caller = WalkCaller.Office },
        new(WalkSide.Staff, FailureKind.Malformed, "POST", "/api/instances/{instance}/codebook/themes", NotJson) { Caller = WalkCaller.Office },
        new(WalkSide.Staff, FailureKind.Malformed, "POST", "/api/instances/{instance}/register/dispositions", NotJson) { Caller = WalkCaller.Office },
        new(WalkSide.Staff, FailureKind.Malformed, "POST", "/api/instances/{instance}/reports/1/comments", NotJson) { Caller = WalkCaller.Office },
        new(WalkSide.Staff, FailureKind.Invalid, "POST", "/api/instances/{instance}/codebook/themes", "{}") { Caller = WalkCaller.Office },
        new(WalkSide.Staff, FailureKind.Invalid, "POST", "/api/instances/{instance}/register/recommendations", "{}") { Caller = WalkCaller.Office },
        new(WalkSide.Staff, FailureKind.Invalid, "POST", Tool + "/submissions", Invalid) { Caller = WalkCaller.Office, ProblemAt = "/answers/walk" },
        new(WalkSide.Staff, FailureKind.Invalid, "POST", Tool + "/actions/ask", """{ "question": 7 }""") { Caller = WalkCaller.Office, ProblemAt = "/question" },
        new(WalkSide.Staff, FailureKind.Unauthenticated, "POST", Tool + "/submissions", Valid),
        new(WalkSide.Staff, FailureKind.Unauthenticated, "GET", "/api/instances"),
        new(WalkSide.Staff, FailureKind.Unauthenticated, "GET", "/api/instances/{instance}") { Caller = WalkCaller.WrongToken },
        new(WalkSide.Staff, FailureKind.Unauthenticated, "GET", "/api/instances/{instance}/codebook"),
        new(WalkSide.Staff, FailureKind.Forbidden, "POST", Tool + "/actions/record", "{}") { Caller = WalkCaller.Contractor },
        new(WalkSide.Staff, FailureKind.Forbidden, "GET", "/api/users") { Caller = WalkCaller.Office },
        new(WalkSide.Staff, FailureKind.NotFound, "GET", "/api/instances/{unknown}") { Caller = WalkCaller.Office },
        new(WalkSide.Staff, FailureKind.NotFound, "GET", "/api/instances/{unknown}/tool-steps/walk") { Caller = WalkCaller.Office },
        new(WalkSide.Staff, FailureKind.NotFound, "POST", Tool + "/actions/nothing", "{}") { Caller = WalkCaller.Office },
        new(WalkSide.Staff, FailureKind.NotFound, "GET", "/api/definitions/nothing") { Caller = WalkCaller.Office },
        new(WalkSide.Staff, FailureKind.NotFound, "GET", "/api/instances/{instance}/reports/99") { Caller = WalkCaller.Office },
        new(WalkSide.Staff, FailureKind.NotFound, "GET", "/api/instances/{instance}/register/recommendations/nothing") { Caller = WalkCaller.Office },
        new(WalkSide.Staff, FailureKind.NotFound, "POST", "/api/instances", """{ "definitionId": "nothing" }""") { Caller = WalkCaller.Office },
        new(WalkSide.Staff, FailureKind.MethodNotAllowed, "PUT", Tool + "/open", "{}") { Caller = WalkCaller.Office },
        new(WalkSide.Staff, FailureKind.MethodNotAllowed, "DELETE", "/api/instances") { Caller = WalkCaller.Office },
        new(WalkSide.Staff, FailureKind.Conflict, "POST", Tool + "/submissions", Taken) { Caller = WalkCaller.Office },
        new(WalkSide.Staff, FailureKind.Conflict, "POST", "/api/instances/{instance}/steps/walk/complete", "{}") { Caller = WalkCaller.Office },
        new(WalkSide.Staff, FailureKind.Conflict, "POST", "/api/instances/{instance}/resume") { Caller = WalkCaller.Office },
        new(WalkSide.Staff, FailureKind.TooMany, "POST", "/api/auth/login", """{ "userName": "nobody", "password": "wrong" }""") { Times = WalkSite.Limit + 1 },
        new(WalkSide.Staff, FailureKind.TooLarge, "POST", Tool + "/submissions", Oversized) { Caller = WalkCaller.Office },
        new(WalkSide.Staff, FailureKind.TooLarge, "POST", "/api/instances", Oversized) { Caller = WalkCaller.Office },
        new(WalkSide.Staff, FailureKind.Unavailable, "GET", "/api/instances/{instance}/tool-steps/absent") { Caller = WalkCaller.Office },
        new(WalkSide.Staff, FailureKind.Unavailable, "POST", "/api/instances/{instance}/tool-steps/absent/open") { Caller = WalkCaller.Office },
        new(WalkSide.Staff, FailureKind.Unavailable, "POST", "/api/instances/{instance}/tool-steps/absent/submissions", Valid) { Caller = WalkCaller.Office },
        new(WalkSide.Staff, FailureKind.Fault, "POST", Tool + "/actions/fail", "{}") { Caller = WalkCaller.Office },
        new(WalkSide.Staff, FailureKind.Fault, "POST", Tool + "/submissions", Fault) { Caller = WalkCaller.Office },
        new(WalkSide.Staff, FailureKind.NotFound, "GET", "/api/instances/{unknown}/privacy/retention") { Caller = WalkCaller.Office },
        new(WalkSide.Staff, FailureKind.Forbidden, "PUT", "/api/instances/{instance}/privacy/retention", """{ "months": 12 }""") { Caller = WalkCaller.Office },
    ];
}
