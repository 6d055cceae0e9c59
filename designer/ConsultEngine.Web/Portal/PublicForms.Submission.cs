using System.Text.Json;
using ConsultEngine.Abstractions;
using ConsultEngine.Web.Edges;
using ConsultEngine.Web.Portal.Api;
using ConsultEngine.Web.Portal.Privacy;

namespace ConsultEngine.Web.Portal;

/// <summary>
/// The public API's direct submission (<c>POST …/submissions</c>) as it was bound: the same checks as a form
/// body's (consent, then the field caps), made on the typed fields, and the submission built from them, so the
/// body is parsed once by the binding and never copied into a JSON tree and back on its way to the tool.
/// </summary>
internal sealed partial class PublicForms
{
    public async Task<FormSent> SubmitAsync(Guid instanceId, string stepId, long? instanceRevision, PublicSubmission body, string language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        var consent = body.Consent;
        var withoutConsent = ConsentCheck.Check(consent, ConsentCheck.SensitiveGiven(body.Respondent));
        if (withoutConsent.Count > 0 || consent is null)
        {
            return new FormSent(false, null, withoutConsent);
        }

        if (PublicFieldCaps.Check(body, limits.Value) is { Count: > 0 } overCaps)
        {
            return new FormSent(false, null, overCaps);
        }

        var identifier = string.IsNullOrWhiteSpace(body.Identifier) ? null : body.Identifier;
        return await StoreAsync(instanceId, stepId, instanceRevision, SubmissionOf(body), identifier, consent, language, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The submission a bound body stands for: what <see cref="SubmissionOf(System.Text.Json.Nodes.JsonObject)"/> makes of the same body written as JSON.</summary>
    public static Submission SubmissionOf(PublicSubmission body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return new Submission
        {
            Channel = InputChannel.Web,
            // The bound element owns its bytes (the binding does not pool them): it outlives the request safely.
            Answers = body.Answers is { ValueKind: JsonValueKind.Object } answers ? answers : null,
            Text = body.Text,
            Identifier = body.Identifier,
            VerificationCode = body.VerificationCode,
            Subject = body.Subject,
            Respondent = body.Respondent ?? RespondentAttributes.None,
        };
    }
}
