using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ConsultEngine.Abstractions;
using ConsultEngine.Hosting.Feedback;
using ConsultEngine.Hosting.Tools;
using ConsultEngine.Web.Codes;
using ConsultEngine.Web.Portal.Privacy;
using Microsoft.AspNetCore.Components;

namespace ConsultEngine.Web.Portal.Pages;

/// <summary>
/// The one portal page of every tool step open to the public: what the tool lets everyone read, and each
/// of its forms as a plain HTML form, page by page. On each post the body is built from the fields
/// (<see cref="FormBody"/>), the tool says which fields apply and what is wrong
/// (<see cref="IToolSteps.EvaluateAsync"/>), and on the last page the body is sent where the form's target
/// says (<see cref="PublicForms"/>). Earlier pages' values travel in a hidden field; the fields of the page
/// shown are never in it, and a personal field (<see cref="FormField.Personal"/>) is never written back
/// into its control after a refused post: the person types it again.
/// </summary>
public sealed partial class PublicStep
{
    private readonly List<FormFlow> _flows = [];
    private readonly Dictionary<string, JsonObject> _bodies = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FormEvaluation> _evaluations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _pages = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Form, string Path), IReadOnlyList<string>> _fieldErrors = [];
    private readonly List<(string? Target, string Message)> _summary = [];
    private readonly HashSet<string> _codeSent = new(StringComparer.Ordinal);

    // A personal field written back into its control: the number a code was just sent to, needed to vote with the code.
    private readonly HashSet<(string Form, string Path)> _keptPersonal = [];
    private readonly Dictionary<string, PublicConsent> _consents = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Form, string Kind), IReadOnlyList<string>> _consentErrors = [];
    private (OpenConsultation Consultation, OpenToolStep Step)? _found;
    private PublicSurface? _surface;
    private bool _offersFeedback;
    private string? _notify;
    private IReadOnlyList<string> _notifyErrors = [];

    [Parameter]
    public Guid InstanceId { get; set; }

    [Parameter]
    public string StepId { get; set; } = string.Empty;

    [Inject]
    private OpenConsultations Open { get; set; } = default!;

    [Inject]
    private IToolSteps Tools { get; set; } = default!;

    [Inject]
    private PublicForms Forms { get; set; } = default!;

    [Inject]
    private IFeedbackSubscriptions Feedback { get; set; } = default!;

    [Inject]
    private ICodeText Codes { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private Microsoft.AspNetCore.DataProtection.IDataProtectionProvider Protection { get; set; } = default!;

    private CancellationToken Aborted => HttpContext?.RequestAborted ?? default;

    private string Title => _surface?.Title?.In(Language) ?? Text(_found?.Step.Title, StepId);

    protected override async Task OnInitializedAsync()
    {
        _found = await Open.FindStepAsync(InstanceId, StepId, Aborted);
        _surface = _found?.Step.Surface;
        if (_found is null || _surface is null)
        {
            MarkNotOpen();
            return;
        }

        // Also on a post: every form must be rendered for the posted one's handler to be found.
        foreach (var form in _surface.Forms)
        {
            var flow = new FormFlow(form);
            _flows.Add(flow);
            _bodies[form.Id] = [];
            _evaluations[form.Id] = await EvaluateAsync(form, _bodies[form.Id]);
            _pages[form.Id] = Math.Max(0, flow.Next(-1, _evaluations[form.Id]));
        }

        _offersFeedback = _surface.OffersFeedback && _surface.Forms.Count > 0 && await Feedback.OffersAsync(InstanceId, Aborted);
    }

    private async Task SendAsync(FormFlow flow)
    {
        if (HttpContext is null)
        {
            return;
        }

        var form = flow.Form;
        var posted = HttpContext.Request.Form;
        var body = FormBody.Carried(posted[FieldNames.BodyField]);
        var page = int.TryParse(posted[FieldNames.PageField], NumberStyles.None, CultureInfo.InvariantCulture, out var given) && given < flow.Count ? given : 0;
        FormBody.Read(body, flow.Fields(page), name => [.. posted[name].OfType<string>()]);
        _consents[form.Id] = ConsentFields.Read(name => posted[name]);
        var evaluation = await EvaluateAsync(form, body);
        (_bodies[form.Id], _evaluations[form.Id], _pages[form.Id]) = (body, evaluation, page);

        if (posted[FieldNames.MoveField] == FieldNames.SendCode)
        {
            await SendCodeAsync(flow, page, body, evaluation);
            return;
        }

        if (posted[FieldNames.MoveField] == FieldNames.Back)
        {
            var previous = flow.Next(page, evaluation, -1);
            _pages[form.Id] = previous >= 0 ? previous : page;
            return;
        }

        if (flow.Next(page, evaluation) is var next and >= 0)
        {
            var blocking = flow.Blocking(page, evaluation);
            if (blocking.Count > 0)
            {
                ShowProblems(flow, blocking);
                return;
            }

            _pages[form.Id] = next;
            return;
        }

        await SendLastAsync(flow, body, evaluation, ReferenceEquals(flow, _flows[0]) && _offersFeedback ? posted[NotifyFields.ContactField].ToString() : null);
    }

    /// <summary>
    /// The last page sent: everything that stops the form is shown at once — the tool's errors on every page, the
    /// consents, the field caps and the contact for feedback — so that a person fixes them together rather than
    /// meeting them one after the other. Only a form with none of them goes to the tool.
    /// </summary>
    private async Task SendLastAsync(FormFlow flow, JsonObject body, FormEvaluation evaluation, string? notify)
    {
        _notify = notify;
        var problems = Enumerable.Range(0, flow.Count).SelectMany(p => flow.Blocking(p, evaluation)).ToList();
        var sendable = (JsonObject)body.DeepClone();
        foreach (var skipped in flow.Skipped(evaluation))
        {
            FormBody.Remove(sendable, skipped.Path);
        }

        problems.AddRange(Forms.Precheck(sendable, ConsentOf(flow.Form)));
        var (contact, notifyError) = notify is null ? (null, null) : await NotifyFields.CheckAsync(Feedback, InstanceId, notify, Language, P, Codes, Aborted);
        if (problems.Count > 0)
        {
            ShowProblems(flow, problems);
        }

        if (notifyError is not null)
        {
            _notifyErrors = [notifyError];
            _summary.Add((NotifyFields.ControlId, notifyError));
        }

        if (problems.Count == 0 && notifyError is null)
        {
            await SendBodyAsync(flow, sendable, contact);
        }
    }

    private async Task SendBodyAsync(FormFlow flow, JsonObject body, NotifyContact? contact)
    {
        var form = flow.Form;
        FormSent sent;
        try
        {
            sent = await Forms.SendAsync(InstanceId, StepId, form, body, ConsentOf(form), Language, Aborted);
        }
        catch (ToolException error)
        {
            ShowProblems(flow, error.Problems.Count > 0 ? error.Problems : [new ToolProblem(error.Code, string.Empty, error.Message)]);
            return;
        }

        if (sent.Accepted)
        {
            if (contact is not null)
            {
                await Feedback.SubscribeAsync(InstanceId, StepId, contact, Aborted);
            }

            var deletion = sent.DeletionCode;
            Navigation.NavigateTo(PortalLinks.Thanks(InstanceId, StepId, form.Id, sent.Receipt, ThanksNotice.Protect(Protection, ThanksNotice.Of(sent.Result, Language)))
                + DeletionCodes.Query(Protection, deletion));
            return;
        }

        var errors = PortalProblems.Errors(sent.Problems);
        ShowProblems(flow, errors.Count > 0 ? errors : [new ToolProblem(ToolCodes.ToolFault, string.Empty, "refused")]);
    }

    /// <summary>
    /// "Send the code": a one-time code to the identifier the page's code field names (<see cref="FormField.CodeFor"/>),
    /// through the host (the tool only declares the check). The identifier stays in its control so that the person
    /// can vote with the code; a refusal is shown at the identifier.
    /// </summary>
    private async Task SendCodeAsync(FormFlow flow, int page, JsonObject body, FormEvaluation evaluation)
    {
        var codeField = flow.Shown(page, evaluation).FirstOrDefault(f => f.CodeFor is not null);
        if (codeField?.CodeFor is not { } identifierPath || HttpContext is null)
        {
            return;
        }

        var identifier = FormBody.Get(body, identifierPath) is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
        try
        {
            await Tools.RequestVerificationAsync(InstanceId, StepId, identifier, Edges.ClientPartition.Of(HttpContext), ToolCaller.Public(Language), Aborted);
            _codeSent.Add(flow.Form.Id);
            _keptPersonal.Add((flow.Form.Id, identifierPath));
        }
        catch (ToolException error)
        {
            ShowProblems(flow, error.Problems.Count > 0 ? error.Problems : [new ToolProblem(error.Code, string.Empty, error.Message)]);
        }
    }

    /// <summary>The tool's problems at their fields: back to the page of the first one, every one of that page at its field, the rest at the top.</summary>
    private void ShowProblems(FormFlow flow, IReadOnlyList<ToolProblem> problems)
    {
        var form = flow.Form;
        var answerIds = form.Target == FormTarget.Submission;
        var located = problems.Select(p => (Problem: p, Path: Located(p, answerIds))).ToList();
        if (located.Select(p => flow.PageOf(p.Path)).Where(p => p >= 0).DefaultIfEmpty(-1).Min() is var first and >= 0)
        {
            _pages[form.Id] = first;
        }

        var shown = flow.Shown(_pages[form.Id], EvaluationOf(flow)).ToDictionary(f => f.Path, StringComparer.Ordinal);
        foreach (var (problem, path) in located)
        {
            var message = PortalProblems.Message(P, Codes, problem);
            if (ConsentKindOf(problem) is { } kind)
            {
                _consentErrors[(form.Id, kind)] = [.. _consentErrors.GetValueOrDefault((form.Id, kind), []), message];
                _summary.Add((ConsentFields.Id(form.Id, kind), message));
            }
            else if (shown.TryGetValue(path, out var field) && field.Widget != FieldWidget.Hidden)
            {
                _fieldErrors[(form.Id, path)] = [.. _fieldErrors.GetValueOrDefault((form.Id, path), []), message];
                _summary.Add((FieldNames.Id(form.Id, path), $"{field.Label.In(Language)}: {message}"));
            }
            else
            {
                _summary.Add((null, message));
            }
        }
    }

    /// <summary>
    /// Where a problem belongs in the body. A second submission by the same person (the engine's unique-key
    /// check, <c>/uniqueKey</c>) is about the identifier the submission gave, so it is shown there.
    /// </summary>
    private static string Located(ToolProblem problem, bool answerIds) =>
        problem.Code == ToolCodes.AlreadySubmitted && problem.Path is "/uniqueKey" or ""
            ? "/identifier"
            : ConsentKindOf(problem) == ConsentFields.Sensitive
                ? "/respondent/ethnicity"
                : PortalProblems.Pointer(problem.Path, answerIds);

    /// <summary>The consent box a problem belongs beside (the sensitive one sits next to the sensitive field, so its page is that field's).</summary>
    private static string? ConsentKindOf(ToolProblem problem) => problem.Path switch
    {
        ConsentCheck.PrivacyPointer => ConsentFields.Privacy,
        ConsentCheck.SensitivePointer => ConsentFields.Sensitive,
        _ => null,
    };

    private PublicConsent ConsentOf(SurfaceForm form) => _consents.GetValueOrDefault(form.Id) ?? new PublicConsent();

    private IReadOnlyList<string> ConsentErrorsOf(SurfaceForm form, string kind) => _consentErrors.GetValueOrDefault((form.Id, kind), []);

    private async Task<FormEvaluation> EvaluateAsync(SurfaceForm form, JsonObject body)
    {
        try
        {
            return await Tools.EvaluateAsync(InstanceId, StepId, form.Id, JsonSerializer.SerializeToElement(body), ToolCaller.Public(Language), Aborted);
        }
        catch (ToolException)
        {
            // The tool cannot say now: every field applies, and sending will tell.
            return FormEvaluation.All(form);
        }
    }

    private static string FormName(SurfaceForm form) => "step-form-" + form.Id;

    private int PageOf(FormFlow flow) => _pages.GetValueOrDefault(flow.Form.Id);

    private FormEvaluation EvaluationOf(FormFlow flow) => _evaluations.GetValueOrDefault(flow.Form.Id) ?? FormEvaluation.All(flow.Form);

    private static int PageNumber(FormFlow flow, int page, FormEvaluation evaluation) =>
        Enumerable.Range(0, page + 1).Count(p => flow.Shown(p, evaluation).Any(f => f.Widget != FieldWidget.Hidden));

    private static int PageCount(FormFlow flow, FormEvaluation evaluation) =>
        Enumerable.Range(0, flow.Count).Count(p => flow.Shown(p, evaluation).Any(f => f.Widget != FieldWidget.Hidden));

    /// <summary>The body of the other pages, carried in a hidden field: the page shown is read again from its controls.</summary>
    private string Carried(FormFlow flow, int page)
    {
        var body = (JsonObject)(_bodies.GetValueOrDefault(flow.Form.Id) ?? []).DeepClone();
        foreach (var field in flow.Fields(page))
        {
            FormBody.Remove(body, field.Path);
        }

        return body.ToJsonString();
    }

    private IReadOnlyList<string> ValuesOf(FormFlow flow, FormField field)
    {
        if (field.Personal && !_keptPersonal.Contains((flow.Form.Id, field.Path)))
        {
            return [];
        }

        var shown = _bodies.TryGetValue(flow.Form.Id, out var body) ? FormBody.Shown(body, field.Path) : [];
        return shown.Count == 0 && field.Value is { } initial ? [initial] : shown;
    }

    /// <summary>The choices the tool offers now for the field (its choice filter), in the tool's order; null for all of them.</summary>
    private static IReadOnlyList<FieldChoice>? OfferedOf(FormField field, FormEvaluation evaluation) =>
        evaluation.Choices.TryGetValue(field.Path, out var values)
            ? [.. values.Select(v => field.Choices.FirstOrDefault(c => string.Equals(c.Value, v, StringComparison.Ordinal))).OfType<FieldChoice>()]
            : null;

    private IReadOnlyList<string> ErrorsOf(SurfaceForm form, FormField field) => _fieldErrors.GetValueOrDefault((form.Id, field.Path), []);
}
