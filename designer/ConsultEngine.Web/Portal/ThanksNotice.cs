using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace ConsultEngine.Web.Portal;

/// <summary>
/// What a tool asks the person who sent a form to read on the thank-you page, beside the receipt: the
/// <c>notice</c> of its action's result (a text, or <c>{ "vi": …, "en": … }</c>), such as a wait-listed
/// registration's place on the list. The host reads only that name, never what a tool means by it. The
/// text travels to the thank-you page protected, so that no link can put words of its own on the portal.
/// </summary>
internal static class ThanksNotice
{
    private const string Purpose = "ConsultEngine.Portal.ThanksNotice";

    /// <summary>The notice of an action's result in <paramref name="language"/> (Vietnamese when the tool gave no English), or null.</summary>
    public static string? Of(JsonElement? result, string language)
    {
        if (result is not { ValueKind: JsonValueKind.Object } answer || !answer.TryGetProperty("notice", out var notice))
        {
            return null;
        }

        var text = notice.ValueKind switch
        {
            JsonValueKind.String => notice.GetString(),
            JsonValueKind.Object => In(notice, language) ?? In(notice, "vi"),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }

    public static string? Protect(IDataProtectionProvider protection, string? notice) =>
        notice is null ? null : LinkSeal.Protect(protection, Purpose, notice);

    /// <summary>The notice a thank-you link carries, or null when there is none or it was not written by this site.</summary>
    public static string? Unprotect(IDataProtectionProvider protection, string? carried) => LinkSeal.Unprotect(protection, Purpose, carried);

    private static string? In(JsonElement notice, string language) =>
        notice.TryGetProperty(language, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
