using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml;
using ConsultEngine.Abstractions;

namespace ConsultEngine.Plugins.OnlinePoll;

/// <summary>
/// Reads the payload of the `set-up` action into a <see cref="PollDefinition"/>, collecting every
/// problem (each with its code and JSON Pointer) instead of stopping at the first.
/// </summary>
internal static partial class SetUpReader
{
    public static PollDefinition Read(ToolContext context, JsonElement payload)
    {
        if (payload.ValueKind != JsonValueKind.Object)
        {
            throw new ToolException(ToolCodes.PayloadInvalid, "Nội dung thiết lập phải là một đối tượng JSON. / The set-up payload must be a JSON object.");
        }

        var problems = new List<ToolProblem>();
        var questions = Questions(context, payload, problems);
        var (opensAt, closesAt) = Window(context, payload, problems);
        if (problems.Count > 0)
        {
            throw new ToolException(problems[0].Code, "Thiết lập cuộc bình chọn chưa hợp lệ. / The poll set-up is not valid.", problems);
        }

        return new PollDefinition(questions, opensAt, closesAt) { SetUpBy = context.Actor, SetUpAt = context.Now };
    }

    private static List<PollQuestion> Questions(ToolContext context, JsonElement payload, List<ToolProblem> problems)
    {
        var result = new List<PollQuestion>();
        if (!payload.TryGetProperty("questions", out var list) || list.ValueKind != JsonValueKind.Array || list.GetArrayLength() == 0)
        {
            problems.Add(new(OnlinePollCodes.QuestionsInvalid, "/questions", "Cần ít nhất một câu hỏi. / At least one question is needed."));
            return result;
        }

        var planned = context.ConfigInt("questions");
        if (planned > 0 && list.GetArrayLength() > planned)
        {
            problems.Add(new(OnlinePollCodes.QuestionsInvalid, "/questions", $"Cấu hình cho phép tối đa {planned} câu hỏi. / The config allows at most {planned} questions."));
        }

        var index = 0;
        foreach (var item in list.EnumerateArray())
        {
            var path = $"/questions/{index++}";
            if (item.ValueKind != JsonValueKind.Object)
            {
                problems.Add(new(OnlinePollCodes.QuestionsInvalid, path, "Câu hỏi phải là một đối tượng. / A question must be an object."));
                continue;
            }

            var id = Name(item, "id");
            if (id is null)
            {
                problems.Add(new(OnlinePollCodes.QuestionsInvalid, path + "/id", "Mã câu hỏi gồm chữ, số, '-' hoặc '_' (tối đa 64 ký tự). / A question id is letters, digits, '-' or '_' (at most 64)."));
            }
            else if (result.Any(q => string.Equals(q.Id, id, StringComparison.Ordinal)))
            {
                problems.Add(new(OnlinePollCodes.QuestionsInvalid, path + "/id", $"Mã câu hỏi '{id}' bị lặp. / The question id '{id}' is repeated."));
            }

            var title = Text(item, "title");
            if (title is null)
            {
                problems.Add(new(OnlinePollCodes.QuestionsInvalid, path + "/title", "Câu hỏi cần tiêu đề tiếng Việt. / A question needs a Vietnamese title."));
            }

            var choice = item.TryGetProperty("choice", out var c) ? c.ValueKind == JsonValueKind.String ? c.GetString() : "" : PollQuestion.Single;
            if (choice is not (PollQuestion.Single or PollQuestion.Multiple))
            {
                problems.Add(new(OnlinePollCodes.QuestionsInvalid, path + "/choice", "Kiểu lựa chọn là 'single' hoặc 'multiple'. / The choice is 'single' or 'multiple'."));
                choice = PollQuestion.Single;
            }

            var options = Options(item, path, problems);
            var maxChoices = MaxChoices(item, path, choice, options.Count, problems);
            if (id is not null && title is not null)
            {
                result.Add(new PollQuestion(id, title, choice, maxChoices, options));
            }
        }

        return result;
    }

    private static List<PollOption> Options(JsonElement question, string path, List<ToolProblem> problems)
    {
        var options = new List<PollOption>();
        if (!question.TryGetProperty("options", out var list) || list.ValueKind != JsonValueKind.Array || list.GetArrayLength() < 2)
        {
            problems.Add(new(OnlinePollCodes.OptionsInvalid, path + "/options", "Câu hỏi cần ít nhất hai phương án. / A question needs at least two options."));
            return options;
        }

        var index = 0;
        foreach (var item in list.EnumerateArray())
        {
            var at = $"{path}/options/{index++}";
            var value = item.ValueKind == JsonValueKind.Object ? Name(item, "value") : null;
            var label = item.ValueKind == JsonValueKind.Object ? Text(item, "label") : null;
            if (value is null)
            {
                problems.Add(new(OnlinePollCodes.OptionsInvalid, at + "/value", "Giá trị phương án gồm chữ, số, '-' hoặc '_' (tối đa 64 ký tự). / An option value is letters, digits, '-' or '_' (at most 64)."));
            }
            else if (options.Any(o => string.Equals(o.Value, value, StringComparison.Ordinal)))
            {
                problems.Add(new(OnlinePollCodes.OptionsInvalid, at + "/value", $"Giá trị phương án '{value}' bị lặp. / The option value '{value}' is repeated."));
                value = null;
            }

            if (label is null)
            {
                problems.Add(new(OnlinePollCodes.OptionsInvalid, at + "/label", "Phương án cần nhãn tiếng Việt. / An option needs a Vietnamese label."));
            }

            if (value is not null && label is not null)
            {
                options.Add(new PollOption(value, label));
            }
        }

        return options;
    }

    private static int MaxChoices(JsonElement question, string path, string choice, int optionCount, List<ToolProblem> problems)
    {
        var given = question.TryGetProperty("maxChoices", out var max);
        if (choice == PollQuestion.Single)
        {
            if (given && !(max.ValueKind == JsonValueKind.Number && max.TryGetInt32(out var one) && one == 1))
            {
                problems.Add(new(OnlinePollCodes.MaxChoicesInvalid, path + "/maxChoices", "Câu hỏi một lựa chọn không có 'maxChoices' khác 1. / A single-choice question has no 'maxChoices' other than 1."));
            }

            return 1;
        }

        if (!given)
        {
            return Math.Max(optionCount, 1);
        }

        if (max.ValueKind != JsonValueKind.Number || !max.TryGetInt32(out var value) || value < 1 || value > optionCount)
        {
            problems.Add(new(OnlinePollCodes.MaxChoicesInvalid, path + "/maxChoices", $"'maxChoices' phải từ 1 đến {optionCount}. / 'maxChoices' must be between 1 and {optionCount}."));
            return Math.Max(optionCount, 1);
        }

        return value;
    }

    private static (DateTimeOffset OpensAt, DateTimeOffset ClosesAt) Window(ToolContext context, JsonElement payload, List<ToolProblem> problems)
    {
        var opensAt = Time(payload, "opensAt", problems) ?? context.Now;
        var closesAt = Time(payload, "closesAt", problems);
        if (closesAt is null && !payload.TryGetProperty("closesAt", out _))
        {
            var openFor = context.ConfigString("openFor");
            if (openFor is not null && TryDuration(openFor, out var duration))
            {
                closesAt = opensAt + duration;
            }
            else
            {
                problems.Add(new(OnlinePollCodes.WindowInvalid, "/closesAt", "Cần thời điểm kết thúc (cấu hình không có 'openFor'). / A close time is needed (the config has no 'openFor')."));
                return (opensAt, opensAt);
            }
        }

        if (closesAt is { } close && close <= opensAt)
        {
            problems.Add(new(OnlinePollCodes.WindowInvalid, "/closesAt", "Thời điểm kết thúc phải sau thời điểm bắt đầu. / The close time must come after the open time."));
        }
        else if (closesAt is { } past && past <= context.Now)
        {
            problems.Add(new(OnlinePollCodes.WindowInvalid, "/closesAt", "Thời điểm kết thúc đã qua. / The close time has passed."));
        }

        return (opensAt, closesAt ?? opensAt);
    }

    private static DateTimeOffset? Time(JsonElement payload, string name, List<ToolProblem> problems)
    {
        if (!payload.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String && value.TryGetDateTimeOffset(out var time))
        {
            return time;
        }

        problems.Add(new(OnlinePollCodes.WindowInvalid, "/" + name, $"'{name}' phải là thời điểm ISO 8601 có múi giờ. / '{name}' must be an ISO 8601 date-time with an offset."));
        return null;
    }

    private static bool TryDuration(string text, out TimeSpan duration)
    {
        try
        {
            duration = XmlConvert.ToTimeSpan(text);
            return duration > TimeSpan.Zero;
        }
        catch (FormatException)
        {
            duration = TimeSpan.Zero;
            return false;
        }
        catch (OverflowException)
        {
            duration = TimeSpan.Zero;
            return false;
        }
    }

    private static string? Name(JsonElement owner, string property) =>
        owner.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && NamePattern().IsMatch(value.GetString()!)
            ? value.GetString()
            : null;

    /// <summary>A text given as <c>{ "vi": ..., "en": ... }</c> (English falls back to Vietnamese) or as a plain Vietnamese string.</summary>
    internal static LocalText? Text(JsonElement owner, string property)
    {
        if (!owner.TryGetProperty(property, out var value))
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            var vi = value.GetString()!.Trim();
            return vi.Length == 0 ? null : new LocalText(vi, vi);
        }

        if (value.ValueKind != JsonValueKind.Object || !value.TryGetProperty("vi", out var viValue) || viValue.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(viValue.GetString()))
        {
            return null;
        }

        var en = value.TryGetProperty("en", out var enValue) && enValue.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(enValue.GetString())
            ? enValue.GetString()!.Trim()
            : viValue.GetString()!.Trim();
        return new LocalText(viValue.GetString()!.Trim(), en);
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}
