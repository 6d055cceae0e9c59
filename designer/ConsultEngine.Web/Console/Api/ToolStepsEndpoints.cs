using System.Text.Json;
using ConsultEngine.Abstractions;
using ConsultEngine.Hosting.Tools;
using ConsultEngine.Web.Api;
using ConsultEngine.Web.Security;

namespace ConsultEngine.Web.StaffConsole.Api;

/// <summary>
/// The staff side of a consultation's tool steps: describe (the tool's manifest with its actions and
/// their payload schemas), open, run an action, enter a field submission, close, analyse. A contracted
/// organisation reaches only the steps assigned to it (CE9940, 403); the tools' refusals carry CE91xx.
/// </summary>
[ApiEndpointGroup]
internal static class ToolStepsEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var steps = api.MapGroup("/instances/{instanceId}/tool-steps/{stepId}").WithTags("Tool steps");

        api.MapGet("/instances/{instanceId}/tool-steps/{stepId}", async (Guid instanceId, string stepId, ToolStepWork work, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(await work.DescribeAsync(instanceId, stepId, StaffUser.From(http.User), ct).ConfigureAwait(false)))
            .WithName("DescribeToolStep")
            .WithTags("Tool steps")
            
            .WithSummary("The tool step, where its lifecycle stands, its tool's manifest (actions and payload schemas) and the organisation it is assigned to.")
            .RequireAuthorization(Policies.Staff)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        steps.MapPost("/open", async (Guid instanceId, string stepId, ToolStepWork work, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(await work.OpenAsync(instanceId, stepId, StaffUser.From(http.User), ct).ConfigureAwait(false)))
            .WithName("OpenToolStep")
            .WithSummary("Opens the waiting tool step for collection (idempotent).")
            .RequireAuthorization(Policies.WorkTasks)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);

        steps.MapPost("/actions/{action}", async (Guid instanceId, string stepId, string action, JsonElement payload, ToolStepWork work, HttpContext http, CancellationToken ct) =>
            {
                var result = await work.ExecuteAsync(instanceId, stepId, action, payload, StaffUser.From(http.User), Language(), ct).ConfigureAwait(false);
                return TypedResults.Ok(new ActionAnswer(action, result));
            })
            .WithName("RunToolAction")
            .WithSummary("Runs one of the tool's actions with a JSON payload checked against the action's schema (CE9108 with one error per JSON Pointer).")
            .RequireAuthorization(Policies.WorkTasks)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        steps.MapPost("/submissions", async (Guid instanceId, string stepId, FieldEntry entry, ToolStepWork work, HttpContext http, CancellationToken ct) =>
            {
                var result = await work.SubmitAsync(instanceId, stepId, entry.ToSubmission(), StaffUser.From(http.User), Language(), ct).ConfigureAwait(false);
                return result.Accepted
                    ? Results.Ok(result)
                    : Refusal.Of(result.Codes.Count > 0 ? result.Codes[0] : ToolCodes.PayloadInvalid, "The tool refused the submission.",
                        [.. result.Problems.Select(RefusalError.Of)]).ToResult();
            })
            .WithName("EnterToolSubmission")
            .WithSummary("Enters one submission collected in the field (enumerator or paper channel) on behalf of a respondent.")
            .RequireAuthorization(Policies.WorkTasks)
            .Produces<SubmitResult>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        steps.MapPost("/close", async (Guid instanceId, string stepId, CloseRequest? body, ToolStepWork work, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(await work.CloseAsync(instanceId, stepId, body?.Outcome, StaffUser.From(http.User), ct).ConfigureAwait(false)))
            .WithName("CloseToolStep")
            .WithSummary("Ends collection: the tool closes and analyses the step, and the engine's step completes with the analysis summary.")
            .RequireAuthorization(Policies.WorkTasks)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);

        steps.MapGet("/analysis", async (Guid instanceId, string stepId, bool? includePilot, bool? includeDuplicates, ToolStepWork work, HttpContext http, CancellationToken ct) =>
            {
                var options = new AnalysisOptions { IncludePilot = includePilot == true, IncludeDuplicates = includeDuplicates == true };
                return TypedResults.Ok(await work.AnalyseAsync(instanceId, stepId, StaffUser.From(http.User), options, ct).ConfigureAwait(false));
            })
            .WithName("AnalyseToolStep")
            .WithSummary("The tool's analysis: counts and shares with 95% confidence intervals, cross-tabulations by respondent attribute, themes.")
            .RequireAuthorization(Policies.Staff)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static string Language() =>
        System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == Localization.Cultures.English ? Localization.Cultures.English : Localization.Cultures.Vietnamese;

    internal sealed record ActionAnswer(string Action, JsonElement? Result);

    internal sealed record CloseRequest(string? Outcome);

    /// <summary>A submission keyed in by staff; <see cref="Channel"/> is <c>enumerator</c> (the default) or <c>paper</c>.</summary>
    internal sealed record FieldEntry(JsonElement? Answers, string? Text, RespondentAttributes? Respondent, string? Subject, string? Identifier, string? Channel)
    {
        public Submission ToSubmission() => new()
        {
            Channel = string.Equals(Channel, "paper", StringComparison.OrdinalIgnoreCase) ? InputChannel.Paper : InputChannel.Enumerator,
            Answers = Answers,
            Text = Text,
            Respondent = Respondent ?? RespondentAttributes.None,
            Subject = Subject,
            Identifier = Identifier,
        };
    }
}
