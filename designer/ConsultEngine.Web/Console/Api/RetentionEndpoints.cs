using ConsultEngine.Hosting.Privacy;
using ConsultEngine.Web.Api;
using ConsultEngine.Web.Security;

namespace ConsultEngine.Web.StaffConsole.Api;

/// <summary>
/// A consultation's retention of personal data (months after it closes; the configured default unless set):
/// staff who see consultations read it, Administrators and the Standing Committee set it, journaled.
/// </summary>
[ApiEndpointGroup]
internal static class RetentionEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        const string route = "/instances/{instanceId}/privacy/retention";

        api.MapGet(route, async (Guid instanceId, IPersonalData personalData, CancellationToken ct) =>
                TypedResults.Ok(await personalData.RetentionAsync(instanceId, ct).ConfigureAwait(false)))
            .WithName("GetRetention")
            .WithTags("Instances")
            .WithSummary("The consultation's retention period, when it closed, when its personal data is (or was) erased.")
            .RequireAuthorization(Policies.ReadConsultations)
            .Produces<RetentionView>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPut(route, async (Guid instanceId, RetentionRequest request, IPersonalData personalData, HttpContext http, CancellationToken ct) =>
                TypedResults.Ok(await personalData.SetRetentionAsync(instanceId, request.Months, StaffUser.From(http.User).Actor, ct).ConfigureAwait(false)))
            .WithName("SetRetention")
            .WithTags("Instances")
            .WithSummary("Sets the consultation's retention period in months after it closes (1–600, CE8240); the engine journals it.")
            .RequireAuthorization(Policies.KeepPersonalData)
            .Produces<RetentionView>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    /// <summary>The retention period to set, in months after the consultation closes.</summary>
    internal sealed record RetentionRequest(int Months);
}
