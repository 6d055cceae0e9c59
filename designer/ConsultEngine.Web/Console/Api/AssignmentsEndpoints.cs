using ConsultEngine.Web.Api;
using ConsultEngine.Web.Security;
using ConsultEngine.Web.StaffConsole.Assignments;

namespace ConsultEngine.Web.StaffConsole.Api;

/// <summary>
/// Which contracted organisation runs which tool step. The Council Office (policy RunConsultations) sets
/// and removes assignments; staff list them, a contracted organisation only its own.
/// </summary>
[ApiEndpointGroup]
internal static class AssignmentsEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/assignments", async (AssignmentStore store, HttpContext http, CancellationToken ct) =>
            {
                var user = StaffUser.From(http.User);
                var organisation = user.IsContractorOnly ? user.Organisation ?? string.Empty : null;
                return TypedResults.Ok(await store.ListAsync(organisation: organisation, cancellationToken: ct).ConfigureAwait(false));
            })
            .WithName("ListAssignments")
            .WithTags("Assignments")
            .WithSummary("Tool step assignments; a contracted organisation sees only its own.")
            .RequireAuthorization(Policies.Staff)
            ;

        const string route = "/instances/{instanceId}/tool-steps/{stepId}/assignment";

        api.MapPut(route, async (Guid instanceId, string stepId, AssignRequest request, Consultations consultations, AssignmentStore store, HttpContext http, CancellationToken ct) =>
            {
                var organisation = request.Organisation?.Trim();
                if (string.IsNullOrEmpty(organisation))
                {
                    throw ConsoleException.Invalid("The organisation is required.", "/organisation");
                }

                await CheckToolStepAsync(consultations, instanceId, stepId, ct).ConfigureAwait(false);
                return TypedResults.Ok(await store.AssignAsync(instanceId, stepId, organisation, StaffUser.From(http.User).Actor, ct).ConfigureAwait(false));
            })
            .WithName("AssignToolStep")
            .WithTags("Assignments")
            
            .WithSummary("Gives the tool step to a contracted organisation (replacing an earlier assignment).")
            .RequireAuthorization(Policies.RunConsultations)
            .Produces<ToolStepAssignment>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapDelete(route, async (Guid instanceId, string stepId, Consultations consultations, AssignmentStore store, CancellationToken ct) =>
            {
                await CheckToolStepAsync(consultations, instanceId, stepId, ct).ConfigureAwait(false);
                await store.UnassignAsync(instanceId, stepId, ct).ConfigureAwait(false);
                return TypedResults.NoContent();
            })
            .WithName("UnassignToolStep")
            .WithTags("Assignments")
            
            .WithSummary("Takes the tool step back from its organisation.")
            .RequireAuthorization(Policies.RunConsultations)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task CheckToolStepAsync(Consultations consultations, Guid instanceId, string stepId, CancellationToken ct)
    {
        var instance = await consultations.FindAsync(instanceId, ct).ConfigureAwait(false);
        if (Consultations.Step(consultations.Definition(instance), stepId) is not { } step || !Timeline.IsTool(step))
        {
            throw new ConsoleException(ConsoleCodes.NotAToolStep, $"The consultation has no tool step '{stepId}'.", "/stepId");
        }
    }

    internal sealed record AssignRequest(string? Organisation);
}
