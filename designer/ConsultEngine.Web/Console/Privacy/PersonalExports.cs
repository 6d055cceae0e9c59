using System.Text.Json;
using ConsultEngine.Runtime;
using ConsultEngine.Runtime.Privacy;
using ConsultEngine.Web.Portal.Privacy;
using ConsultEngine.Web.Security;

namespace ConsultEngine.Web.StaffConsole.Privacy;

/// <summary>
/// Exports with personal data (Decree 13/2023/NĐ-CP): a tool's export leaves personal fields out unless its
/// payload asks for them (<c>"personal": true</c>); only <see cref="Roles.Administrator"/> and
/// <see cref="Roles.StandingCommittee"/> may ask (CE8222, 403, otherwise), and every such export is journaled
/// on the consultation through the engine (who, when, what, how many rows).
/// </summary>
internal sealed class PersonalExports(ProcessEngine engine)
{
    /// <summary>The roles that may take personal data out of the system.</summary>
    public static IReadOnlySet<string> Allowed { get; } = new HashSet<string>([Roles.Administrator, Roles.StandingCommittee], StringComparer.Ordinal);

    /// <summary>Whether a payload asks for personal data (<c>"personal": true</c>).</summary>
    public static bool Asks(JsonElement payload) =>
        payload.ValueKind == JsonValueKind.Object && payload.TryGetProperty("personal", out var personal) && personal.ValueKind == JsonValueKind.True;

    /// <summary>Refuses a user without one of the <see cref="Allowed"/> roles (CE8222).</summary>
    public static void Check(StaffUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!user.Roles.Overlaps(Allowed))
        {
            throw new ConsoleException(PrivacyCodes.PersonalExportForbidden, "Only Administrators or the Standing Committee may export personal data.");
        }
    }

    /// <summary>Journals the export; the row count is the tool's <c>rows</c> when it answered one.</summary>
    public async Task RecordAsync(Guid instanceId, string stepId, string action, JsonElement? result, StaffUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        int? rows = result is { ValueKind: JsonValueKind.Object } answer && answer.TryGetProperty("rows", out var count) && count.TryGetInt32(out var n) ? n : null;
        await engine.RecordPersonalDataExportAsync(instanceId, new PersonalDataExport(stepId, action, rows, user.Actor), cancellationToken).ConfigureAwait(false);
    }
}
