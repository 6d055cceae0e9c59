using ConsultEngine.Abstractions;
using ConsultEngine.Web.Codes;
using Microsoft.Extensions.Localization;

namespace ConsultEngine.Web.Portal;

/// <summary>
/// The tools' problems as the portal shows them: a message in the reader's language for each code — the
/// portal's own wording for a citizen where it has one, the code's text (<see cref="ICodeText"/>) otherwise — and where it belongs — a JSON Pointer into the submission
/// for the API, a question or form field for the pages.
/// </summary>
internal static class PortalProblems
{
    /// <summary>The localised message of <paramref name="problem"/>.</summary>
    public static string Message(IStringLocalizer localizer, ICodeText codes, ToolProblem problem)
    {
        var text = localizer["Problem." + problem.Code];
        return text.ResourceNotFound ? codes.Text(problem.Code) : text;
    }

    /// <summary>Just the errors (a warning does not stop anything).</summary>
    public static IReadOnlyList<ToolProblem> Errors(IEnumerable<ToolProblem> problems) =>
        [.. problems.Where(p => p.Severity == ProblemSeverity.Error)];

    /// <summary>
    /// The JSON Pointer of a problem's path in the submitted document. Tools write a pointer already
    /// (<c>/answers/q1</c>), a question id (the survey: <c>q1</c>), a payload field (the hearing:
    /// <c>fullName</c>) or a slash path (<c>quotas/gender/female</c>, about the respondent).
    /// </summary>
    public static string Pointer(string path, bool answerIds)
    {
        if (path.Length == 0 || path.StartsWith('/'))
        {
            return path;
        }

        if (path.StartsWith("quotas/", StringComparison.Ordinal))
        {
            var attribute = path.Split('/')[1];
            return "/respondent/" + Escape(attribute);
        }

        return path is "channel" or "identifier" || !answerIds ? "/" + Escape(path) : "/answers/" + Escape(path);
    }

    /// <summary>The question id or field a path names (<c>/answers/q1</c> and <c>q1</c> both name <c>q1</c>).</summary>
    public static string Field(string path)
    {
        var trimmed = path.StartsWith("/answers/", StringComparison.Ordinal) ? path["/answers/".Length..] : path.TrimStart('/');
        return trimmed.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
    }

    private static string Escape(string segment) => segment.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
