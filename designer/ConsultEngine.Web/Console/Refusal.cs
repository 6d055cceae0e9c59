using System.Text.Json;
using ConsultEngine.Abstractions;
using ConsultEngine.Definitions.Diagnostics;
using ConsultEngine.Persistence.Codebooks;
using ConsultEngine.Persistence.Definitions;
using ConsultEngine.Persistence.Registers;
using ConsultEngine.Persistence.Reports;
using ConsultEngine.Runtime;
using ConsultEngine.Web.Api;

namespace ConsultEngine.Web.StaffConsole;

/// <summary>One problem of a refusal: its code, where (a JSON JsonPointer, or a line and column of a document) and what.</summary>
public sealed record RefusalError(string Code, string? JsonPointer, string Message, int? Line = null, int? Column = null, string? Severity = null)
{
    /// <summary>A coded problem (<see cref="ToolProblem"/>, the one problem record of the engine and the tools) as the API gives it.</summary>
    public static RefusalError Of(ToolProblem problem) =>
        new(problem.Code, problem.Path.Length == 0 ? null : problem.Path, problem.Message, Severity: problem.Severity == ProblemSeverity.Error ? "error" : "warning");
}

/// <summary>
/// A refused command as the console shows it and the API answers it (RFC 9457 problem details with
/// <c>code</c> and <c>errors</c>): the engine's, the stores', the tools' and the console's own refusals.
/// Its status is always its code's kind (<see cref="FailureStatus"/>): the same kind of failure answers
/// the same on every endpoint.
/// </summary>
public sealed record Refusal(int Status, string Code, string Detail, IReadOnlyList<RefusalError> Errors)
{
    /// <summary>The refusal of <paramref name="code"/>, with the status of its kind.</summary>
    public static Refusal Of(string code, string detail, IReadOnlyList<RefusalError>? errors = null) =>
        new(FailureStatus.OfCode(code), code, detail, errors ?? []);

    /// <summary>The refusal an exception stands for, or <c>null</c> for a fault that is not a refusal (a bug: let it be a 500).</summary>
    public static Refusal? From(Exception exception) => exception switch
    {
        ConsultEngineException e => new(FailureStatus.Of(e.Kind), e.Code, e.Message, ErrorsOf(e)),
        JsonException e => Of(ConsoleCodes.BadRequest, "The request body is not valid JSON.", [new RefusalError(ConsoleCodes.BadRequest, e.Path is { } path ? ToPointer(path) : null, e.Message)]),
        BadHttpRequestException e => Of(ConsoleCodes.BadRequest, e.Message),
        _ => null,
    };

    /// <summary>The codes of the refusal and its errors, once each, the refusal's first.</summary>
    public IReadOnlyList<string> Codes => [.. new[] { Code }.Concat(Errors.Select(e => e.Code)).Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// The refusal as problem details: <c>title</c> and <c>detail</c> in the request's language (written on
    /// the way out, <see cref="ProblemLocalization"/>), the engine's English message as <c>engineDetail</c>.
    /// </summary>
    public IResult ToResult() => TypedResults.Problem(
        statusCode: Status,
        extensions: new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["code"] = Code,
            ["codes"] = Codes,
            ["errors"] = Errors,
            [ProblemLocalization.EngineDetailExtension] = Detail,
        });

    public static RefusalError Diagnostic(Diagnostic d) =>
        new(d.Code, d.Path.Length == 0 ? "" : d.Path, d.Message, d.Line, d.Column, d.Severity.ToString().ToLowerInvariant());

    /// <summary>Where and what, as each kind of refusal records it: coded problems, diagnostics, a pointer or a subject.</summary>
    private static IReadOnlyList<RefusalError> ErrorsOf(ConsultEngineException exception) => exception switch
    {
        ConsoleException e => e.JsonPointer is null ? [] : [new RefusalError(e.Code, e.JsonPointer, e.Message)],
        InstanceCommandException e => [.. e.Problems.Select(RefusalError.Of)],
        ToolException e => [.. e.Problems.Select(RefusalError.Of)],
        DefinitionStoreException e => [.. e.Diagnostics.Select(Diagnostic)],
        RegisterException e => Subject(e.Code, e.Subject),
        CodebookException e => Subject(e.Code, e.Subject),
        ReportVersionException e => Subject(e.Code, e.Subject),
        _ => [],
    };

    private static IReadOnlyList<RefusalError> Subject(string code, string? subject) => subject is null ? [] : [new RefusalError(code, null, subject)];

    private static string ToPointer(string jsonPath) =>
        "/" + string.Join('/', jsonPath.TrimStart('$').Split(['.', '['], StringSplitOptions.RemoveEmptyEntries).Select(p => p.TrimEnd(']').Trim('\'')));
}
