namespace ConsultEngine.Web.Tests.Api.Walk;

/// <summary>Which API a row walks: the public one (no sign-in, <c>/api/consultations/…</c>) or the staff one.</summary>
public enum WalkSide
{
    Portal,
    Staff,
}

/// <summary>Who sends a row's request: nobody signed in, a bearer token the host never issued, or a role's user.</summary>
public static class WalkCaller
{
    public const string Anonymous = "anonymous";
    public const string WrongToken = "wrong-token";
    public const string Office = ConsultEngine.Web.Security.Roles.CouncilOffice;
    public const string Contractor = ConsultEngine.Web.Security.Roles.ContractedOrganisation;
}

/// <summary>
/// One request of the walk and the kind of refusal it must meet. <see cref="Path"/> may hold
/// <c>{instance}</c> (the walk's consultation) and <c>{unknown}</c> (an id nothing has); <see cref="Body"/> is
/// sent as JSON text as it is (malformed on purpose where the row says so). <see cref="Times"/> sends it
/// again until the last answer is the one judged (a rate limit); <see cref="ProblemAt"/> is the JSON Pointer
/// the refusal must name.
/// </summary>
public sealed record WalkRow(WalkSide Side, FailureKind Kind, string Method, string Path, string? Body = null)
{
    public string Caller { get; init; } = WalkCaller.Anonymous;

    public string? ProblemAt { get; init; }

    public int Times { get; init; } = 1;

    /// <summary>What the row is called in the test list, unique: side, kind, request and caller.</summary>
    public string Name => $"{Side} {Kind}: {Method} {Path} as {Caller}" + (Body is null ? "" : $" with {(Body.Length > 80 ? $"{Body[..80]}… ({Body.Length} characters)" : Body)}");
}
