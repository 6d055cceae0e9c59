using System.Globalization;
using System.Text.Json.Serialization;
using ConsultEngine.Abstractions;
using ConsultEngine.Web.Api;
using ConsultEngine.Web.Codes;
using Microsoft.Extensions.Localization;

namespace ConsultEngine.Web.Portal;

/// <summary>One problem of a refused submission, as the API gives it: the code, where (a JSON Pointer into the request body), what.</summary>
public sealed record ApiProblem(string Code, [property: JsonPropertyName("pointer")] string At, string Message, string Severity);

/// <summary>The RFC 9457 answers of the public API: the first error's code as <c>code</c>, every problem under <c>problems</c>.</summary>
internal static class PortalApi
{
    public const string CodeExtension = WebErrorCodes.Extension;
    public const string ProblemsExtension = "problems";

    public static string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? "en" : "vi";

    public static IReadOnlyList<ApiProblem> Describe(IStringLocalizer localizer, ICodeText codes, IEnumerable<ToolProblem> problems, bool answerIds) =>
        [.. problems.Select(p => new ApiProblem(p.Code, PortalProblems.Pointer(p.Path, answerIds), PortalProblems.Message(localizer, codes, p), p.Severity == ProblemSeverity.Error ? "error" : "warning"))];

    /// <summary>A refusal with the status its code's kind means (<see cref="FailureStatus"/>, the one mapping).</summary>
    public static IResult Problem(string code, string? detail, IReadOnlyList<ApiProblem>? problems = null)
    {
        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal) { [CodeExtension] = code };
        if (problems is not null)
        {
            extensions[ProblemsExtension] = problems;
        }

        return TypedResults.Problem(detail: detail, statusCode: FailureStatus.OfCode(code, StatusCodes.Status500InternalServerError), extensions: extensions);
    }

    /// <summary>A tool's refusal (<see cref="ToolException"/>) as problem details, with the status its code means.</summary>
    public static IResult Refused(IStringLocalizer localizer, ICodeText codes, ToolException error, bool answerIds)
    {
        var problems = error.Problems.Count > 0 ? error.Problems : [new ToolProblem(error.Code, string.Empty, error.Message)];
        return Problem(error.Code, PortalProblems.Message(localizer, codes, new ToolProblem(error.Code, string.Empty, error.Message)), Describe(localizer, codes, problems, answerIds));
    }

    /// <summary>A submission the tool did not accept: the first error's code (and its status), every problem with its pointer.</summary>
    public static IResult Rejected(IStringLocalizer localizer, ICodeText codes, IReadOnlyList<ToolProblem> problems, bool answerIds)
    {
        var errors = PortalProblems.Errors(problems);
        var first = errors.Count > 0 ? errors[0] : problems.Count > 0 ? problems[0] : new ToolProblem(ToolCodes.ToolFault, string.Empty, "refused");
        return Problem(first.Code, PortalProblems.Message(localizer, codes, first), Describe(localizer, codes, problems, answerIds));
    }

    /// <summary>One of the portal's own refusals (<see cref="PortalCodes"/>), in the reader's language.</summary>
    public static IResult Portal(IStringLocalizer localizer, string code) => Problem(code, localizer["Problem." + code]);

    public static IResult NotOpen(IStringLocalizer localizer) => Portal(localizer, PortalCodes.NotOpenToPublic);
}
