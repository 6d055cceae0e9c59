using ConsultEngine.Web.Api;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace ConsultEngine.Web.Edges;

/// <summary>
/// Caps the body of every request to a public route (<see cref="PublicRoutes"/>) at
/// <see cref="PublicLimitSettings.BodyBytes"/> instead of Kestrel's 30 MB, and of every other API request at
/// <see cref="PublicLimitSettings.ApiBodyBytes"/>, so that both sides refuse alike: a declared length over the cap is
/// answered 413 at once, without reading a byte of it (problem details with CE9985, as a refused rate
/// limit is); a body sent without a length is stopped by the server when it passes the cap.
/// </summary>
internal static class PublicBodyLimit
{
    public static IApplicationBuilder UsePublicBodyLimit(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var limits = context.RequestServices.GetRequiredService<IOptions<PublicLimitSettings>>().Value;
        var limit = PublicRoutes.IsPublic(context.Request.Path) && !PublicRoutes.IsRead(context.Request) ? limits.BodyBytes
            : context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) ? limits.ApiBodyBytes
            : (long?)null;
        if (limit is { } cap)
        {
            if (context.Request.ContentLength > cap)
            {
                // Written here, pages included: the error page would be re-executed as a POST and refused for want of an antiforgery token.
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                await ApiProblems.Problem(WebErrorCodes.PublicBodyTooLarge).ExecuteAsync(context).ConfigureAwait(false);
                return;
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            {
                size.MaxRequestBodySize = cap;
            }
        }

        await next(context).ConfigureAwait(false);
    });
}
