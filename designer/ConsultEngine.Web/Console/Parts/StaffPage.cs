using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace ConsultEngine.Web.StaffConsole.Parts;

/// <summary>
/// The base of the console's pages: the signed-in staff member, the reading language, and refusals
/// caught into <see cref="Refusal"/>. A page that is refused with 403 while it prerenders answers the
/// HTTP request with 403 too, so a direct link to another organisation's tool step is a real 403.
/// </summary>
public abstract class StaffPage : ComponentBase
{
    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    [CascadingParameter]
    private HttpContext? HttpContext { get; set; }

    protected Refusal? Refusal { get; set; }

    protected static string Language =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == Localization.Cultures.English ? Localization.Cultures.English : Localization.Cultures.Vietnamese;

    internal async Task<StaffUser> UserAsync()
    {
        var state = AuthenticationState is null ? null : await AuthenticationState.ConfigureAwait(true);
        return StaffUser.From(state?.User ?? new System.Security.Claims.ClaimsPrincipal());
    }

    /// <summary>Runs a command or read; a refusal is kept in <see cref="Refusal"/> and <c>false</c> returned.</summary>
    protected async Task<bool> TryAsync(Func<Task> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        try
        {
            await action().ConfigureAwait(true);
            Refusal = null;
            return true;
        }
        catch (Exception exception) when (Refusal.From(exception) is { } refusal)
        {
            Refusal = refusal;
            if (refusal.Status is StatusCodes.Status403Forbidden or StatusCodes.Status404NotFound && HttpContext is { Response.HasStarted: false } http)
            {
                http.Response.StatusCode = refusal.Status;
            }

            return false;
        }
    }

    protected static string Text(Definitions.Model.LocalizedText? text, string fallback) => text?.Get(Language) is { Length: > 0 } value ? value : fallback;

    /// <summary>A moment in Vietnam's time, written as the portal writes it (<see cref="Localization.MomentText"/>).</summary>
    protected static string When(DateTimeOffset? at) => at is { } moment ? Localization.MomentText.When(moment, Language) : "—";
}
