using System.Text.Json;
using System.Text.Json.Nodes;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.OnlinePoll;

/// <summary>
/// Checks a vote's answers against the poll's questions and gives them back in their canonical form:
/// a single choice as the option value, a multiple choice as an array of values in the order chosen.
/// Questions left unanswered are left out; at least one must be answered.
/// </summary>
internal static class VoteReader
{
    public static JsonElement? Read(PollDefinition poll, JsonElement? answers, List<ToolProblem> problems)
    {
        if (answers is not { ValueKind: JsonValueKind.Object } given)
        {
            problems.Add(new(OnlinePollCodes.NoAnswer, "/answers", "Phiếu bình chọn chưa chọn phương án nào. / The vote chooses no option."));
            return null;
        }

        var canonical = new JsonObject();
        foreach (var property in given.EnumerateObject())
        {
            var path = "/answers/" + property.Name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
            var question = poll.Question(property.Name);
            if (question is null)
            {
                problems.Add(new(OnlinePollCodes.UnknownQuestion, path, "Cuộc bình chọn không có câu hỏi này. / The poll does not ask this question."));
                continue;
            }

            if (Answer(question, property.Value, path, problems) is { } answer)
            {
                canonical[question.Id] = answer;
            }
        }

        if (canonical.Count == 0 && problems.Count == 0)
        {
            problems.Add(new(OnlinePollCodes.NoAnswer, "/answers", "Phiếu bình chọn chưa chọn phương án nào. / The vote chooses no option."));
        }

        return problems.Count == 0 ? JsonSerializer.SerializeToElement(canonical, PollJson.Default.JsonObject) : null;
    }

    private static JsonNode? Answer(PollQuestion question, JsonElement value, string path, List<ToolProblem> problems)
    {
        if (value.ValueKind == JsonValueKind.Null || (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() == 0))
        {
            return null;
        }

        if (!question.IsMultiple)
        {
            if (value.ValueKind != JsonValueKind.String)
            {
                problems.Add(new(OnlinePollCodes.AnswerShape, path, "Câu hỏi một lựa chọn nhận một giá trị phương án. / A single-choice question takes one option value."));
                return null;
            }

            var chosen = value.GetString()!;
            if (chosen.Length == 0)
            {
                return null;
            }

            if (!question.Offers(chosen))
            {
                problems.Add(new(OnlinePollCodes.UnknownOption, path, "Câu hỏi không có phương án này. / The question has no such option."));
                return null;
            }

            return JsonValue.Create(chosen);
        }

        if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.String))
        {
            problems.Add(new(OnlinePollCodes.AnswerShape, path, "Câu hỏi nhiều lựa chọn nhận một mảng giá trị phương án. / A multiple-choice question takes an array of option values."));
            return null;
        }

        var values = value.EnumerateArray().Select(v => v.GetString()!).ToList();
        var before = problems.Count;
        for (var i = 0; i < values.Count; i++)
        {
            if (!question.Offers(values[i]))
            {
                problems.Add(new(OnlinePollCodes.UnknownOption, $"{path}/{i}", "Câu hỏi không có phương án này. / The question has no such option."));
            }
            else if (values.IndexOf(values[i]) < i)
            {
                problems.Add(new(OnlinePollCodes.RepeatedChoice, $"{path}/{i}", "Một phương án được chọn hai lần. / An option is chosen twice."));
            }
        }

        if (values.Count > question.MaxChoices)
        {
            problems.Add(new(OnlinePollCodes.TooManyChoices, path, $"Chỉ được chọn tối đa {question.MaxChoices} phương án. / At most {question.MaxChoices} options may be chosen."));
        }

        return problems.Count > before ? null : new JsonArray(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray());
    }
}
