using System.Text.Json.Nodes;
using ConsultEngine.Hosting.Privacy;
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

    /// <summary>A code for the stored inputs of <paramref name="stored"/>, or null when nothing was stored (an action's receipt).</summary>
    public static async Task<string?> IssueAsync(IPersonalData personalData, Guid instanceId, string stepId, IReadOnlyList<Guid> stored, JsonObject body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(personalData);
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(body);
        if (stored.Count == 0)
        {
            return null;
        }

        var identifier = body["identifier"] is JsonValue value && value.TryGetValue<string>(out var given) && !string.IsNullOrWhiteSpace(given) ? given : null;
        return await personalData.IssueDeletionCodeAsync(instanceId, stepId, stored, identifier, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The query of the thank-you link that carries the code, or nothing.</summary>
    public static string Query(IDataProtectionProvider protection, string? code) =>
        code is null ? string.Empty : $"&{QueryName}={Uri.EscapeDataString(LinkSeal.Protect(protection, Purpose, code))}";

    /// <summary>The code a thank-you link carries, or null when there is none or this site did not write it.</summary>
    public static string? Unprotect(IDataProtectionProvider protection, string? carried) => LinkSeal.Unprotect(protection, Purpose, carried);
}
