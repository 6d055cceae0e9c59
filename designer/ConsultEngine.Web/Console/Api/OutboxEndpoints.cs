using ConsultEngine.Runtime.Reliability;
using ConsultEngine.Web.Api;
using ConsultEngine.Web.Security;

namespace ConsultEngine.Web.StaffConsole.Api;

/// <summary>
/// <c>GET /api/outbox</c>: the notifications not delivered yet — queued, retrying, dead-lettered —
/// without their content; <c>POST /api/outbox/{id}/retry</c>: queue a dead-lettered one again
/// (administrators only).
/// </summary>
[ApiEndpointGroup]
internal static class OutboxEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/outbox", async (OutboxAdministration outbox, CancellationToken cancellationToken) =>
                TypedResults.Ok(await outbox.UndeliveredAsync(cancellationToken: cancellationToken).ConfigureAwait(false)))
            .WithName("ListUndeliveredOutbox")
            .WithTags("Outbox")
            .RequireAuthorization(Policies.OperateOutbox);
        api.MapPost("/outbox/{messageId}/retry", async (Guid messageId, OutboxAdministration outbox, CancellationToken cancellationToken) =>
            {
                await outbox.RetryAsync(messageId, cancellationToken).ConfigureAwait(false);
                return TypedResults.NoContent();
            })
            .WithName("RetryOutboxMessage")
            .WithTags("Outbox")
            .RequireAuthorization(Policies.OperateOutbox);
    }
}
