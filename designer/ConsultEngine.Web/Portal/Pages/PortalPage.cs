using ConsultEngine.Definitions.Model;
using ConsultEngine.Web.Localization;
using Microsoft.AspNetCore.Components;

namespace ConsultEngine.Web.Portal.Pages;

/// <summary>
/// What every portal page shares: the request (static server rendering: forms are read from it), the
/// reader's language, dates in Vietnam's time, and a 404 for a consultation or step not open to the public.
/// </summary>
public abstract class PortalPage : ComponentBase
{
    [CascadingParameter]
    public HttpContext? HttpContext { get; set; }

    /// <summary><c>vi</c> or <c>en</c>.</summary>
    protected static string Language => PortalApi.Language;

    /// <summary>Whether the page found nothing open to show (its answer is then 404).</summary>
    protected bool NotOpen { get; private set; }

    [Inject]
    private NavigationManager Navigator { get; set; } = default!;

    /// <summary>Answers 404 with the site's not-found page.</summary>
    protected void MarkNotOpen()
    {
        NotOpen = true;
        Navigator.NotFound();
    }

    protected static string Text(LocalizedText? text, string fallback = "") => text?.Get(Language) is { Length: > 0 } value ? value : fallback;

    /// <summary>A moment as people in Vietnam read it (UTC+7, no daylight saving), in the reader's culture.</summary>
    protected static string When(DateTimeOffset moment) => MomentText.When(moment, Language);

    protected static string Day(DateTimeOffset moment) => MomentText.Day(moment, Language);

    /// <summary>The machine-readable value of a <c>&lt;time&gt;</c> element.</summary>
    protected static string Iso(DateTimeOffset moment) => MomentText.Iso(moment);
}
