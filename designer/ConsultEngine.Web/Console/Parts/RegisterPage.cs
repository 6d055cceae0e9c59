using ConsultEngine.Abstractions;
using ConsultEngine.Hosting.Registers;
using ConsultEngine.Web.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace ConsultEngine.Web.StaffConsole.Parts;

/// <summary>
/// The base of the register pages of a consultation (explanation register, recommendations, decisions,
/// traces): the consultation's id and title, the register service, its texts, and whether the signed-in
/// member keeps the registers (<see cref="Policies.KeepRegisters"/>). The service itself checks no role:
/// every change a page makes goes through <see cref="ChangeAsync"/>, which refuses anyone else.
/// </summary>
public abstract class RegisterPage : StaffPage
{
    [Parameter]
    public Guid Id { get; set; }

    [Inject]
    internal IConsultationRegisters Registers { get; set; } = default!;

    [Inject]
    internal Consultations Consultations { get; set; } = default!;

    [Inject]
    internal IStringLocalizer<RegisterText> R { get; set; } = default!;

    /// <summary>The consultation's title (its id when it has none); null until read.</summary>
    protected string? ConsultationTitle { get; private set; }

    /// <summary>Whether the signed-in member may change the registers (the forms are shown only then).</summary>
    protected bool Keeps { get; private set; }

    /// <summary>True while a change runs (its button is disabled).</summary>
    protected bool Busy { get; private set; }

    protected override async Task OnParametersSetAsync()
    {
        var user = await UserAsync();
        Keeps = user.Roles.Any(Policies.RolesOf[Policies.KeepRegisters].Contains);
        if (await TryAsync(async () => ConsultationTitle = (await Consultations.GetAsync(Id, user)).Instance.Title ?? Id.ToString()))
        {
            await LoadAsync();
        }
    }

    /// <summary>Reads what the page shows (refusals land in <see cref="StaffPage.Refusal"/>).</summary>
    protected abstract Task LoadAsync();

    /// <summary>Runs a change as the signed-in member, then reads the page again keeping a refusal on screen; false when refused.</summary>
    internal async Task<bool> ChangeAsync(Func<string, Task> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var user = await UserAsync();
        if (!user.Roles.Any(Policies.RolesOf[Policies.KeepRegisters].Contains))
        {
            // The forms are shown only to these roles; a forged event from anyone else changes nothing.
            return false;
        }

        Busy = true;
        try
        {
            var done = await TryAsync(() => change(user.Actor));
            var refusal = Refusal;
            await LoadAsync();
            Refusal ??= refusal;
            return done;
        }
        finally
        {
            Busy = false;
        }
    }

    protected static string Local(LocalText? text) => text?.In(Language) ?? "—";

    protected static string Date(DateOnly? date) => date?.ToString("d", System.Globalization.CultureInfo.CurrentCulture) ?? "—";

    /// <summary>The text of an enum value (its key <c>Prefix.Name</c>), its name when the catalogue lacks it.</summary>
    protected string EnumText<TEnum>(string prefix, TEnum value)
        where TEnum : struct, Enum =>
        R[$"{prefix}.{value}"] is { ResourceNotFound: false } text ? text : value.ToString();

    protected static string Clip(string text, int length = 120) => text.Length > length ? text[..length] + "…" : text;
}
