using System.Security.Cryptography;

namespace ConsultEngine.Web.Security;

/// <summary>
/// The security headers of every response, whatever its status or origin (pages, API, static files,
/// status-code pages, the exception handler): a Content-Security-Policy, <c>frame-ancestors 'none'</c>
/// (and <c>X-Frame-Options</c> for older browsers), <c>X-Content-Type-Options: nosniff</c> and a
/// <c>Referrer-Policy</c>. They are written when the response starts, so that a handler clearing the
/// response (the exception handler does) cannot drop them.
/// </summary>
internal static class SecurityHeaders
{
    /// <summary>The page of the API reference (Scalar), which runs an inline bootstrap script of its own.</summary>
    private const string ApiReferencePrefix = "/api/reference";

    /// <summary>The policy of an API answer: the pages' policy with no nonce (JSON renders no inline script), made once.</summary>
    private static readonly string ApiPolicy = PolicyFor(PathString.Empty, nonce: null);

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            // Only a page carries the nonced inline script: an API call (a public submission, the health check)
            // makes no random nonce unless a page is rendered for it after all (an error page asks for one).
            if (!IsApi(context.Request.Path))
            {
                CspNonce.Create(context);
            }

            context.Response.OnStarting(static state =>
            {
                Write((HttpContext)state);
                return Task.CompletedTask;
            }, context);
            return next(context);
        });

    /// <summary>
    /// The policy. Scripts: our own files, and the one inline script Blazor renders (the import map)
    /// carrying the request's nonce; no <c>'unsafe-inline'</c>, no <c>'unsafe-eval'</c>. Styles need
    /// <c>'unsafe-inline'</c>: MudBlazor writes <c>style</c> attributes and its theme's <c>&lt;style&gt;</c>
    /// element, Blazor's reconnection dialog and Monaco add style elements at run time. Monaco starts its
    /// language workers from <c>blob:</c> URLs. <c>connect-src 'self'</c> covers Blazor's same-origin WebSocket.
    /// </summary>
    public static string PolicyFor(PathString path, string? nonce) =>
        path.StartsWithSegments(ApiReferencePrefix, StringComparison.OrdinalIgnoreCase)
            // Scalar's page configures itself with an inline script and its own inline styles and fonts;
            // it shows public API documentation only and reads nothing but the OpenAPI document.
            ? "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
              + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
            : $"default-src 'self'; script-src 'self'{(nonce is null ? string.Empty : $" 'nonce-{nonce}'")}; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
              + "font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; "
              + "form-action 'self'; frame-ancestors 'none'";

    private static bool IsApi(PathString path) =>
        path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) && !path.StartsWithSegments(ApiReferencePrefix, StringComparison.OrdinalIgnoreCase);

    private static void Write(HttpContext context)
    {
        var nonce = CspNonce.Find(context);
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = nonce is null && IsApi(context.Request.Path) ? ApiPolicy : PolicyFor(context.Request.Path, nonce);
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
    }
}

/// <summary>The request's CSP nonce: the document passes it to the inline script it renders (the import map).</summary>
internal static class CspNonce
{
    private static readonly object Key = new();

    public static string Create(HttpContext context)
    {
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        context.Items[Key] = nonce;
        return nonce;
    }

    /// <summary>
    /// The nonce of the request, made now if the pipeline made none (an API call answered with a page), or an
    /// empty string outside a request (no inline script is then allowed).
    /// </summary>
    public static string Of(HttpContext? context) => context is null ? string.Empty : Find(context) ?? Create(context);

    /// <summary>The nonce made for the request so far, if any.</summary>
    public static string? Find(HttpContext context) => context.Items[Key] as string;
}
