using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.PublicHearing;

/// <summary>What every action of the hearing checks first: who acts, whether the step is closed, which session.</summary>
internal static class Hearing
{
    public static ToolException Refusal(ToolContext context, string code, string message) =>
        new(code, message) { ToolId = PublicHearingTool.ToolId, InstanceId = context.InstanceId, StepId = context.StepId };

    public static void RequireStaff(ToolContext context, string action)
    {
        if (context.Actor is null)
        {
            throw Refusal(context, ToolCodes.NotAllowed, $"Chỉ cán bộ được thực hiện '{action}'. / Only staff may '{action}'.");
        }
    }

    public static async ValueTask RequireNotClosedAsync(ToolContext context, CancellationToken cancellationToken)
    {
        if (await context.Records.GetAsync(HearingClosing.Collection, HearingClosing.Key, cancellationToken).ConfigureAwait(false) is not null)
        {
            throw Refusal(context, PublicHearingCodes.HearingClosed, "Bước điều trần đã kết thúc. / The hearing's step is closed.");
        }
    }

    public static async ValueTask<HearingSession> SessionAsync(ToolContext context, string? sessionId, CancellationToken cancellationToken)
    {
        var session = sessionId is null ? null : await VersionedRecords.GetAsync<HearingSession>(context, HearingSession.Collection, sessionId, cancellationToken).ConfigureAwait(false);
        return session ?? throw Refusal(context, PublicHearingCodes.SessionUnknown, "Không có phiên điều trần này. / There is no such session.");
    }

    public static async ValueTask<SessionRoster> RosterAsync(ToolContext context, HearingSession session, CancellationToken cancellationToken) =>
        await VersionedRecords.GetAsync<SessionRoster>(context, SessionRoster.Collection, session.Id, cancellationToken).ConfigureAwait(false)
            ?? new SessionRoster(session.Id, session.Capacity, 1, []);
}

/// <summary>What an action of the hearing returns; only the members that apply are written.</summary>
internal sealed record ActionResult
{
    public string? SessionId { get; init; }

    public string? RegistrationId { get; init; }

    public string? DisplayName { get; init; }

    /// <summary><c>registered</c>, <c>waiting</c>, <c>cancelled</c>, <c>checked-in</c>, <c>recorded</c>...</summary>
    public string? Status { get; init; }

    /// <summary>The place on the waiting list (1 is next).</summary>
    public int? WaitingPosition { get; init; }

    /// <summary>
    /// What the person who acted should read once it is done (the portal's thank-you shows a result's <c>notice</c>):
    /// a wait-listed registration's place on the list.
    /// </summary>
    public LocalText? Notice { get; init; }

    /// <summary>Registrations moved from the waiting list into a seat by this action.</summary>
    public IReadOnlyList<string>? Promoted { get; init; }

    public string? SpeakerId { get; init; }

    public IReadOnlyList<Guid>? InputIds { get; init; }

    public Guid? InputId { get; init; }

    public IReadOnlyList<string>? Themes { get; init; }

    public int? Capacity { get; init; }

    public int? Attended { get; init; }

    public DateTimeOffset? At { get; init; }
}
