using ConsultEngine.Hosting.Feedback;
using ConsultEngine.Persistence.Feedback;
using ConsultEngine.Web.Codes;
using Microsoft.Extensions.Localization;

namespace ConsultEngine.Web.Portal;

/// <summary>
/// The optional "tell me the outcome" field of the public forms: one text box that takes an email
/// address or a mobile number (an <c>@</c> makes it an email address), checked before the submission
/// is handed to the tool and stored only once the tool accepted it.
/// </summary>
internal static class NotifyFields
{
    public const string ContactField = "notify-contact";

    /// <summary>The HTML id of the text box (the error summary links to it).</summary>
    public const string ControlId = "notify-contact";

    /// <summary>The request the box holds, or <see langword="null"/> when it was left empty.</summary>
    public static NotifyRequest? Read(string? contact, string language) =>
        string.IsNullOrWhiteSpace(contact) ? null : new NotifyRequest(contact.Contains('@', StringComparison.Ordinal) ? "email" : "phone", contact.Trim(), language);

    /// <summary>The checked contact, or the refusal's message in the reader's language.</summary>
    public static async Task<(NotifyContact? Contact, string? Error)> CheckAsync(IFeedbackSubscriptions feedback, Guid instanceId, string? contact, string language,
        IStringLocalizer localizer, ICodeText codes, CancellationToken cancellationToken)
    {
        if (Read(contact, language) is not { } request)
        {
            return (null, null);
        }

        try
        {
            return (await feedback.CheckAsync(instanceId, request, cancellationToken).ConfigureAwait(false), null);
        }
        catch (FeedbackException error)
        {
            return (null, PortalProblems.Message(localizer, codes, new Abstractions.ToolProblem(error.Code, string.Empty, error.Message)));
        }
    }
}
