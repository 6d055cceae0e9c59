namespace ConsultEngine.Web.Api;

/// <summary>
/// The one mapping from a kind of failure to its HTTP status, for every endpoint: the staff API, the
/// public API and the pages' error answers. A refusal's status is never chosen by hand — it is its
/// code's kind (<see cref="FailureKinds"/>) mapped here.
/// </summary>
internal static class FailureStatus
{
    /// <summary>The HTTP status of <paramref name="kind"/>.</summary>
    public static int Of(FailureKind kind) => kind switch
    {
        FailureKind.Malformed => StatusCodes.Status400BadRequest,
        FailureKind.Invalid => StatusCodes.Status422UnprocessableEntity,
        FailureKind.Unauthenticated => StatusCodes.Status401Unauthorized,
        FailureKind.Forbidden => StatusCodes.Status403Forbidden,
        FailureKind.NotFound => StatusCodes.Status404NotFound,
        FailureKind.MethodNotAllowed => StatusCodes.Status405MethodNotAllowed,
        FailureKind.Conflict => StatusCodes.Status409Conflict,
        FailureKind.TooMany => StatusCodes.Status429TooManyRequests,
        FailureKind.Unavailable => StatusCodes.Status503ServiceUnavailable,
        FailureKind.TooLarge => StatusCodes.Status413PayloadTooLarge,
        _ => StatusCodes.Status500InternalServerError,
    };

    /// <summary>The HTTP status of <paramref name="code"/>'s kind.</summary>
    public static int OfCode(string code) => Of(FailureKinds.Of(code));

    /// <summary>
    /// The HTTP status of <paramref name="code"/>'s kind, or <paramref name="fallback"/> for a string that is
    /// not a registered code (<see cref="CodeRanges"/>).
    /// </summary>
    public static int OfCode(string code, int fallback) => CodeRanges.Find(code) is null ? fallback : OfCode(code);
}
