using System.Text.Json;
using System.Text.Json.Nodes;
using ConsultEngine.Abstractions;
using ConsultEngine.Definitions.Model;
using ConsultEngine.Hosting.Tools;

namespace ConsultEngine.Web.Portal;

/// <summary>A hearing session as the public sees it: where, when, seats and how many are taken or waiting.</summary>
public sealed record HearingSessionView(string Id, LocalizedText? Title, string Venue, string Address, DateTimeOffset StartsAt, DateTimeOffset EndsAt, int Capacity, int Seated, int Waiting)
{
    public int FreeSeats => Math.Max(0, Capacity - Seated);
}

/// <summary>What a registration came to: a seat, or a place on the waiting list.</summary>
public sealed record HearingRegistration(string SessionId, string RegistrationId, string Status, int? WaitingPosition)
{
    public bool OnWaitingList => string.Equals(Status, "waiting", StringComparison.Ordinal);
}

/// <summary>
/// The public side of a hearing step. Registering is the tool's public <c>register</c> action, called as
/// the public. The sessions are read with the tool's <c>roster</c> action, which the hearing offers to
/// staff only (it has no public read of its sessions): the portal calls it as the system actor
/// <see cref="ReaderActor"/> and keeps only each session's place, time and counts — no registration
/// ever leaves this class.
/// </summary>
internal sealed class HearingSessions(IToolSteps tools)
{
    /// <summary>The actor the portal reads the sessions as.</summary>
    public const string ReaderActor = "portal";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<IReadOnlyList<HearingSessionView>> ListAsync(Guid instanceId, string stepId, CancellationToken cancellationToken)
    {
        JsonElement? roster;
        try
        {
            roster = await tools.ExecuteAsync(instanceId, stepId, "roster", JsonSerializer.SerializeToElement(new JsonObject()), ToolCaller.Staff(ReaderActor), cancellationToken).ConfigureAwait(false);
        }
        catch (ToolException)
        {
            return [];
        }

        if (roster is not { ValueKind: JsonValueKind.Object } view || !view.TryGetProperty("sessions", out var sessions) || sessions.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var list = new List<HearingSessionView>();
        foreach (var entry in sessions.EnumerateArray())
        {
            var session = entry.GetProperty("session").Deserialize<SessionJson>(Json);
            var counts = entry.TryGetProperty("counts", out var c) ? c.Deserialize<CountsJson>(Json) : null;
            if (session is null)
            {
                continue;
            }

            list.Add(new HearingSessionView(session.Id, session.Title, session.Venue ?? string.Empty, session.Address ?? string.Empty, session.StartsAt, session.EndsAt, counts?.Capacity ?? session.Capacity, counts?.Registered ?? 0, counts?.Waiting ?? 0));
        }

        return list;
    }

    /// <summary>Registers a person for a session as the public; a refusal is the tool's <see cref="ToolException"/> with its code and problems.</summary>
    public async Task<HearingRegistration> RegisterAsync(Guid instanceId, string stepId, string sessionId, string fullName, string? phone, string language, CancellationToken cancellationToken)
    {
        var payload = new JsonObject { ["sessionId"] = sessionId, ["fullName"] = fullName };
        if (!string.IsNullOrWhiteSpace(phone))
        {
            payload["phone"] = phone;
        }

        var result = await tools.ExecuteAsync(instanceId, stepId, "register", JsonSerializer.SerializeToElement(payload), ToolCaller.Public(language), cancellationToken).ConfigureAwait(false);
        var outcome = result?.Deserialize<RegistrationJson>(Json);
        return new HearingRegistration(outcome?.SessionId ?? sessionId, outcome?.RegistrationId ?? string.Empty, outcome?.Status ?? "registered", outcome?.WaitingPosition);
    }

    private sealed record SessionJson(string Id, LocalizedText? Title, string? Venue, string? Address, DateTimeOffset StartsAt, DateTimeOffset EndsAt, int Capacity);

    private sealed record CountsJson(int Capacity, int Registered, int Waiting);

    private sealed record RegistrationJson(string? SessionId, string? RegistrationId, string? Status, int? WaitingPosition);
}
