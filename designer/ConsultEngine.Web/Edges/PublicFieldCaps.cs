using System.Text.Json;
using System.Text.Json.Nodes;
using ConsultEngine.Abstractions;
using ConsultEngine.Web.Api;

namespace ConsultEngine.Web.Edges;

/// <summary>
/// The per-field caps of a public body (<see cref="PublicLimitSettings"/>), checked before the tool sees it:
/// a text longer than <c>TextLength</c> (CE9986), a respondent attribute or identifier longer than
/// <c>AttributeLength</c> (CE9987), more answers, or more values in one answer, than <c>Answers</c> (CE9988).
/// Each problem carries the JSON Pointer of its field; the list stops at <c>ProblemsReported</c>.
/// </summary>
internal static partial class PublicFieldCaps
{
    public static IReadOnlyList<ToolProblem> Check(JsonObject body, PublicLimitSettings limits)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(limits);
        var problems = new List<ToolProblem>();
        Walk(body, string.Empty, limits, problems);
        return Capped(problems, limits);
    }

    /// <summary>At most <c>ProblemsReported</c> problems; a longer list is cut and ends with the warning CE9989.</summary>
    public static IReadOnlyList<ToolProblem> Capped(IReadOnlyList<ToolProblem> problems, PublicLimitSettings limits)
    {
        ArgumentNullException.ThrowIfNull(problems);
        ArgumentNullException.ThrowIfNull(limits);
        var keep = Math.Max(1, limits.ProblemsReported);
        return problems.Count <= keep
            ? problems
            : [.. problems.Take(keep), new ToolProblem(WebErrorCodes.ProblemsTruncated, string.Empty, $"{problems.Count - keep} more problems are not listed.", ProblemSeverity.Warning)];
    }

    private static void Walk(JsonNode? node, string pointer, PublicLimitSettings limits, List<ToolProblem> problems)
    {
        // Enough to fill the list and its truncation warning; the rest of a hostile body is not walked.
        if (problems.Count > limits.ProblemsReported)
        {
            return;
        }

        switch (node)
        {
            case JsonObject obj:
                if (pointer == "/answers" && obj.Count > limits.Answers)
                {
                    problems.Add(new ToolProblem(WebErrorCodes.TooManyAnswers, pointer, $"{obj.Count} answers; at most {limits.Answers}."));
                    return;
                }

                foreach (var (name, value) in obj)
                {
                    Walk(value, pointer + "/" + Escape(name), limits, problems);
                }

                break;
            case JsonArray array:
                if (array.Count > limits.Answers)
                {
                    problems.Add(new ToolProblem(WebErrorCodes.TooManyAnswers, pointer, $"{array.Count} values; at most {limits.Answers}."));
                    return;
                }

                for (var i = 0; i < array.Count; i++)
                {
                    Walk(array[i], pointer + "/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), limits, problems);
                }

                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                var text = value.GetValue<string>();
                var attribute = pointer == "/identifier" || pointer.StartsWith("/respondent/", StringComparison.Ordinal);
                var cap = attribute ? limits.AttributeLength : limits.TextLength;
                if (text.Length > cap)
                {
                    problems.Add(new ToolProblem(attribute ? WebErrorCodes.RespondentAttributeTooLong : WebErrorCodes.PublicTextTooLong, pointer, $"{text.Length} characters; at most {cap}."));
                }

                break;
        }
    }

    /// <summary>A member name as a JSON Pointer token (RFC 6901).</summary>
    private static string Escape(string name) => name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
