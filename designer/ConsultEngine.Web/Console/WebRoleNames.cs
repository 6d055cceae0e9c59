using Microsoft.Extensions.Localization;

namespace ConsultEngine.Web.StaffConsole;

/// <summary>A staff role (<see cref="Security.Roles"/>) as the reader names it; the stored name is the product's own and never changes.</summary>
internal static class WebRoleNames
{
    /// <summary>The role's name in the reader's language, or <c>null</c> when the console has none for it.</summary>
    public static string? Find(IStringLocalizer<ConsoleText> text, string webRole) =>
        text["WebRole." + webRole] is { ResourceNotFound: false } name ? name.Value : null;
}
