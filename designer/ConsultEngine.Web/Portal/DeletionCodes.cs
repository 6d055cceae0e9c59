using System.Text.Json.Nodes;
using Microsoft.AspNetCore.DataProtection;

namespace ConsultEngine.Web.Portal;

/// <summary>
/// The one-time deletion code every accepted public submission's receipt carries (shown once: only its keyed
/// hash is kept). The person's identifier is the body's <c>identifier</c> when the step asked one, else the
/// receipt. On its way to the thank-you page the code travels protected, so no address bar or log shows it.
/// </summary>
internal static class DeletionCodes
{
    public const string QueryName = "deletion";
    private const string Purpose = "ConsultEngine.Portal.DeletionCode";

    /// <summary>The person's identifier as the body gives it (the step asked one), or null: then the receipt identifies them.</summary>
    public static string? IdentifierOf(JsonObject body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return body["identifier"] is JsonValue value && value.TryGetValue<string>(out var given) && !string.IsNullOrWhiteSpace(given) ? given : null;
    }

    /// <summary>The query of the thank-you link that carries the code, or nothing.</summary>
    public static string Query(IDataProtectionProvider protection, string? code) =>
        code is null ? string.Empty : $"&{QueryName}={Uri.EscapeDataString(LinkSeal.Protect(protection, Purpose, code))}";

    /// <summary>The code a thank-you link carries, or null when there is none or this site did not write it.</summary>
    public static string? Unprotect(IDataProtectionProvider protection, string? carried) => LinkSeal.Unprotect(protection, Purpose, carried);
}
