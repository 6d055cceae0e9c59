using System.Text.Json.Nodes;
using ConsultEngine.Runtime.Journal;
using ConsultEngine.Web.Api;
using ConsultEngine.Web.Security;

namespace ConsultEngine.Web.StaffConsole.Api;

/// <summary>
/// Consultations (instances): start, list, one with its timeline, its journal, and the task inbox with
/// completing a waiting human step. Refusals are problem details carrying the engine's codes (CE8xxx)
/// or the console's (CE994x) and, for a refused form, one error per field at its JSON Pointer.
/// </summary>
[ApiEndpointGroup]
internal static class InstancesEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var instances = api.MapGroup("/instances").WithTags("Instances");

        api.MapGet("/instances", async (Consultations consultations, HttpContext http, CancellationToken ct) => TypedResults.Ok(await consultations.ListAsync(StaffUser.From(http.User), ct).ConfigureAwait(false)))
            .WithName("ListInstances")
            .WithTags("Instances")
            
            .WithSummary("Every consultation, newest first, with its status and current phase.")
            .RequireAuthorization(Policies.ReadConsultations);

        api.MapPost("/instances", async (StartConsultation request, Consultations consultations, HttpContext http, CancellationToken ct) =>
            {
                var started = await consultations.StartAsync(request, StaffUser.From(http.User), ct).ConfigureAwait(false);
                var detail = await consultations.GetAsync(started.Id, ct).ConfigureAwait(false);
                return TypedResults.Created($"{ApiEndpoints.Prefix}/instances/{started.Id}", detail);
            })
            .WithName("StartInstance")
            .WithTags("Instances")
            
            .WithSummary("Starts a consultation on a published definition version (the newest when no version is given) on an issue.")
            .RequireAuthorization(Policies.RunConsultations)
            .Produces<InstanceDetail>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        instances.MapGet("/{instanceId}", async (Guid instanceId, Consultations consultations, CancellationToken ct) =>
                TypedResults.Ok(await consultations.GetAsync(instanceId, ct).ConfigureAwait(false)))
            .WithName("GetInstance")
            .WithSummary("A consultation with its variables, the timeline of its phases and steps, open incidents and tool step assignments.")
            .RequireAuthorization(Policies.ReadConsultations)
            .ProducesProblem(StatusCodes.Status404NotFound);

        instances.MapGet("/{instanceId}/journal", async (Guid instanceId, Consultations consultations, CancellationToken ct) =>
                TypedResults.Ok((await consultations.JournalAsync(instanceId, ct).ConfigureAwait(false)).Select(JournalItem.From)))
            .WithName("GetInstanceJournal")
            .WithSummary("The consultation's append-only, hash-chained journal.")
            .RequireAuthorization(Policies.ReadConsultations)
            .ProducesProblem(StatusCodes.Status404NotFound);

        instances.MapGet("/{instanceId}/steps/{stepId}/records", async (Guid instanceId, string stepId, RecordedSteps records, CancellationToken ct) =>
                TypedResults.Ok(await records.StepAsync(instanceId, stepId, ct).ConfigureAwait(false)))
            .WithName("GetStepRecords")
            .WithSummary("What a step recorded, every iteration in order (a step sent back and done again has several): outcome, who, when, the data as recorded and labelled from its form in the request's language; CE8002 (no such consultation), CE8003 (no such step).")
            .RequireAuthorization(Policies.ReadConsultations)
            .Produces<RecordedStep>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        instances.MapPost("/{instanceId}/steps/{stepId}/complete", async (Guid instanceId, string stepId, CompleteTask request, Consultations consultations, HttpContext http, CancellationToken ct) =>
            {
                await consultations.CompleteAsync(instanceId, stepId, request, StaffUser.From(http.User), ct).ConfigureAwait(false);
                return TypedResults.Ok(await consultations.GetAsync(instanceId, ct).ConfigureAwait(false));
            })
            .WithName("CompleteStep")
            .WithSummary("Completes a waiting human step with an outcome and its form's fields; refused with CE8006/CE8007 (outcome), CE8008 (fields, one error per JSON Pointer), CE8009 (checks), CE9941 (not your role).")
            .RequireAuthorization(Policies.WorkTasks)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        instances.MapPost("/{instanceId}/suspend", async (Guid instanceId, Consultations consultations, HttpContext http, CancellationToken ct) =>
            {
                await consultations.SuspendAsync(instanceId, StaffUser.From(http.User), ct).ConfigureAwait(false);
                return TypedResults.Ok(await consultations.GetAsync(instanceId, ct).ConfigureAwait(false));
            })
            .WithName("SuspendInstance")
            .WithSummary("Suspends a running consultation (journaled): no step completes and no timer fires until it is resumed; CE8005 when it is not running.")
            .RequireAuthorization(Policies.RunConsultations)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        instances.MapPost("/{instanceId}/resume", async (Guid instanceId, Consultations consultations, HttpContext http, CancellationToken ct) =>
            {
                await consultations.ResumeAsync(instanceId, StaffUser.From(http.User), ct).ConfigureAwait(false);
                return TypedResults.Ok(await consultations.GetAsync(instanceId, ct).ConfigureAwait(false));
            })
            .WithName("ResumeInstance")
            .WithSummary("Resumes a suspended consultation where it stood (journaled); CE8005 when it is not suspended.")
            .RequireAuthorization(Policies.RunConsultations)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        instances.MapPost("/{instanceId}/cancel", async (Guid instanceId, CancelConsultation? request, Consultations consultations, HttpContext http, CancellationToken ct) =>
            {
                await consultations.CancelAsync(instanceId, request?.Reason, StaffUser.From(http.User), ct).ConfigureAwait(false);
                return TypedResults.Ok(await consultations.GetAsync(instanceId, ct).ConfigureAwait(false));
            })
            .WithName("CancelInstance")
            .WithSummary("Cancels a consultation for good: every open step is cancelled and the reason journaled; CE8005 when it is already completed or cancelled.")
            .RequireAuthorization(Policies.RunConsultations)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        var tasks = api.MapGroup("/tasks").WithTags("Instances");

        api.MapGet("/tasks", async (Consultations consultations, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(await consultations.InboxAsync(StaffUser.From(http.User), ct).ConfigureAwait(false)))
            .WithName("ListTasks")
            .WithTags("Instances")
            
            .WithSummary("The signed-in user's inbox: waiting human steps of the user's roles, and the tool steps the user may run.")
            .RequireAuthorization(Policies.WorkTasks);

        tasks.MapGet("/{instanceId}/{stepId}", async (Guid instanceId, string stepId, Consultations consultations, HttpContext http, CancellationToken ct) =>
            {
                var task = await consultations.TaskAsync(instanceId, stepId, StaffUser.From(http.User), ct).ConfigureAwait(false);
                return TypedResults.Ok(new TaskForm(task.Task, task.Step.Outcomes.Select(o => o.Id).ToList(), task.Form?.Schema, task.Revision));
            })
            .WithName("GetTask")
            .WithSummary("One waiting human step with its outcomes and the JSON Schema of its form.")
            .RequireAuthorization(Policies.WorkTasks)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    /// <summary>Why a consultation is cancelled (kept in the journal).</summary>
    internal sealed record CancelConsultation(string? Reason);

    internal sealed record TaskForm(TaskItem Task, IReadOnlyList<string> Outcomes, System.Text.Json.JsonElement? FormSchema, long Revision);

    internal sealed record JournalItem(long Sequence, DateTimeOffset At, string Event, string? StepId, int? Iteration, string? Actor, JsonNode? Data, string Hash)
    {
        public static JournalItem From(JournalEntry entry) => new(
            entry.Sequence, entry.At, entry.Event, entry.StepId, entry.Iteration, entry.Actor,
            entry.DataJson is { } data ? JsonNode.Parse(data) : null, entry.Hash);
    }
}
