using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.PublicHearing;

/// <summary>
/// Past the consultation's retention: registrations and speakers keep their number, status and times (the
/// counts the minutes and the analysis rest on) and lose the display name, the phone hash and the
/// respondent attributes. Marked by the display name <see cref="Erased"/>, so a second call changes nothing.
/// </summary>
public sealed partial class PublicHearingTool : IErasesPersonalData
{
    /// <summary>The display name of an erased registration or speaker.</summary>
    internal const string Erased = "—";

    public async ValueTask<int> ErasePersonalDataAsync(ToolContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var changed = 0;
        foreach (var record in await context.Records.ListAsync(SessionRoster.Collection, cancellationToken).ConfigureAwait(false))
        {
            changed += await VersionedRecords.UpdateAsync<SessionRoster, int>(context, SessionRoster.Collection, record.Key, roster =>
            {
                var current = roster ?? HearingJson.FromElement<SessionRoster>(record.Value)!;
                var erased = current.Registrations.Select(r => r.DisplayName == Erased ? r : r with { DisplayName = Erased, PhoneHash = null, Respondent = RespondentAttributes.None }).ToList();
                return (current with { Registrations = erased }, current.Registrations.Any(r => r.DisplayName != Erased) ? 1 : 0);
            }, cancellationToken).ConfigureAwait(false);
        }

        foreach (var record in await context.Records.ListAsync(SessionSpeakers.Collection, cancellationToken).ConfigureAwait(false))
        {
            changed += await VersionedRecords.UpdateAsync<SessionSpeakers, int>(context, SessionSpeakers.Collection, record.Key, speakers =>
            {
                var current = speakers ?? HearingJson.FromElement<SessionSpeakers>(record.Value)!;
                var erased = current.Speakers.Select(s => s.DisplayName == Erased ? s : s with { DisplayName = Erased, Respondent = RespondentAttributes.None }).ToList();
                return (current with { Speakers = erased }, current.Speakers.Any(s => s.DisplayName != Erased) ? 1 : 0);
            }, cancellationToken).ConfigureAwait(false);
        }

        return changed;
    }
}
