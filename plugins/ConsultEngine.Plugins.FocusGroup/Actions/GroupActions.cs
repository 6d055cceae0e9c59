using System.Text.Json;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.FocusGroup.Actions;

/// <summary>Groups: define or update, remove, list.</summary>
internal static class GroupActions
{
    /// <summary>Creates the group or updates its definition; an update keeps the roster, which must still meet the criteria.</summary>
    public static async ValueTask<JsonElement?> DefineAsync(ToolContext context, JsonElement payload, CancellationToken cancellationToken)
    {
        var request = FocusGroupJson.Read<DefineGroupPayload>(payload);
        FocusGroupJson.RequireId(request.Id, "/id");
        var config = FocusGroupConfig.From(context);
        var store = new FocusGroupStore(context);
        var (existing, version) = await store.GroupAsync(request.Id, cancellationToken).ConfigureAwait(false);
        var problems = new List<ToolProblem>();

        if (existing is null && config.Groups is { } limit && (await store.GroupsAsync(cancellationToken).ConfigureAwait(false)).Count >= limit)
        {
            problems.Add(Refusal.Problem(context, FocusGroupCodes.GroupLimitReached, "/id",
                $"Cấu hình bước chỉ dự kiến {limit} nhóm.", $"The step's config plans {limit} groups only."));
        }

        for (var i = 0; i < request.Criteria.Count; i++)
        {
            var label = request.Criteria[i].Label;
            if (config.SelectionCriteria.Count > 0 && !config.SelectionCriteria.Any(c => Criteria.SameLabel(c, label)))
            {
                problems.Add(Refusal.Problem(context, FocusGroupCodes.CriterionNotInConfig, $"/criteria/{i}/label",
                    $"Tiêu chí '{label}' không có trong các tiêu chí lựa chọn của bước.", $"The criterion '{label}' is not one of the step's selection criteria."));
            }
        }

        if (request.PlannedSize > config.ParticipantsPerGroup)
        {
            problems.Add(Refusal.Problem(context, FocusGroupCodes.PlannedSizeOutOfRange, "/plannedSize",
                $"Mỗi nhóm tối đa {config.ParticipantsPerGroup} người.", $"A group has at most {config.ParticipantsPerGroup} participants."));
        }

        var group = new Group
        {
            Id = request.Id,
            Name = request.Name,
            Criteria = request.Criteria,
            PlannedSize = request.PlannedSize,
            Meeting = request.Meeting,
            Facilitator = request.Facilitator,
            Pilot = request.Pilot,
            Participants = existing?.Participants ?? [],
        };

        for (var i = 0; i < group.Participants.Count; i++)
        {
            // The roster is checked against the new criteria; the problem points at the criteria that exclude a participant.
            problems.AddRange(Criteria.Check(context, group, group.Participants[i], "").Select(p => p with { Path = "/criteria" }));
        }

        if (existing is not null && existing.Pilot != group.Pilot && await PassageCountAsync(context, group.Id, cancellationToken).ConfigureAwait(false) > 0)
        {
            problems.Add(Refusal.Problem(context, FocusGroupCodes.GroupHasPassages, "/pilot",
                "Nhóm đã có biên bản: không đổi được nhóm thử nghiệm.", "The group has passages: whether it is a pilot group cannot change."));
        }

        Refusal.ThrowIfAny(context, problems);
        await store.PutGroupAsync(group, version, cancellationToken).ConfigureAwait(false);
        return FocusGroupJson.Write(new { group = group.Id, created = existing is null });
    }

    public static async ValueTask<JsonElement?> RemoveAsync(ToolContext context, JsonElement payload, CancellationToken cancellationToken)
    {
        var request = FocusGroupJson.Read<GroupIdPayload>(payload);
        var store = new FocusGroupStore(context);
        await store.RequireGroupAsync(request.Id, "/id", cancellationToken).ConfigureAwait(false);
        if (await PassageCountAsync(context, request.Id, cancellationToken).ConfigureAwait(false) > 0)
        {
            throw Refusal.Of(context, FocusGroupCodes.GroupHasPassages, "/id",
                "Nhóm đã có biên bản thảo luận, không xoá được.", "The group has recorded passages and cannot be removed.");
        }

        await store.DeleteGroupAsync(request.Id, cancellationToken).ConfigureAwait(false);
        return FocusGroupJson.Write(new { removed = request.Id });
    }

    public static async ValueTask<JsonElement?> ListAsync(ToolContext context, CancellationToken cancellationToken)
    {
        var groups = await new FocusGroupStore(context).GroupsAsync(cancellationToken).ConfigureAwait(false);
        var inputs = await Passages.StoredAsync(context, cancellationToken).ConfigureAwait(false);
        return FocusGroupJson.Write(new
        {
            groups = groups.Select(g => new
            {
                g.Id,
                name = g.Label,
                criteria = g.Criteria,
                g.PlannedSize,
                g.Meeting,
                g.Facilitator,
                g.Pilot,
                participants = g.Participants.Count,
                passages = inputs.Count(i => Passages.Of(i).Group == g.Id),
            }),
        });
    }

    public static async ValueTask<int> PassageCountAsync(ToolContext context, string group, CancellationToken cancellationToken, string? participant = null) =>
        (await Passages.StoredAsync(context, cancellationToken).ConfigureAwait(false))
            .Select(Passages.Of)
            .Count(p => p.Group == group && (participant is null || string.Equals(p.Participant, participant, StringComparison.OrdinalIgnoreCase)));

    private sealed record DefineGroupPayload
    {
        public required string Id { get; init; }

        public Text? Name { get; init; }

        public required IReadOnlyList<Criterion> Criteria { get; init; }

        public required int PlannedSize { get; init; }

        public Meeting? Meeting { get; init; }

        public string? Facilitator { get; init; }

        public bool Pilot { get; init; }
    }

    private sealed record GroupIdPayload
    {
        public required string Id { get; init; }
    }
}
