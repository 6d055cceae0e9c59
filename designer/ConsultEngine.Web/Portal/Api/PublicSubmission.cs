using System.Text.Json;
using ConsultEngine.Abstractions;
using ConsultEngine.Web.Api;
using ConsultEngine.Web.Portal.Privacy;

namespace ConsultEngine.Web.Portal.Api;

/// <summary>A submission from the public: the answers (question id to value), a free text, an identifier the tool verifies, what it is about, respondent attributes.</summary>
public sealed record PublicSubmission
{
    public JsonElement? Answers { get; init; }

    public string? Text { get; init; }

    /// <summary>A phone or citizen ID number (one submission per person); the tool keeps only a keyed hash of it.</summary>
    public string? Identifier { get; init; }

    /// <summary>The one-time code sent to <see cref="Identifier"/> (POST …/verification), where the step needs a verified person; checked and spent by the host.</summary>
    public string? VerificationCode { get; init; }

    public string? Subject { get; init; }

    public RespondentAttributes? Respondent { get; init; }

    /// <summary>Optional: tell me the outcome. Kept apart from the submission and deleted once the results are sent.</summary>
    public PublicNotify? Notify { get; init; }

    /// <summary>Required: the person agreed to the privacy notice (<c>privacy</c>) and, when a sensitive attribute such as ethnicity is given, to its processing (<c>sensitive</c>).</summary>
    public PublicConsent? Consent { get; init; }
}

/// <summary>How to tell a citizen the outcome: <c>channel</c> <c>email</c> or <c>phone</c>, the address or Vietnamese mobile number, and <c>vi</c> or <c>en</c>.</summary>
public sealed record PublicNotify
{
    public string? Channel { get; init; }

    public string? Contact { get; init; }

    public string? Language { get; init; }
}

/// <summary>The stored input ids (the receipt) and any warnings.</summary>
public sealed record SubmissionReceipt(IReadOnlyList<Guid> InputIds, IReadOnlyList<ApiProblem> Warnings)
{
    /// <summary>When the citizen asked to be told the outcome: the token that withdraws the request (<c>DELETE /api/feedback/subscriptions/{token}</c>).</summary>
    public string? NotifyToken { get; init; }

    /// <summary>The one-time code that deletes these inputs (<c>POST /api/privacy/deletions</c>); shown once, only its keyed hash is kept.</summary>
    public string? DeletionCode { get; init; }
}

/// <summary>
/// What sending a form came to: the receipt to keep (an input id, or the id the tool's action answered),
/// the stored input ids of a submission, the tool's answer to an action, and any warnings.
/// </summary>
public sealed record FormReceipt(string? Receipt, IReadOnlyList<Guid> InputIds, JsonElement? Result, IReadOnlyList<ApiProblem> Warnings)
{
    /// <summary>When the citizen asked to be told the outcome: the token that withdraws the request.</summary>
    public string? NotifyToken { get; init; }

    /// <summary>For a submission: the one-time code that deletes its inputs (<c>POST /api/privacy/deletions</c>).</summary>
    public string? DeletionCode { get; init; }
}
