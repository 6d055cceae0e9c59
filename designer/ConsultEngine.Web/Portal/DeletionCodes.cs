using System.Text.Json.Nodes;
using Microsoft.AspNetCore.DataProtection;

namespace ConsultEngine.Web.Portal;

/// <summary>
/// The one-time deletion code every accepted public submission's receipt carries (shown once: only its keyed
/// hash is kept). The person's identifier is the body's <c>identifier</c> when the step asked one, else the
/// receipt. On its way to the thank-you page the code travels protected, so no address bar or log shows it,
/// and for <see cref="Lifetime"/> only: the thank-you link stays in the browser's history, and opened again
/// later it shows the receipt without the code.
/// </summary>
internal static class DeletionCodes
{
    public const string QueryName = "deletion";
    private const string Purpose = "ConsultEngine.Portal.DeletionCode";

    /// <summary>How long the thank-you link shows the code: enough to copy it or reload the page, not a lasting copy in the history.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    /// <summary>The person's identifier as the body gives it (the step asked one), or null: then the receipt identifies them.</summary>
    public static string? IdentifierOf(JsonObject body)
    {
        ArgumentNullException.ThrowIfNull(body);
        return body["identifier"] is JsonValue value && value.TryGetValue<string>(out var given) && !string.IsNullOrWhiteSpace(given) ? given : null;
    }

    /// <summary>The query of the thank-you link that carries the code for <see cref="Lifetime"/>, or nothing.</summary>
    public static string Query(IDataProtectionProvider protection, string? code) => Query(protection, code, DateTimeOffset.UtcNow + Lifetime);

    /// <summary>The query of a thank-you link that carries the code until <paramref name="expiration"/>, or nothing.</summary>
    internal static string Query(IDataProtectionProvider protection, string? code, DateTimeOffset expiration) =>
        code is null ? string.Empty : $"&{QueryName}={Uri.EscapeDataString(LinkSeal.ProtectUntil(protection, Purpose, code, expiration))}";

    /// <summary>The code a thank-you link carries, or null when there is none, this site did not write it, or its time is over.</summary>
    public static string? Unprotect(IDataProtectionProvider protection, string? carried) => LinkSeal.UnprotectTimed(protection, Purpose, carried);
}
