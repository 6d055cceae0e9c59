namespace ConsultEngine;

/// <summary>
/// The kinds of failure a caller can act on. Every code has exactly one (its catalogue declares it with
/// <see cref="FailsAsAttribute"/>, or its range's default applies, <see cref="CodeRanges"/>), and a host
/// answers the same kind the same way everywhere (the web: one HTTP status per kind).
/// </summary>
public enum FailureKind
{
    /// <summary>The request cannot be read: not JSON, a required part missing, a parameter of the wrong form.</summary>
    Malformed,

    /// <summary>The request was read but breaks the rules: a payload, form or document that does not validate.</summary>
    Invalid,

    /// <summary>The caller is not signed in, or the credentials are wrong.</summary>
    Unauthenticated,

    /// <summary>The caller is known but may not do this (role, audience, contracted organisation).</summary>
    Forbidden,

    /// <summary>What the request names does not exist (or is not shown to this caller).</summary>
    NotFound,

    /// <summary>The method is not one the resource takes.</summary>
    MethodNotAllowed,

    /// <summary>
    /// The request is valid but the state forbids it now: a step not waiting or not collecting, a stale
    /// revision, an id taken, a person who already took part.
    /// </summary>
    Conflict,

    /// <summary>Too many requests; try again later.</summary>
    TooMany,

    /// <summary>A part the request needs is not there (a tool not loaded, a service not configured).</summary>
    Unavailable,

    /// <summary>A failure nobody asked for: a bug or a plugin fault (logged).</summary>
    Fault,

    /// <summary>The request or a file in it is larger than the host accepts (a public body over its cap).</summary>
    TooLarge,
}
