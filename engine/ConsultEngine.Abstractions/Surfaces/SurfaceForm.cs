namespace ConsultEngine.Abstractions;

/// <summary>Where a form's body goes when it is sent.</summary>
public enum FormTarget
{
    /// <summary>
    /// A submission to the tool (<see cref="IConsultationTool.CollectAsync"/>). The body has the shape of the
    /// public submission: <c>answers</c> (an object), <c>text</c>, <c>identifier</c>, <c>subject</c>,
    /// <c>respondent</c> (an object of <see cref="RespondentAttributes"/>); fields point into it.
    /// </summary>
    Submission,

    /// <summary>One of the tool's actions (<see cref="SurfaceForm.Action"/>); the body is the action's payload.</summary>
    Action,
}

/// <summary>
/// A form as data: fields in display order, optional pages, and where the body goes. The host renders it
/// as a plain HTML form (no script needed), builds the body from the posted fields, asks the tool
/// (<see cref="IToolSurfaces.EvaluateAsync"/>) which fields apply and what is wrong, and sends it.
/// </summary>
public sealed record SurfaceForm
{
    /// <summary>The form's id within the step (<c>main</c>, <c>register</c>, <c>comment</c>).</summary>
    public required string Id { get; init; }

    public LocalText? Title { get; init; }

    public LocalText? Instructions { get; init; }

    public FormTarget Target { get; init; } = FormTarget.Submission;

    /// <summary>The action the body is the payload of, when <see cref="Target"/> is <see cref="FormTarget.Action"/>.</summary>
    public string? Action { get; init; }

    /// <summary>
    /// The JSON Schema (draft 2020-12, as JSON text) of the body, for clients that validate before
    /// sending; the tool checks every body again. May be <see langword="null"/> when the fields say all.
    /// </summary>
    public string? Schema { get; init; }

    /// <summary>The fields in display order.</summary>
    public IReadOnlyList<FormField> Fields { get; init; } = [];

    /// <summary>The pages, in order, each naming its fields; empty means one page holding every field.</summary>
    public IReadOnlyList<FormPage> Pages { get; init; } = [];

    /// <summary>The label of the send button (the host has a default).</summary>
    public LocalText? SubmitLabel { get; init; }

    /// <summary>Shown after a successful send (the host has a default thank-you).</summary>
    public LocalText? Confirmation { get; init; }
}

/// <summary>A page of a form: a title and the pointers of its fields.</summary>
public sealed record FormPage(string Id, LocalText? Title, IReadOnlyList<string> Fields);
