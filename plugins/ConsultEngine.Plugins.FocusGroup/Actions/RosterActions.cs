using System.Text.Json;
using System.Text.RegularExpressions;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.FocusGroup.Actions;

/// <summary>
/// Rosters. A participant is a pseudonymous code with respondent attributes and the consent recorded;
/// no name, phone or ID number is kept (the payload schema has no place for one, and a code that
/// looks like a phone or ID number is refused).
/// </summary>
internal static partial class RosterActions
{
    public static async ValueTask<JsonElement?> AddAsync(ToolContext context, JsonElement payload, CancellationToken cancellationToken)
    {
        var request = FocusGroupJson.Read<AddParticipantsPayload>(payload);
        var config = FocusGroupConfig.From(context);
        var store = new FocusGroupStore(context);
        var (group, version) = await store.RequireGroupAsync(request.Group, "/group", cancellationToken).ConfigureAwait(false);
        var taken = (await store.GroupsAsync(cancellationToken).ConfigureAwait(false))
            .SelectMany(g => g.Participants.Select(p => p.Code))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        var problems = new List<ToolProblem>();
        var added = new List<Participant>();
        for (var i = 0; i < request.Participants.Count; i++)
        {
            var participant = request.Participants[i];
            var path = $"/participants/{i}";
            if (!IsPseudonymous(participant.Code))
            {
                problems.Add(Refusal.Problem(context, FocusGroupCodes.ParticipantCodeNotPseudonymous, path + "/code",
                    "Mã người tham gia phải là mã ẩn danh (chữ, số, '-', '.', '_'; dưới 9 chữ số), không phải tên, số điện thoại hay số định danh.",
                    "A participant code must be pseudonymous (letters, digits, '-', '.', '_'; fewer than 9 digits), not a name, phone or ID number."));
            }
            else if (!taken.Add(participant.Code))
            {
                problems.Add(Refusal.Problem(context, FocusGroupCodes.ParticipantCodeTaken, path + "/code",
                    $"Mã '{participant.Code}' đã có trong danh sách một nhóm.", $"The code '{participant.Code}' is already on a roster."));
            }

            if (!participant.Consent.Given)
            {
                problems.Add(Refusal.Problem(context, FocusGroupCodes.ConsentMissing, path + "/consent/given",
                    $"Chưa ghi nhận sự đồng ý tham gia của '{participant.Code}'.", $"The consent of '{participant.Code}' is not recorded."));
            }

            problems.AddRange(Criteria.Check(context, group, participant, path));
            added.Add(participant with
            {
                Consent = participant.Consent with { At = participant.Consent.At ?? context.Now, RecordedBy = participant.Consent.RecordedBy ?? context.Actor },
            });
        }

        var size = group.Participants.Count + added.Count;
        if (size > config.ParticipantsPerGroup)
        {
            problems.Add(Refusal.Problem(context, FocusGroupCodes.RosterFull, "/participants",
                $"Nhóm '{group.Id}' tối đa {config.ParticipantsPerGroup} người; danh sách sẽ có {size}.",
                $"Group '{group.Id}' holds at most {config.ParticipantsPerGroup} participants; the roster would have {size}."));
        }

        Refusal.ThrowIfAny(context, problems);
        await store.PutGroupAsync(group with { Participants = [.. group.Participants, .. added] }, version, cancellationToken).ConfigureAwait(false);
        return FocusGroupJson.Write(new
        {
            group = group.Id,
            participants = size,
            group.PlannedSize,
            // Recruiting a few more than planned (for no-shows) is usual: said, not refused.
            overPlanned = size > group.PlannedSize,
        });
    }

    public static async ValueTask<JsonElement?> RemoveAsync(ToolContext context, JsonElement payload, CancellationToken cancellationToken)
    {
        var request = FocusGroupJson.Read<RemoveParticipantPayload>(payload);
        var store = new FocusGroupStore(context);
        var (group, version) = await store.RequireGroupAsync(request.Group, "/group", cancellationToken).ConfigureAwait(false);
        var participant = Passages.Find(group, request.Code)
            ?? throw Refusal.Of(context, FocusGroupCodes.ParticipantNotFound, "/code",
                $"'{request.Code}' không có trong danh sách nhóm '{group.Id}'.", $"'{request.Code}' is not on the roster of group '{group.Id}'.");
        if (await GroupActions.PassageCountAsync(context, group.Id, cancellationToken, participant.Code).ConfigureAwait(false) > 0)
        {
            throw Refusal.Of(context, FocusGroupCodes.ParticipantHasPassages, "/code",
                $"Đã ghi ý kiến của '{participant.Code}', không bỏ khỏi danh sách được.", $"Passages of '{participant.Code}' are recorded: they cannot leave the roster.");
        }

        await store.PutGroupAsync(group with { Participants = [.. group.Participants.Where(p => !string.Equals(p.Code, participant.Code, StringComparison.OrdinalIgnoreCase))] }, version, cancellationToken).ConfigureAwait(false);
        return FocusGroupJson.Write(new { group = group.Id, removed = participant.Code, participants = group.Participants.Count - 1 });
    }

    public static async ValueTask<JsonElement?> GetAsync(ToolContext context, JsonElement payload, CancellationToken cancellationToken)
    {
        var request = FocusGroupJson.Read<RosterPayload>(payload);
        var (group, _) = await new FocusGroupStore(context).RequireGroupAsync(request.Group, "/group", cancellationToken).ConfigureAwait(false);
        return FocusGroupJson.Write(new { group = group.Id, group.PlannedSize, participants = group.Participants });
    }

    /// <summary>A code of letters, digits, '-', '.', '_' with fewer than nine digits: nine or more would be a phone or citizen ID number.</summary>
    internal static bool IsPseudonymous(string code) => CodePattern().IsMatch(code) && code.Count(char.IsAsciiDigit) < 9;

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,23}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex CodePattern();

    private sealed record AddParticipantsPayload
    {
        public required string Group { get; init; }

        public required IReadOnlyList<Participant> Participants { get; init; }
    }

    private sealed record RemoveParticipantPayload
    {
        public required string Group { get; init; }

        public required string Code { get; init; }
    }

    private sealed record RosterPayload
    {
        public required string Group { get; init; }
    }
}
