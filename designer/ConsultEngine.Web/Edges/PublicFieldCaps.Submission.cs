using System.Globalization;
using System.Text.Json;
using ConsultEngine.Abstractions;
using ConsultEngine.Web.Api;
using ConsultEngine.Web.Portal.Api;

namespace ConsultEngine.Web.Edges;

/// <summary>
/// The same caps on a direct submission as bound (<see cref="PublicSubmission"/>), without copying it into a
/// JSON tree first: its fields are visited in the order they are written (answers, text, identifier,
/// verification code, subject, respondent attributes), so the problems, their order and the truncation are
/// those of the tree walk. A pointer is built only for a container walked into or a problem reported.
/// </summary>
internal static partial class PublicFieldCaps
{
    public static IReadOnlyList<ToolProblem> Check(PublicSubmission body, PublicLimitSettings limits)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(limits);
        var problems = new List<ToolProblem>();
        if (body.Answers is { ValueKind: not JsonValueKind.Null } answers)
        {
            Walk(answers, "/answers", limits, problems);
        }

        Field(body.Text, "/text", attribute: false, limits, problems);
        Field(body.Identifier, "/identifier", attribute: true, limits, problems);
        Field(body.VerificationCode, "/verificationCode", attribute: false, limits, problems);
        Field(body.Subject, "/subject", attribute: false, limits, problems);
        if (body.Respondent is { } respondent)
        {
            // Declaration order, camel case: as the serializer writes the record.
            Field(respondent.Province, "/respondent/province", attribute: true, limits, problems);
            Field(respondent.Commune, "/respondent/commune", attribute: true, limits, problems);
            Field(respondent.CommuneCode, "/respondent/communeCode", attribute: true, limits, problems);
            Field(respondent.District, "/respondent/district", attribute: true, limits, problems);
            Field(respondent.Gender, "/respondent/gender", attribute: true, limits, problems);
            Field(respondent.AgeBand, "/respondent/ageBand", attribute: true, limits, problems);
            Field(respondent.Ethnicity, "/respondent/ethnicity", attribute: true, limits, problems);
            Field(respondent.Occupation, "/respondent/occupation", attribute: true, limits, problems);
        }

        return Capped(problems, limits);
    }

    private static void Field(string? text, string pointer, bool attribute, PublicLimitSettings limits, List<ToolProblem> problems)
    {
        if (text is null || problems.Count > limits.ProblemsReported)
        {
            return;
        }

        var cap = attribute ? limits.AttributeLength : limits.TextLength;
        if (text.Length > cap)
        {
            problems.Add(new ToolProblem(attribute ? WebErrorCodes.RespondentAttributeTooLong : WebErrorCodes.PublicTextTooLong, pointer, $"{text.Length} characters; at most {cap}."));
        }
    }

    /// <summary>The answers as the tree walk sees them: an object's count only at <c>/answers</c>, every array's count, every string's length against the text cap.</summary>
    private static void Walk(JsonElement node, string pointer, PublicLimitSettings limits, List<ToolProblem> problems)
    {
        if (problems.Count > limits.ProblemsReported)
        {
            return;
        }

        switch (node.ValueKind)
        {
            case JsonValueKind.Object:
                var count = node.GetPropertyCount();
                if (pointer == "/answers" && count > limits.Answers)
                {
                    problems.Add(new ToolProblem(WebErrorCodes.TooManyAnswers, pointer, $"{count} answers; at most {limits.Answers}."));
                    return;
                }

                foreach (var member in node.EnumerateObject())
                {
                    Member(member.Value, pointer, member.Name, limits, problems);
                }

                break;
            case JsonValueKind.Array:
                var length = node.GetArrayLength();
                if (length > limits.Answers)
                {
                    problems.Add(new ToolProblem(WebErrorCodes.TooManyAnswers, pointer, $"{length} values; at most {limits.Answers}."));
                    return;
                }

                var i = 0;
                foreach (var item in node.EnumerateArray())
                {
                    Member(item, pointer, (i++).ToString(CultureInfo.InvariantCulture), limits, problems);
                }

                break;
            case JsonValueKind.String:
                var text = node.GetString()!;
                if (text.Length > limits.TextLength)
                {
                    problems.Add(new ToolProblem(WebErrorCodes.PublicTextTooLong, pointer, $"{text.Length} characters; at most {limits.TextLength}."));
                }

                break;
        }
    }

    /// <summary>A member or item: a string checked in place (its pointer built only for a problem), a container walked into.</summary>
    private static void Member(JsonElement value, string parent, string token, PublicLimitSettings limits, List<ToolProblem> problems)
    {
        if (value.ValueKind == JsonValueKind.String)
        {
            if (problems.Count > limits.ProblemsReported)
            {
                return;
            }

            var length = value.GetString()!.Length;
            if (length > limits.TextLength)
            {
                problems.Add(new ToolProblem(WebErrorCodes.PublicTextTooLong, parent + "/" + Escape(token), $"{length} characters; at most {limits.TextLength}."));
            }

            return;
        }

        if (value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
        {
            Walk(value, parent + "/" + Escape(token), limits, problems);
        }
    }
}
