using ConsultEngine.Web.Api;
using ConsultEngine.Web.Security;
using ConsultEngine.Web.StaffConsole.Prefill;

namespace ConsultEngine.Web.StaffConsole.Api;

/// <summary>The proposed data of a human step whose definition asks for it (<c>config.prefill</c>): what the console's task page starts its form with.</summary>
[ApiEndpointGroup]
internal static class PrefillEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGroup("/instances").WithTags("Instances")
            .MapGet("/{instanceId}/steps/{stepId}/prefill", async (Guid instanceId, string stepId, StepPrefills prefills, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(await prefills.ProposeAsync(instanceId, stepId, StaffUser.From(http.User), Language(), ct).ConfigureAwait(false)))
            .WithName("GetStepPrefill")
            .WithSummary("The step's form data proposed from the source its definition names (config.prefill, e.g. consultation-analysis: people, opinions, shares with intervals, themes, key findings), fitted to its form and checked against it, in the request's language; nothing is recorded: edit it and complete the step. CE8002 (no such consultation), CE8003 (no such step), CE8030 (the step declares no prefill), CE8031 (unknown source), CE9941 (not your role).")
            .RequireAuthorization(Policies.WorkTasks)
            .Produces<StepPrefill>()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static string Language() =>
        System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == Localization.Cultures.English ? Localization.Cultures.English : Localization.Cultures.Vietnamese;
}
