using ConsultEngine.Web.Portal;

namespace Microsoft.AspNetCore.Builder;

/// <summary>
/// The portal's addresses before every tool step had one page (<c>/consultations/{id}/{kind}/{step}</c>,
/// where the kind named the tool): sent on, permanently, to the step's page. The kind is not looked at,
/// so no tool is named here; literal routes of the same shape (<c>steps</c>, <c>thanks</c>, <c>results</c>)
/// take precedence over this one.
/// </summary>
internal static class OldPortalAddresses
{
    public static IEndpointRouteBuilder MapOldPortalAddresses(this IEndpointRouteBuilder app)
    {
        app.MapGet("/consultations/{instanceId:guid}/{kind:regex(^[a-z]+$)}/{stepId}", (Guid instanceId, string stepId) =>
                TypedResults.Redirect(PortalLinks.Step(instanceId, stepId), permanent: true))
            .AllowAnonymous()
            .ExcludeFromDescription();
        return app;
    }
}
