using System.Globalization;
using System.Text.Json.Serialization;
using ConsultEngine.Abstractions;
using ConsultEngine.Web.Codes;
using Microsoft.Extensions.Localization;

namespace ConsultEngine.Web.Portal;

/// <summary>One problem of a refused submission, as the API gives it: the code, where (a JSON Pointer into the request body), what.</summary>
public sealed record ApiProblem(string Code, [property: JsonPropertyName("pointer")] string At, string Message, string Severity);

/// <summary>The RFC 9457 answers of the public API: the first error's code as <c>code</c>, every problem under <c>problems</c>.</summary>
internal static class PortalApi
{
    public const string CodeExtension = Api.WebErrorCodes.Extension;
    public const string ProblemsExtension = "problems";

    public static string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? "en" : "vi";

    public static IReadOnlyList<ApiProblem> Describe(IStringLocalizer localizer, ICodeText codes, IEnumerable<ToolProblem> problems, bool answerIds) =>
        [.. problems.Select(p => new ApiProblem(p.Code, PortalProblems.Pointer(p.Path, answerIds), PortalProblems.Message(localizer, codes, p), p.Severity == ProblemSeverity.Error ? "error" : "warning"))];

    public static IResult Problem(int status, string code, string? detail, IReadOnlyList<ApiProblem>? problems = null)
    {
        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal) { [CodeExtension] = code };
        if (problems is not null)
        {
            extensions[ProblemsExtension] = problems;
        }

        return TypedResults.Problem(detail: detail, statusCode: Api.FailureStatus.OfCode(code, status), extensions: extensions);
    }

    /// <summary>A tool's refusal (<see cref="ToolException"/>) as problem details, with the status its code means.</summary>
    public static IResult Refused(IStringLocalizer localizer, ICodeText codes, ToolException error, bool answerIds)
    {
        var problems = error.Problems.Count > 0 ? error.Problems : [new ToolProblem(error.Code, string.Empty, error.Message)];
        return Problem(Api.FailureStatus.Of(error.Kind), error.Code, PortalProblems.Message(localizer, codes, new ToolProblem(error.Code, string.Empty, error.Message)), Describe(localizer, codes, problems, answerIds));
    }

    public static IResult NotOpen(IStringLocalizer localizer) =>
        Problem(StatusCodes.Status404NotFound, PortalCodes.NotOpenToPublic, localizer["Problem." + PortalCodes.NotOpenToPublic]);
}
