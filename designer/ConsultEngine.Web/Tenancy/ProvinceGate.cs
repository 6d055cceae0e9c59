using ConsultEngine.Runtime.Queries;
using ConsultEngine.Web.Api;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Endpoints;

namespace ConsultEngine.Web.Tenancy;

/// <summary>
/// The one check of every staff endpoint and page that names a consultation or a definition in its
/// address, after authorization (roles first, then the province). Another province's consultation is
/// made indistinguishable from one that does not exist: an API call goes on with the id replaced by one
/// that exists nowhere, so the endpoint answers its own "no such consultation"; a page answers 404 before
/// it renders (no circuit starts on it). Another province's definition answers 403 (CE8400). Pages reached
/// later inside an open circuit are checked by <see cref="ProvinceRouteView"/> with the same rule.
/// Public (anonymous) endpoints and pages are not gated: the portal lists every province.
/// </summary>
internal static class ProvinceGate
{
    /// <summary>An id no consultation has (the version 7 shape, all zero).</summary>
    public static readonly Guid Nowhere = Guid.Parse("00000000-0000-7000-8000-000000000000");

    public static IApplicationBuilder UseProvinceGate(this IApplicationBuilder app) =>
        // No staff viewer (the public first) or no staff endpoint: handed straight on, with no state machine.
        app.Use((context, next) => StaffProvince.Of(context.User) is { } viewer && context.GetEndpoint() is RouteEndpoint endpoint && IsStaff(endpoint)
            ? GateAsync(context, next, viewer, endpoint)
            : next(context));

    private static async Task GateAsync(HttpContext context, RequestDelegate next, string viewer, RouteEndpoint endpoint)
    {
        var isPage = endpoint.Metadata.GetMetadata<ComponentTypeMetadata>() is not null;
        var route = endpoint.RoutePattern.RawText ?? string.Empty;
        var access = context.RequestServices.GetRequiredService<ProvinceAccess>();
        if (InstanceKey(route, isPage) is { } instanceKey
            && Guid.TryParse(context.Request.RouteValues[instanceKey]?.ToString(), out var instanceId)
            && await context.RequestServices.GetRequiredService<IConsultationQueries>().FindAsync(instanceId, context.RequestAborted).ConfigureAwait(false) is { } instance
            && !access.SeesConsultation(viewer, instance.VariablesJson))
        {
            if (isPage)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            context.Request.RouteValues[instanceKey] = Nowhere.ToString();
        }

        if (DefinitionKey(route, isPage) is { } definitionKey
            && context.Request.RouteValues[definitionKey]?.ToString() is { Length: > 0 } definitionId
            && !(IsChange(context.Request.Method, route) ? access.ChangesDefinition(viewer, definitionId) : access.ReadsDefinition(viewer, definitionId)))
        {
            if (isPage)
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return;
            }

            await ApiProblems.Problem(TenancyCodes.DefinitionOfAnotherProvince).ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        await next(context).ConfigureAwait(false);
    }

    // Staff endpoints demand a sign-in; the portal's allow anyone.
    private static bool IsStaff(Endpoint endpoint) =>
        endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null && endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Count > 0;

    private static string? InstanceKey(string route, bool isPage) =>
        isPage ? ProvincePages.InstanceKey(route)
        : route.Contains("{instanceId}", StringComparison.Ordinal) ? "instanceId" : null;

    private static string? DefinitionKey(string route, bool isPage) =>
        isPage ? ProvincePages.DefinitionKey(route)
        : route.Contains("{definitionId}", StringComparison.Ordinal) ? "definitionId" : null;

    // A simulation changes nothing: it is a read like any other GET.
    private static bool IsChange(string method, string route) =>
        !HttpMethods.IsGet(method) && !route.EndsWith("/simulate", StringComparison.Ordinal);
}
