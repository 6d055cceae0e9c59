using System.Reflection;
using System.Security.Claims;
using ConsultEngine.Runtime.Queries;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;

namespace ConsultEngine.Web.Tenancy;

/// <summary>What a staff page shows a viewer of a province: the page, "not found" (another province's consultation) or "forbidden" (another province's definition).</summary>
internal enum PageVerdict
{
    Shown,
    NotFound,
    Forbidden,
}

/// <summary>
/// The province rule of the staff pages, by the page's own route template: the HTTP gate
/// (<see cref="ProvinceGate"/>) uses it for a page's first load, <see cref="ProvinceRouteView"/> for every
/// page an open circuit navigates to, which no HTTP request and so no gate sees. Roles come first: a page
/// the user's roles do not open is left to the authorization view, as the gate runs after authorization.
/// </summary>
internal sealed class ProvincePages(ProvinceAccess access, IConsultationQueries queries, IAuthorizationPolicyProvider policies, IAuthorizationService authorization)
{
    /// <summary>The route value naming a consultation in a page's template, if it names one.</summary>
    public static string? InstanceKey(string template) => template.StartsWith("/console/consultations/{Id", StringComparison.Ordinal) ? "Id" : null;

    /// <summary>The route value naming a definition (or overlay) in a page's template, if it names one.</summary>
    public static string? DefinitionKey(string template) => template.StartsWith("/designer/{Id}", StringComparison.Ordinal) ? "Id" : null;

    /// <summary>The verdict for <paramref name="user"/> on the page <paramref name="pageType"/> opened with <paramref name="routeValues"/>.</summary>
    public async Task<PageVerdict> CheckAsync(Type pageType, IReadOnlyDictionary<string, object?> routeValues, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pageType);
        ArgumentNullException.ThrowIfNull(routeValues);
        var viewer = StaffProvince.Of(user);
        var templates = pageType.GetCustomAttributes<RouteAttribute>().Select(r => r.Template).ToList();
        var instanceKey = templates.Select(InstanceKey).FirstOrDefault(k => k is not null);
        var definitionKey = templates.Select(DefinitionKey).FirstOrDefault(k => k is not null);
        if (viewer is null || (instanceKey is null && definitionKey is null) || !await AdmitsAsync(pageType, user).ConfigureAwait(false))
        {
            return PageVerdict.Shown;
        }

        if (instanceKey is not null
            && Guid.TryParse(routeValues.GetValueOrDefault(instanceKey)?.ToString(), out var instanceId)
            && await queries.FindAsync(instanceId, cancellationToken).ConfigureAwait(false) is { } instance
            && !access.SeesConsultation(viewer, instance.VariablesJson))
        {
            return PageVerdict.NotFound;
        }

        return definitionKey is not null
            && routeValues.GetValueOrDefault(definitionKey)?.ToString() is { Length: > 0 } definitionId
            && !access.ReadsDefinition(viewer, definitionId)
            ? PageVerdict.Forbidden
            : PageVerdict.Shown;
    }

    // The page's own [Authorize] data, as the authorization view checks it.
    private async Task<bool> AdmitsAsync(Type pageType, ClaimsPrincipal user)
    {
        if (pageType.GetCustomAttributes(inherit: true).OfType<IAllowAnonymous>().Any())
        {
            return false;
        }

        var data = pageType.GetCustomAttributes(inherit: true).OfType<IAuthorizeData>().ToList();
        return data.Count > 0
            && await AuthorizationPolicy.CombineAsync(policies, data).ConfigureAwait(false) is { } policy
            && (await authorization.AuthorizeAsync(user, policy).ConfigureAwait(false)).Succeeded;
    }
}
