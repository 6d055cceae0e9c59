using System.Security.Claims;
using ConsultEngine.Definitions.Administrative;

namespace ConsultEngine.Web.Tenancy;

/// <summary>
/// A staff member's province: the official code of one of the 34 provinces, or <see langword="null"/>
/// for the national level (who sees every province). Stored on the user, carried as the claim
/// <see cref="ClaimType"/> from sign-in on; a national user carries no such claim.
/// </summary>
internal static class StaffProvince
{
    public const string ClaimType = "ce:province";

    /// <summary>The word an operator types for the national level (<c>users add --province national</c>).</summary>
    public const string NationalWord = "national";

    /// <summary>The province of a signed-in principal, or <see langword="null"/> when national (or not signed in).</summary>
    public static string? Of(ClaimsPrincipal? principal) =>
        principal?.FindFirst(ClaimType)?.Value is { Length: > 0 } code ? code : null;

    /// <summary>
    /// Reads what an operator typed: empty or <see cref="NationalWord"/> is national, otherwise an official
    /// code (<c>48</c>) — <see langword="false"/> when it is neither.
    /// </summary>
    public static bool TryParse(string? text, out string? province)
    {
        province = null;
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed) || string.Equals(trimmed, NationalWord, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        province = Provinces.Find(trimmed)?.Code;
        return province is not null;
    }

    /// <summary>A province's name in the reading language, or the national level's.</summary>
    public static string Label(string? province, bool english) =>
        Provinces.Find(province) is { } unit ? (english ? unit.EnglishName : unit.Name) : english ? "National" : "Trung ương";
}
