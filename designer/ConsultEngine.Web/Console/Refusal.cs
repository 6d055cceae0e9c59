using System.Text.Json;
using ConsultEngine.Abstractions;
using ConsultEngine.Definitions.Diagnostics;
using ConsultEngine.Persistence.Definitions;
using ConsultEngine.Persistence.Registers;
using ConsultEngine.Runtime;

namespace ConsultEngine.Web.StaffConsole;

/// <summary>One problem of a refusal: its code, where (a JSON JsonPointer, or a line and column of a document) and what.</summary>
public sealed record RefusalError(string Code, string? JsonPointer, string Message, int? Line = null, int? Column = null, string? Severity = null);

/// <summary>
/// A refused command as the console shows it and the API answers it (RFC 9457 problem details with
/// <c>code</c> and <c>errors</c>): the engine's, the definition store's, the tools' and the console's own
/// refusals, each with the HTTP status that fits it.
/// </summary>
public sealed partial record Refusal(int Status, string Code, string Detail, IReadOnlyList<RefusalError> Errors)
{
    /// <summary>The refusal an exception stands for, or <c>null</c> for a fault that is not a refusal (a bug: let it be a 500).</summary>
    public static Refusal? From(Exception exception) => exception switch
    {
        ConsoleException e => new(e.Status, e.Code, e.Message, e.JsonPointer is null ? [] : [new RefusalError(e.Code, e.JsonPointer, e.Message)]),
        InstanceCommandException e => new(InstanceStatus(e.Code), e.Code, e.Message, [.. e.Problems.SelectMany(p => Parse(e.Code, p))]),
        ConcurrencyConflictException e => new(StatusCodes.Status409Conflict, e.Code, e.Message, []),
        DefinitionNotAvailableException e => new(StatusCodes.Status404NotFound, e.Code, e.Message, []),
        DefinitionStoreException e => new(StoreStatus(e.Code), e.Code, e.Message, [.. e.Diagnostics.Select(Diagnostic)]),
        RegisterException e => new(RegisterStatus(e.Code), e.Code, e.Message, e.Subject is null ? [] : [new RefusalError(e.Code, null, e.Subject)]),
        Persistence.Codebooks.CodebookException e => Codebook(e),
        ToolException e => new(ToolStatus(e.Code), e.Code, e.Message, [.. e.Problems.Select(p => new RefusalError(p.Code, p.Path, p.Message, Severity: p.Severity.ToString().ToLowerInvariant()))]),
        ConsultEngineException e => new(StatusCodes.Status400BadRequest, e.Code, e.Message, []),
        JsonException e => new(StatusCodes.Status400BadRequest, ConsoleCodes.BadRequest, "The request body is not valid JSON.", [new RefusalError(ConsoleCodes.BadRequest, e.Path is { } path ? ToPointer(path) : null, e.Message)]),
        BadHttpRequestException e => new(StatusCodes.Status400BadRequest, ConsoleCodes.BadRequest, e.Message, []),
        _ => null,
    };

    /// <summary>The codes of the refusal and its errors, once each, the refusal's first.</summary>
    public IReadOnlyList<string> Codes => [.. new[] { Code }.Concat(Errors.Select(e => e.Code)).Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// The refusal as problem details: <c>title</c> and <c>detail</c> in the request's language (written on
    /// the way out, <see cref="Api.ProblemLocalization"/>), the engine's English message as <c>engineDetail</c>.
    /// </summary>
    public IResult ToResult() => TypedResults.Problem(
        statusCode: Status,
        extensions: new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["code"] = Code,
            ["codes"] = Codes,
            ["errors"] = Errors,
            [Api.ProblemLocalization.EngineDetailExtension] = Detail,
        });

    public static RefusalError Diagnostic(Diagnostic d) =>
        new(d.Code, d.Path.Length == 0 ? "" : d.Path, d.Message, d.Line, d.Column, d.Severity.ToString().ToLowerInvariant());

    private static IEnumerable<RefusalError> Parse(string code, string problem)
    {
        // The engine reports form errors as "<JSON Pointer>: <message>" (CheckOutputAsync); checks and
        // missing variables are plain messages or names.
        var colon = problem.IndexOf(": ", StringComparison.Ordinal);
        if (problem.StartsWith('/') && colon > 0)
        {
            var at = problem[..colon];
            var message = problem[(colon + 2)..];

            // A missing required property is reported at its object; point at each missing property
            // itself, where a form shows its field.
            var missing = MissingProperties().Match(message);
            return missing.Success
                ? [.. missing.Groups[1].Value.Split(',').Select(name => new RefusalError(code, $"{(at == "/" ? "" : at)}/{name.Trim().Trim('"')}", message))]
                : [new RefusalError(code, at, message)];
        }

        return code == RuntimeCodes.VariablesInvalid && !problem.Contains(' ', StringComparison.Ordinal)
            ? [new RefusalError(code, "/variables/" + problem, problem)]
            : [new RefusalError(code, null, problem)];
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^Required properties \[(.*)\] are not present")]
    private static partial System.Text.RegularExpressions.Regex MissingProperties();

    private static string ToPointer(string jsonPath) =>
        "/" + string.Join('/', jsonPath.TrimStart('$').Split(['.', '['], StringSplitOptions.RemoveEmptyEntries).Select(p => p.TrimEnd(']').Trim('\'')));

    private static int InstanceStatus(string code) => code switch
    {
        RuntimeCodes.InstanceNotFound or RuntimeCodes.StepNotFound => StatusCodes.Status404NotFound,
        RuntimeCodes.StepNotWaiting or RuntimeCodes.InstanceNotRunning or RuntimeCodes.DefinitionInvalid or RuntimeCodes.DefinitionRetired => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status422UnprocessableEntity,
    };

    private static int StoreStatus(string code) => code switch
    {
        DefinitionStoreCodes.DraftNotFound or DefinitionStoreCodes.VersionNotFound => StatusCodes.Status404NotFound,
        DefinitionStoreCodes.DraftRevisionConflict or DefinitionStoreCodes.DraftExists or DefinitionStoreCodes.NotPublished or DefinitionStoreCodes.SeedConflict => StatusCodes.Status409Conflict,
        DefinitionStoreCodes.NotComparable => StatusCodes.Status400BadRequest,
        _ => StatusCodes.Status422UnprocessableEntity,
    };

    private static int RegisterStatus(string code) => code switch
    {
        RegisterCodes.ConsultationNotFound or RegisterCodes.RecommendationNotFound or RegisterCodes.DecisionNotFound => StatusCodes.Status404NotFound,
        RegisterCodes.IdTaken or RegisterCodes.TransitionRefused or RegisterCodes.RevisionConflict or RegisterCodes.RecommendationInUse => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status422UnprocessableEntity,
    };

    private static int ToolStatus(string code) => code switch
    {
        ToolCodes.UnknownAction or ToolCodes.InputNotFound => StatusCodes.Status404NotFound,
        ToolCodes.PayloadInvalid or ToolCodes.ConfigInvalid => StatusCodes.Status422UnprocessableEntity,
        ToolCodes.NotAllowed => StatusCodes.Status403Forbidden,
        ToolCodes.ToolFault => StatusCodes.Status500InternalServerError,
        _ => StatusCodes.Status409Conflict,
    };
}
