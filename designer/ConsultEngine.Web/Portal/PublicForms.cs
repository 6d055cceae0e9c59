using System.Text.Json;
using System.Text.Json.Nodes;
using ConsultEngine.Abstractions;
using ConsultEngine.Hosting.Privacy;
using ConsultEngine.Hosting.Tools;
using ConsultEngine.Persistence.Tools;
using ConsultEngine.Web.Edges;
using ConsultEngine.Web.Portal.Privacy;
using Microsoft.Extensions.Options;

namespace ConsultEngine.Web.Portal;

/// <summary>What sending a form came to: accepted with a receipt, or refused with the tool's problems.</summary>
internal sealed record FormSent(bool Accepted, string? Receipt, IReadOnlyList<ToolProblem> Problems)
{
    /// <summary>For a submission: the stored input ids.</summary>
    public IReadOnlyList<Guid> Stored { get; init; } = [];

    /// <summary>For an action: what the tool answered.</summary>
    public JsonElement? Result { get; init; }

    /// <summary>For a stored submission: the one-time deletion code of its receipt (shown once; only its keyed hash is kept).</summary>
    public string? DeletionCode { get; init; }
}

/// <summary>
/// Sends the body of a public form where its <see cref="SurfaceForm.Target"/> says, as the public
/// (<see cref="ToolCaller.Public"/>, web channel): a submission to the tool, or the payload of one of its
/// actions. The portal page and the public API both send through here. A tool's refusal of the whole
/// call (<see cref="ToolException"/>) is left to the caller. A body over a field cap never reaches the tool
/// (<see cref="PublicFieldCaps"/>), and the problems sent back are capped too. Nor does a body without the
/// person's consent (<see cref="ConsentCheck"/>); the consent of an accepted form is recorded (<see cref="ConsentLedger"/>).
/// A stored submission gets a deletion code (<see cref="DeletionCodes"/>). For a submission of one input, the
/// consent record and the deletion code are committed in the input's own transaction (one commit, acknowledged
/// after it: <see cref="SubmissionCompanions"/>); otherwise they are written after it, each on its own.
/// </summary>
internal sealed partial class PublicForms(IToolSteps tools, IOptions<PublicLimitSettings> limits, ConsentLedger consents, IPersonalData personalData)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// What the portal itself refuses in a body before the tool sees it: the consents missing and the field caps
    /// exceeded, all of them, so a page can show them beside the tool's problems instead of after them.
    /// </summary>
    public IReadOnlyList<ToolProblem> Precheck(JsonObject body, PublicConsent? consent)
    {
        ArgumentNullException.ThrowIfNull(body);
        return [.. ConsentCheck.Check(consent, body), .. PublicFieldCaps.Check(body, limits.Value)];
    }

    public async Task<FormSent> SendAsync(Guid instanceId, string stepId, SurfaceForm form, JsonObject body, PublicConsent? consent, string language, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(body);
        var withoutConsent = ConsentCheck.Check(consent, body);
        if (withoutConsent.Count > 0 || consent is null)
        {
            return new FormSent(false, null, withoutConsent);
        }

        if (PublicFieldCaps.Check(body, limits.Value) is { Count: > 0 } overCaps)
        {
            return new FormSent(false, null, overCaps);
        }

        if (form.Target == FormTarget.Action)
        {
            var payload = JsonSerializer.SerializeToElement(body);
            var result = await tools.ExecuteAsync(instanceId, stepId, form.Action ?? form.Id, payload, ToolCaller.Public(language), cancellationToken).ConfigureAwait(false);
            var receipt = ReceiptOf(result, body);
            await consents.RecordAsync(instanceId, stepId, receipt, [], consent, cancellationToken).ConfigureAwait(false);
            return new FormSent(true, receipt, []) { Result = result };
        }

        return await StoreAsync(instanceId, stepId, null, SubmissionOf(body), DeletionCodes.IdentifierOf(body), consent, language, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A checked submission to the tool; its consent record and deletion code committed with its input where the store can.</summary>
    private async Task<FormSent> StoreAsync(Guid instanceId, string stepId, long? instanceRevision, Submission submission, string? identifier, PublicConsent consent, string language, CancellationToken cancellationToken)
    {
        var draft = personalData.DraftDeletionCode(instanceId, stepId, identifier);
        var companions = new SubmissionCompanions(inputs => new InputCompanions
        {
            Record = consents.Companion(inputs, consent),
            DeletionCode = draft.For(inputs),
        });
        var submitted = instanceRevision is { } revision
            ? await tools.SubmitAsync(instanceId, stepId, revision, submission, ToolCaller.Public(language), companions, cancellationToken).ConfigureAwait(false)
            : await tools.SubmitAsync(instanceId, stepId, submission, ToolCaller.Public(language), companions, cancellationToken).ConfigureAwait(false);
        var accepted = submitted.Accepted && submitted.Stored.Count > 0;
        string? deletion = null;
        if (accepted && submitted.CompanionsWritten)
        {
            deletion = draft.Code;
        }
        else if (accepted)
        {
            await consents.RecordAsync(instanceId, stepId, submitted.Stored[0].ToString(), submitted.Stored, consent, cancellationToken).ConfigureAwait(false);
            deletion = await personalData.IssueDeletionCodeAsync(instanceId, stepId, submitted.Stored, identifier, cancellationToken).ConfigureAwait(false);
        }

        return new FormSent(accepted, accepted ? submitted.Stored[0].ToString() : null, PublicFieldCaps.Capped(submitted.Problems, limits.Value))
        {
            Stored = submitted.Stored,
            DeletionCode = deletion,
        };
    }

    /// <summary>The submission a body of the public submission shape stands for (<c>answers</c>, <c>text</c>, <c>identifier</c>, <c>verificationCode</c>, <c>subject</c>, <c>respondent</c>).</summary>
    public static Submission SubmissionOf(JsonObject body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return new Submission
        {
            Channel = InputChannel.Web,
            Answers = body["answers"] is JsonObject answers ? JsonSerializer.SerializeToElement(answers) : null,
            Text = Text(body["text"]),
            Identifier = Text(body["identifier"]),
            VerificationCode = Text(body["verificationCode"]),
            Subject = Text(body["subject"]),
            Respondent = body["respondent"] is JsonObject respondent
                ? respondent.Deserialize<RespondentAttributes>(Json) ?? RespondentAttributes.None
                : RespondentAttributes.None,
        };
    }

    /// <summary>
    /// What a citizen keeps from an action: a <c>receipt</c> or <c>id</c> the tool answered, else its first
    /// string property named <c>…Id</c> that the body did not send (a registration id, not the session id).
    /// </summary>
    public static string? ReceiptOf(JsonElement? result, JsonObject body)
    {
        if (result is not { ValueKind: JsonValueKind.Object } answer)
        {
            return null;
        }

        string? Named(string name) => answer.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        return Named("receipt") ?? Named("id") ?? answer.EnumerateObject()
            .Where(p => p.Value.ValueKind == JsonValueKind.String && p.Name.EndsWith("Id", StringComparison.Ordinal) && !body.ContainsKey(p.Name))
            .Select(p => p.Value.GetString())
            .FirstOrDefault();
    }

    private static string? Text(JsonNode? node) => node switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        _ => node.ToJsonString(),
    };
}
