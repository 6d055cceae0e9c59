using ConsultEngine.Web.Api;
using ConsultEngine.Web.Security;
using ConsultEngine.Web.StaffConsole.Assignments;

namespace ConsultEngine.Web.StaffConsole.Api;

/// <summary>
/// Which contracted organisation runs which tool step. The Council Office (policy RunConsultations) sets
/// and removes assignments; staff list them, a contracted organisation only its own, a province's staff
/// only its province's (CE8403: an organisation whose accounts all work for another province).
/// </summary>
[ApiEndpointGroup]
internal static class AssignmentsEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/assignments", async (ToolStepAssignments assignments, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(await assignments.ListAsync(StaffUser.From(http.User), ct).ConfigureAwait(false)))
            .WithName("ListAssignments")
            .WithTags("Assignments")
            .WithSummary("Tool step assignments of the caller's province's consultations (all for national staff); a contracted organisation sees only its own.")
            .RequireAuthorization(Policies.Staff)
            ;

        const string route = "/instances/{instanceId}/tool-steps/{stepId}/assignment";

        api.MapPut(route, async (Guid instanceId, string stepId, AssignRequest request, ToolStepAssignments assignments, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(await assignments.AssignAsync(instanceId, stepId, request.Organisation, StaffUser.From(http.User), ct).ConfigureAwait(false)))
            .WithName("AssignToolStep")
            .WithTags("Assignments")
            
            .WithSummary("Gives the tool step to a contracted organisation (replacing an earlier assignment); the engine journals it.")
            .RequireAuthorization(Policies.RunConsultations)
            .Produces<ToolStepAssignment>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        api.MapDelete(route, async (Guid instanceId, string stepId, ToolStepAssignments assignments, HttpContext http, CancellationToken ct) =>
            {
                await assignments.UnassignAsync(instanceId, stepId, StaffUser.From(http.User), ct).ConfigureAwait(false);
                return TypedResults.NoContent();
            })
            .WithName("UnassignToolStep")
            .WithTags("Assignments")
            
            .WithSummary("Takes the tool step back from its organisation; the engine journals it.")
            .RequireAuthorization(Policies.RunConsultations)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    internal sealed record AssignRequest(string? Organisation);
}
