using ConsultEngine.Web.Api;
using ConsultEngine.Web.Designer.Simulation;
using ConsultEngine.Web.Security;
using ConsultEngine.Web.StaffConsole;

namespace ConsultEngine.Web.Designer.Api;

/// <summary>
/// <c>POST /api/definitions/{definitionId}/simulate</c>: runs a definition in memory (a posted document
/// or a stored version) under a scenario and answers the journal, the final state of each step and the
/// incidents. A run stopped by its limits or stalled is still a 200 answer, its <c>stop</c> carrying
/// the code (CE8601–CE8603); a request that cannot run is a problem details answer.
/// </summary>
[ApiEndpointGroup]
internal static class SimulationEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/definitions/{definitionId}/simulate", async (string definitionId, SimulationRequest? body, DesignerSimulator simulator, CancellationToken ct) =>
            {
                var outcome = await simulator.RunAsync(definitionId, body ?? new SimulationRequest(), ct).ConfigureAwait(false);
                return outcome.Answer is { } answer ? TypedResults.Ok(answer) : outcome.Refusal!.ToResult();
            })
            .WithTags("Definitions")
            
            .WithName("SimulateDefinition")
            .WithSummary("Runs a definition in memory (the posted document, or a stored version: 0 the draft, the newest published when none is named) under a scenario: start variables, chosen outcomes and outputs per step, step and time limits. Answers the journal, each step's final state, incidents and refusals with their codes; nothing is stored.")
            .RequireAuthorization(Policies.EditDefinitions)
            .Accepts<SimulationRequest>("application/json")
            .Produces<SimulationAnswer>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }
}
