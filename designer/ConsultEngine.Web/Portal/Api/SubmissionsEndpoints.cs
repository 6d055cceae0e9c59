using System.Text.Json;
using System.Text.Json.Nodes;
using ConsultEngine.Abstractions;
using ConsultEngine.Hosting.Feedback;
using ConsultEngine.Hosting.Tools;
using ConsultEngine.Persistence.Feedback;
using ConsultEngine.Web.Api;
using ConsultEngine.Web.Codes;
using ConsultEngine.Web.Portal.Privacy;
using ConsultEngine.Web.Security;
using Microsoft.Extensions.Localization;

namespace ConsultEngine.Web.Portal.Api;

/// <summary>
/// The public write side of the API (no sign-in, rate limited), the same for every tool: ask the tool
/// about a form filled in so far, send any of a step's public forms (routed by the form's target: a
/// submission, or the payload of one of the tool's actions), or send a submission directly. Everything
/// goes to the tool as the public (<see cref="ToolCaller.Public"/>). A refusal is problem details carrying
/// the first error's code and every problem with its JSON Pointer into the request body.
/// </summary>
[ApiEndpointGroup]
internal static class SubmissionsEndpoints
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    /// <summary>What <c>/submissions</c> sends to: a submission, answered with a <see cref="SubmissionReceipt"/>.</summary>
    private static readonly SurfaceForm DirectForm = new() { Id = "submission", Target = FormTarget.Submission };

    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/consultations/{instanceId}/steps/{stepId}").WithTags("Public consultations").AllowAnonymous()
            .RequireRateLimiting(RateLimits.PublicSubmission)
            .AddEndpointFilter<PublicCredentialsFilter>()
            .AddEndpointFilter<Edges.Utf8BodyFilter>();

        group.MapPost("/submissions", SubmitAsync)
            .WithName("SubmitToPublicToolStep")
            .WithSummary("Send a submission to a tool step open to the public")
            .WithDescription("The body of a form whose target is a submission (answers, text, identifier, subject, respondent) with the person's consent (consent.privacy true; consent.sensitive true when a sensitive attribute such as ethnicity is given: else 422 CE8220/CE8221), stored through the web channel. 201 with the stored input ids; 422 with the tool's coded problems (409 for a second submission, CE9103).")
            .Accepts<PublicSubmission>("application/json")
            .Produces<SubmissionReceipt>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        group.MapPost("/forms/{formId}/evaluate", EvaluateAsync)
            .WithName("EvaluatePublicForm")
            .WithSummary("Ask the tool about a form filled in so far")
            .WithDescription("Which fields apply given the body so far (the tool's skip logic) and the problems so far, each with the JSON Pointer of its field. Nothing is stored.")
            .Accepts<JsonElement>("application/json")
            .Produces<FormEvaluation>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        group.MapPost("/forms/{formId}", SendFormAsync)
            .WithName("SendPublicForm")
            .WithSummary("Send one of a step's public forms")
            .WithDescription("The body the form's fields point into, with the person's consent at its top (consent.privacy true, consent.sensitive for a sensitive attribute: else 422 CE8220/CE8221). A submission form stores a submission (201 with the input ids); an action form runs the tool's action with the body as its payload (201 with the tool's answer and a receipt).")
            .Accepts<JsonElement>("application/json")
            .Produces<FormReceipt>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        group.MapPost("/registrations", RegisterAsync)
            .WithName("SendPublicActionForm")
            .WithSummary("Send the step's first action form (kept for older clients)")
            .WithDescription("The same as POST …/forms/{formId} for the first public form whose target is an action (a hearing's registration); 404 (CE9960) when the step has none.")
            .Accepts<JsonElement>("application/json")
            .Produces<FormReceipt>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
    }

    private static async Task<IResult> SubmitAsync(Guid instanceId, string stepId, PublicSubmission? body, OpenConsultations open, IToolSteps tools, PublicForms forms, IFeedbackSubscriptions feedback, IStringLocalizer<PortalText> localizer, ICodeText codes, CancellationToken cancellationToken)
    {
        if (await open.FindOpenStepAsync(instanceId, stepId, cancellationToken).ConfigureAwait(false) is not { } found)
        {
            return await UnservedSteps.AnswerAsync(open, tools, instanceId, stepId, localizer, cancellationToken).ConfigureAwait(false);
        }

        if (body is null)
        {
            return PortalApi.Portal(localizer, PortalCodes.BodyInvalid);
        }

        // Sent as bound: checked and turned into the tool's submission field by field, never copied into a JSON tree.
        return await SendAsync(new(instanceId, stepId, DirectForm, null, body.Notify, body.Consent, Direct: body, Revision: found.Revision), forms, feedback, localizer, codes, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IResult> EvaluateAsync(Guid instanceId, string stepId, string formId, JsonElement? body, OpenConsultations open, IToolSteps tools, IStringLocalizer<PortalText> localizer, ICodeText codes, CancellationToken cancellationToken)
    {
        if (await FormAsync(open, instanceId, stepId, formId, cancellationToken).ConfigureAwait(false) is not { } form)
        {
            return await NotFoundAsync(open, tools, instanceId, stepId, localizer, cancellationToken).ConfigureAwait(false);
        }

        var given = body is { ValueKind: JsonValueKind.Object } b ? b : JsonSerializer.SerializeToElement(new JsonObject());
        try
        {
            return TypedResults.Ok(await tools.EvaluateAsync(instanceId, stepId, form.Id, given, ToolCaller.Public(PortalApi.Language), cancellationToken).ConfigureAwait(false));
        }
        catch (ToolException error)
        {
            return PortalApi.Refused(localizer, codes, error, answerIds: form.Target == FormTarget.Submission);
        }
    }

    private static async Task<IResult> SendFormAsync(Guid instanceId, string stepId, string formId, JsonElement? body, OpenConsultations open, IToolSteps tools, PublicForms forms, IFeedbackSubscriptions feedback, IStringLocalizer<PortalText> localizer, ICodeText codes, CancellationToken cancellationToken)
    {
        if (await FormAsync(open, instanceId, stepId, formId, cancellationToken).ConfigureAwait(false) is not { } form)
        {
            return await NotFoundAsync(open, tools, instanceId, stepId, localizer, cancellationToken).ConfigureAwait(false);
        }

        return await SendBodyAsync(instanceId, stepId, form, body, forms, feedback, localizer, codes, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IResult> RegisterAsync(Guid instanceId, string stepId, JsonElement? body, OpenConsultations open, IToolSteps tools, PublicForms forms, IFeedbackSubscriptions feedback, IStringLocalizer<PortalText> localizer, ICodeText codes, CancellationToken cancellationToken)
    {
        if (await open.FindOpenStepAsync(instanceId, stepId, cancellationToken).ConfigureAwait(false) is not { } found)
        {
            return await UnservedSteps.AnswerAsync(open, tools, instanceId, stepId, localizer, cancellationToken).ConfigureAwait(false);
        }

        return found.Step.Surface?.Forms.FirstOrDefault(f => f.Target == FormTarget.Action) is { } form
            ? await SendBodyAsync(instanceId, stepId, form, body, forms, feedback, localizer, codes, cancellationToken).ConfigureAwait(false)
            : PortalApi.Portal(localizer, PortalCodes.FormNotFound);
    }

    private static async Task<IResult> SendBodyAsync(Guid instanceId, string stepId, SurfaceForm form, JsonElement? body, PublicForms forms, IFeedbackSubscriptions feedback, IStringLocalizer<PortalText> localizer, ICodeText codes, CancellationToken cancellationToken)
    {
        if (body is not { ValueKind: JsonValueKind.Object } given || JsonObject.Create(given) is not { } document)
        {
            return PortalApi.Portal(localizer, PortalCodes.BodyInvalid);
        }

        // "notify" (tell me the outcome) is the host's, never the tool's: taken out of the body before it is sent.
        PublicNotify? notify = null;
        if (document["notify"] is JsonObject asked)
        {
            notify = asked.Deserialize<PublicNotify>(Json);
            document.Remove("notify");
        }

        // So is "consent": checked and recorded by the host (ConsentCheck, ConsentLedger).
        var consent = ConsentCheck.Take(document);
        return await SendAsync(new(instanceId, stepId, form, document, notify, consent), forms, feedback, localizer, codes, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<IResult> SendAsync(Sending sending, PublicForms forms, IFeedbackSubscriptions feedback, IStringLocalizer<PortalText> localizer, ICodeText codes, CancellationToken cancellationToken)
    {
        var (instanceId, stepId, form, body, notify, consent, direct, revision) = sending;
        NotifyContact? contact = null;
        if (notify is not null)
        {
            try
            {
                contact = await feedback.CheckAsync(instanceId, new NotifyRequest(notify.Channel, notify.Contact, notify.Language ?? PortalApi.Language), cancellationToken).ConfigureAwait(false);
            }
            catch (FeedbackException error)
            {
                return FeedbackApi.Refused(localizer, codes, error);
            }
        }

        var answerIds = form.Target == FormTarget.Submission;
        FormSent sent;
        try
        {
            sent = direct is not null
                ? await forms.SubmitAsync(instanceId, stepId, revision, direct, PortalApi.Language, cancellationToken).ConfigureAwait(false)
                : await forms.SendAsync(instanceId, stepId, form, body!, consent, PortalApi.Language, cancellationToken).ConfigureAwait(false);
        }
        catch (ToolException error)
        {
            return PortalApi.Refused(localizer, codes, error, answerIds);
        }

        if (!sent.Accepted)
        {
            return PortalApi.Rejected(localizer, codes, sent.Problems, answerIds);
        }

        // Stored only now that the tool accepted, and apart from what was sent (no input id).
        var subscription = contact is null ? null : await feedback.SubscribeAsync(instanceId, stepId, contact, cancellationToken).ConfigureAwait(false);
        var deletion = sent.DeletionCode;
        var warnings = PortalApi.Describe(localizer, codes, sent.Problems, answerIds);
        return direct is not null
            ? TypedResults.Created((string?)null, new SubmissionReceipt(sent.Stored, warnings) { NotifyToken = subscription?.Token, DeletionCode = deletion })
            : TypedResults.Created((string?)null, new FormReceipt(sent.Receipt, sent.Stored, sent.Result, warnings) { NotifyToken = subscription?.Token, DeletionCode = deletion });
    }

    private static async Task<SurfaceForm?> FormAsync(OpenConsultations open, Guid instanceId, string stepId, string formId, CancellationToken cancellationToken) =>
        (await open.FindOpenStepAsync(instanceId, stepId, cancellationToken).ConfigureAwait(false))?.Step.Surface?.Forms
            .FirstOrDefault(f => string.Equals(f.Id, formId, StringComparison.Ordinal));

    /// <summary>404 either way (503 for a step whose tool is not loaded); the code says whether the step or only the form is missing.</summary>
    private static async Task<IResult> NotFoundAsync(OpenConsultations open, IToolSteps tools, Guid instanceId, string stepId, IStringLocalizer<PortalText> localizer, CancellationToken cancellationToken) =>
        await open.FindOpenStepAsync(instanceId, stepId, cancellationToken).ConfigureAwait(false) is null
            ? await UnservedSteps.AnswerAsync(open, tools, instanceId, stepId, localizer, cancellationToken).ConfigureAwait(false)
            : PortalApi.Portal(localizer, PortalCodes.FormNotFound);

    /// <summary>A body on its way to the tool: a form's <see cref="Body"/>, or the <see cref="Direct"/> submission bound from <c>/submissions</c> (answered with a <see cref="SubmissionReceipt"/>) with the instance's <see cref="Revision"/> its step was found open at.</summary>
    private sealed record Sending(Guid InstanceId, string StepId, SurfaceForm Form, JsonObject? Body, PublicNotify? Notify, PublicConsent? Consent, PublicSubmission? Direct = null, long? Revision = null);
}
