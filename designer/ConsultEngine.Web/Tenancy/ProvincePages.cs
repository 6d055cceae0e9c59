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

    /// <summary>
    /// The consultation and the definition the page opened with <paramref name="routeValues"/> names, each
    /// <see langword="null"/> when its template names none: what the province rule looks up.
    /// </summary>
    public static (string? Instance, string? Definition) Target(Type pageType, IReadOnlyDictionary<string, object?> routeValues)
    {
        ArgumentNullException.ThrowIfNull(pageType);
        ArgumentNullException.ThrowIfNull(routeValues);
        var templates = pageType.GetCustomAttributes<RouteAttribute>().Select(r => r.Template).ToList();
        var instanceKey = templates.Select(InstanceKey).FirstOrDefault(k => k is not null);
        var definitionKey = templates.Select(DefinitionKey).FirstOrDefault(k => k is not null);
        return (instanceKey is null ? null : routeValues.GetValueOrDefault(instanceKey)?.ToString(),
            definitionKey is null ? null : routeValues.GetValueOrDefault(definitionKey)?.ToString());
    }

    /// <summary>
    /// The verdict for <paramref name="user"/> on the page <paramref name="pageType"/> opened with
    /// <paramref name="routeValues"/>, and whether it says that <paramref name="user"/> may see the page's <see cref="Target"/>
    /// (a national viewer, or the province rule looked and passed), which then holds for every other page of
    /// that target; a page the user's roles do not open is shown unjudged and says nothing of its target.
    /// </summary>
    public async Task<(PageVerdict Verdict, bool TargetSeen)> JudgeAsync(Type pageType, IReadOnlyDictionary<string, object?> routeValues, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var (instance, definition) = Target(pageType, routeValues);
        if (StaffProvince.Of(user) is not { } viewer)
        {
            return (PageVerdict.Shown, true);
        }

        if ((instance is null && definition is null) || !await AdmitsAsync(pageType, user).ConfigureAwait(false))
        {
            return (PageVerdict.Shown, false);
        }

        if (Guid.TryParse(instance, out var instanceId)
            && await queries.FindAsync(instanceId, cancellationToken).ConfigureAwait(false) is { } found
            && !access.SeesConsultation(viewer, found.VariablesJson))
        {
            return (PageVerdict.NotFound, false);
        }

        return definition is { Length: > 0 } && !access.ReadsDefinition(viewer, definition)
            ? (PageVerdict.Forbidden, false)
            : (PageVerdict.Shown, true);
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
