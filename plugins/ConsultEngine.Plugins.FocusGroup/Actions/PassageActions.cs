using System.Text.Json;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.FocusGroup.Actions;

/// <summary>Recording the discussion: the <c>record-passages</c> action and submissions through <see cref="IConsultationTool.CollectAsync"/>.</summary>
internal static class PassageActions
{
    /// <summary>Records all passages of the payload or none: every passage is checked before the first is stored.</summary>
    public static async ValueTask<JsonElement?> RecordAsync(ToolContext context, JsonElement payload, CancellationToken cancellationToken)
    {
        var request = FocusGroupJson.Read<RecordPassagesPayload>(payload);
        var store = new FocusGroupStore(context);
        await RequireOpenAsync(context, store, cancellationToken).ConfigureAwait(false);
        var (group, _) = await store.RequireGroupAsync(request.Group, "/group", cancellationToken).ConfigureAwait(false);
        var (guide, _) = await store.GuideAsync(cancellationToken).ConfigureAwait(false);

        var problems = new List<ToolProblem>();
        var ids = new HashSet<Guid>();
        for (var i = 0; i < request.Passages.Count; i++)
        {
            var passage = request.Passages[i];
            problems.AddRange(Passages.Check(context, group, guide, passage.Question, passage.Participant, passage.Text, $"/passages/{i}"));
            if (passage.Id is { } id && (!ids.Add(id) || await context.Inputs.FindAsync(id, cancellationToken).ConfigureAwait(false) is not null))
            {
                problems.Add(Refusal.Problem(context, FocusGroupCodes.PassageIdTaken, $"/passages/{i}/id",
                    $"Đã có ý kiến mang mã {id}.", $"An input with id {id} is stored already."));
            }
        }

        Refusal.ThrowIfAny(context, problems);
        var recorded = new List<Guid>();
        foreach (var passage in request.Passages)
        {
            var input = Passages.Build(context, passage.Id ?? Guid.CreateVersion7(), InputChannel.Enumerator, group, passage.Question, passage.Participant, passage.Text, context.Actor, passage.At);
            await context.Inputs.AppendAsync(input, UniqueKeyConflict.Refuse, cancellationToken).ConfigureAwait(false);
            recorded.Add(input.Id);
        }

        return FocusGroupJson.Write(new { group = group.Id, recorded });
    }

    /// <summary>
    /// One passage from a channel: <c>subject</c> the guide question, <c>text</c> the passage,
    /// <c>answers</c> <c>{"group": id, "participant": code}</c> (the speaker optional). The speaker's
    /// attributes come from the roster; without a speaker, from the submission.
    /// </summary>
    public static async ValueTask<CollectResult> CollectAsync(ToolContext context, Submission submission, CancellationToken cancellationToken)
    {
        if (submission.Channel is not (InputChannel.Enumerator or InputChannel.Paper))
        {
            return CollectResult.Refuse([Refusal.Problem(context, FocusGroupCodes.ChannelNotAccepted, "channel",
                "Thảo luận nhóm chỉ nhận biên bản do cán bộ nhập hoặc chép từ giấy.", "A focus group takes notes entered by staff or transcribed from paper only.")]);
        }

        if (submission.Identifier is not null)
        {
            return CollectResult.Refuse([Refusal.Problem(context, FocusGroupCodes.IdentifierNotAccepted, "identifier",
                "Không gửi số điện thoại hay số định danh: người tham gia được nhận biết bằng mã ẩn danh.", "Send no phone or ID number: participants are known by pseudonymous codes.")]);
        }

        var store = new FocusGroupStore(context);
        if (await store.IsClosedAsync(cancellationToken).ConfigureAwait(false))
        {
            return CollectResult.Refuse([Closed(context, "")]);
        }

        var (groupId, participant) = submission.Answers is { ValueKind: JsonValueKind.Object } answers
            ? (String(answers, "group"), String(answers, "participant"))
            : (null, null);
        var (group, _) = groupId is null ? (null, 0) : await store.GroupAsync(groupId, cancellationToken).ConfigureAwait(false);
        if (group is null)
        {
            return CollectResult.Refuse([Refusal.Problem(context, FocusGroupCodes.GroupNotFound, "answers/group",
                $"Không có nhóm '{groupId}'.", $"There is no group '{groupId}'.")]);
        }

        var (guide, _) = await store.GuideAsync(cancellationToken).ConfigureAwait(false);
        var problems = Passages.Check(context, group, guide, submission.Subject, participant, submission.Text, "", "subject");
        if (problems.Count > 0)
        {
            return CollectResult.Refuse([.. problems.Select(p => p with { Path = p.Path.TrimStart('/').Replace("participant", "answers/participant", StringComparison.Ordinal) })]);
        }

        var input = Passages.Build(context, Guid.CreateVersion7(), submission.Channel, group, submission.Subject!, participant, submission.Text!,
            submission.Collector ?? context.Actor, submission.SubmittedAt, submission.Respondent);
        return CollectResult.Accept(input);
    }

    public static async ValueTask RequireOpenAsync(ToolContext context, FocusGroupStore store, CancellationToken cancellationToken)
    {
        if (await store.IsClosedAsync(cancellationToken).ConfigureAwait(false))
        {
            throw Refusal.Of(context, [Closed(context, "")]);
        }
    }

    private static ToolProblem Closed(ToolContext context, string path) =>
        Refusal.Problem(context, ToolCodes.StepNotCollecting, path, "Thảo luận nhóm đã kết thúc.", "The focus groups are closed.");

    private static string? String(JsonElement answers, string name) =>
        answers.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private sealed record RecordPassagesPayload
    {
        public required string Group { get; init; }

        public required IReadOnlyList<PassagePayload> Passages { get; init; }
    }

    private sealed record PassagePayload
    {
        public Guid? Id { get; init; }

        public required string Question { get; init; }

        public string? Participant { get; init; }

        public required string Text { get; init; }

        public DateTimeOffset? At { get; init; }
    }
}
