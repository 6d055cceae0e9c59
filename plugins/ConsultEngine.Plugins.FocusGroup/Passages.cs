using System.Text.Json;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.FocusGroup;

/// <summary>
/// Passages of the discussion as inputs of the shared model: channel enumerator (or paper for notes
/// transcribed later), <c>subject</c> the guide question, <c>text</c> the passage, the speaker's
/// respondent attributes, the collector who took the notes, and in <c>answers</c> the group and the
/// speaker's pseudonymous code (<c>{"group": "phu-nu", "participant": "PN-03"}</c>). A passage of a
/// pilot group is marked pilot.
/// </summary>
internal static class Passages
{
    public const int MaxTextLength = 10_000;

    /// <summary>The group and speaker of a passage, from its answers; (null, null) for an input that is not a passage.</summary>
    public static (string? Group, string? Participant) Of(ConsultationInput input)
    {
        if (input.Answers is not { ValueKind: JsonValueKind.Object } answers)
        {
            return (null, null);
        }

        return (StringOf(answers, "group"), StringOf(answers, "participant"));
    }

    /// <summary>The problems of one passage (empty when it may be recorded), each with a path under <paramref name="at"/>.</summary>
    public static List<ToolProblem> Check(ToolContext context, Group group, Guide guide, string? question, string? participant, string? text, string at, string questionPath = "/question")
    {
        var problems = new List<ToolProblem>();
        if (question is null || !guide.Questions.Any(q => q.Id == question))
        {
            problems.Add(Refusal.Problem(context, FocusGroupCodes.GuideQuestionNotFound, at + questionPath,
                $"Hướng dẫn thảo luận không có câu hỏi '{question}'.", $"The discussion guide has no question '{question}'."));
        }

        if (participant is not null && Find(group, participant) is null)
        {
            problems.Add(Refusal.Problem(context, FocusGroupCodes.ParticipantNotFound, at + "/participant",
                $"'{participant}' không có trong danh sách nhóm '{group.Id}'.", $"'{participant}' is not on the roster of group '{group.Id}'."));
        }

        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxTextLength)
        {
            problems.Add(Refusal.Problem(context, FocusGroupCodes.PassageTextInvalid, at + "/text",
                $"Đoạn trích phải có nội dung, tối đa {MaxTextLength} ký tự.", $"A passage needs text, at most {MaxTextLength} characters."));
        }

        return problems;
    }

    public static Participant? Find(Group group, string code) =>
        group.Participants.FirstOrDefault(p => string.Equals(p.Code, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>The input of a checked passage.</summary>
    public static ConsultationInput Build(ToolContext context, Guid id, InputChannel channel, Group group, string question, string? participant, string text, string? collector, DateTimeOffset? at, RespondentAttributes? respondent = null)
    {
        var speaker = participant is null ? null : Find(group, participant);
        return new ConsultationInput
        {
            Id = id,
            InstanceId = context.InstanceId,
            StepId = context.StepId,
            Tool = FocusGroupTool.ToolId,
            Channel = channel,
            Collector = collector,
            Respondent = speaker?.Attributes ?? respondent ?? RespondentAttributes.None,
            Subject = question,
            Answers = FocusGroupJson.Write(new PassageAnswers { Group = group.Id, Participant = speaker?.Code }),
            Text = text.Trim(),
            Flags = group.Pilot ? InputMarks.Pilot : InputMarks.None,
            SubmittedAt = at ?? context.Now,
        };
    }

    /// <summary>Every input of the step that is not withdrawn.</summary>
    public static async ValueTask<IReadOnlyList<ConsultationInput>> StoredAsync(ToolContext context, CancellationToken cancellationToken) =>
        await context.Inputs.ReadAsync(new InputQuery { ExcludeFlags = InputMarks.Withdrawn }, cancellationToken).ConfigureAwait(false);

    private static string? StringOf(JsonElement answers, string name) =>
        answers.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
